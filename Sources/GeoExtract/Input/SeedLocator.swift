import Foundation
import Gazetteer

/// Where the sample articles bundled with geomap are.
public enum SeedLocator {
    /// The seeds folder: `seeds/` in the current directory when it holds text files (a checkout),
    /// else the copy installed beside the program.
    public static func seedsDirectory(currentDirectory: String = FileManager.default.currentDirectoryPath) -> String? {
        let fm = FileManager.default
        let local = currentDirectory + "/seeds"
        if let names = try? fm.contentsOfDirectory(atPath: local), names.contains(where: { $0.hasSuffix(".txt") }) {
            return local
        }
        if let gazetteer = Gazetteer.bundledPath() {
            let dir = (gazetteer as NSString).deletingLastPathComponent
            for candidate in [dir + "/seeds", (dir as NSString).deletingLastPathComponent + "/seeds"] {
                var isDir: ObjCBool = false
                if fm.fileExists(atPath: candidate, isDirectory: &isDir), isDir.boolValue { return candidate }
            }
        }
        return nil
    }
}
