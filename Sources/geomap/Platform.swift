import Foundation
import GeoExtract

/// The operating system, in one place: terminals, standard streams, the environment, exit.
enum Platform {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Standard input carries data: a pipe, a file or a socket; not a terminal, not a device
    /// such as /dev/null, not closed.
    static func standardInputHasData() -> Bool {
        var st = stat()
        guard fstat(0, &st) == 0 else { return false }
        let type = st.st_mode & S_IFMT
        return type == S_IFIFO || type == S_IFREG || type == S_IFSOCK
    }

    static func readStandardInput() -> Data {
        FileHandle.standardInput.readDataToEndOfFile()
    }

    /// Writes one line to standard error.
    static func printError(_ line: String) {
        var bytes = Array(line.utf8)
        bytes.append(0x0A)
        _ = bytes.withUnsafeBytes { FileDescriptorOutput.writeAll(2, $0) }
    }

    /// Writes text to standard error as it is (no newline): the progress line.
    static func printErrorRaw(_ text: String) { write(text, to: 2) }

    /// Writes text to a file descriptor, unbuffered.
    static func write(_ text: String, to fd: Int32) {
        _ = Array(text.utf8).withUnsafeBytes { FileDescriptorOutput.writeAll(fd, $0) }
    }

    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static func exit(_ code: Int32) -> Never { Foundation.exit(code) }

    /// Leaves `object` to the end of the process, which frees its memory at once, instead of
    /// releasing what it holds piece by piece when the last reference goes.
    static func keepUntilExit(_ object: AnyObject) { _ = Unmanaged.passRetained(object) }
}

extension Platform {
    /// Writes text to standard output, unbuffered (help and version only; layers go through FeatureWriter).
    static func printOut(_ text: String) { write(text, to: 1) }
}

extension Platform {
    /// Writes bytes to standard output, whole (the map's SVG).
    static func writeOut(_ data: Data) {
        _ = data.withUnsafeBytes { FileDescriptorOutput.writeAll(1, $0) }
    }
}
