import Foundation

/// Where one input text comes from.
public enum InputItem: Equatable, Sendable {
    case file(path: String)
    case standardInput
}

/// Turns the command line's paths into the ordered list of inputs to read.
///
/// Directories are walked recursively in sorted order; hidden entries (names starting with `.`)
/// are skipped; links are followed, and a link that leads back into a directory being walked is
/// reported as a loop instead of being walked for ever.
public enum InputCollector {
    /// The inputs named by `paths`, and the problems met on the way (a missing path, a loop).
    public static func collect(_ paths: [String]) -> (items: [InputItem], problems: [InputError]) {
        var items: [InputItem] = []
        var problems: [InputError] = []
        for path in paths {
            if path == "-" {
                items.append(.standardInput)
                continue
            }
            walk(path, ancestors: [], items: &items, problems: &problems, topLevel: true)
        }
        return (items, problems)
    }

    private static func walk(
        _ path: String, ancestors: Set<String>, items: inout [InputItem], problems: inout [InputError], topLevel: Bool
    ) {
        var st = stat()
        guard stat(path, &st) == 0 else {
            let code = errno
            var lst = stat()
            if code == ELOOP {
                problems.append(.symlinkLoop(path: path))
            } else if lstat(path, &lst) == 0 && (lst.st_mode & S_IFMT) == S_IFLNK {
                problems.append(.missing(path: path))  // a dangling link
            } else if code == ENOENT || code == ENOTDIR {
                problems.append(.missing(path: path))
            } else {
                problems.append(.unreadable(path: path, reason: String(cString: strerror(code))))
            }
            return
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            if ancestors.contains(real) {
                problems.append(.symlinkLoop(path: path))
                return
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                problems.append(.unreadable(path: path, reason: "cannot list directory"))
                return
            }
            var inside = ancestors
            inside.insert(real)
            for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
                let child = path.hasSuffix("/") ? path + name : path + "/" + name
                walk(child, ancestors: inside, items: &items, problems: &problems, topLevel: false)
            }
        } else {
            items.append(.file(path: path))
        }
    }

    /// Reads one input and decodes it.
    public static func read(_ item: InputItem, stdin: () -> Data) -> Result<Document, InputError> {
        switch item {
        case .standardInput:
            return Result { () throws(InputError) in try Document.decode(stdin(), source: "-", path: "<stdin>") }
        case .file(let path):
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                let code = errno
                if code == ENOENT { return .failure(.missing(path: path)) }
                return .failure(.unreadable(path: path, reason: String(cString: strerror(code))))
            }
            let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            let data: Data
            do {
                data = try handle.readToEnd() ?? Data()
            } catch {
                return .failure(.unreadable(path: path, reason: "read failed"))
            }
            let name = (path as NSString).lastPathComponent
            return Result { () throws(InputError) in try Document.decode(data, source: name, path: path) }
        }
    }
}
