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
            defer { close(fd) }
            let name = fileName(path)
            let read = readAll(fd) { bytes in
                Result { () throws(InputError) in try Document.decode(bytes, source: name, path: path) }
            }
            return read ?? .failure(.unreadable(path: path, reason: "read failed"))
        }
    }

    /// Reads a file to its end into memory that lives while `body` runs; nil when reading fails.
    private static func readAll<R>(_ fd: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        var st = stat()
        var capacity = 1 << 14
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG { capacity = Int(st.st_size) + 1 }
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var count = 0
        while true {
            if count == capacity {
                let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                bigger.initialize(from: buffer, count: count)
                buffer.deallocate()
                buffer = bigger
                capacity *= 2
            }
            #if canImport(Glibc)
            let n = Glibc.read(fd, buffer + count, capacity - count)
            #else
            let n = Darwin.read(fd, buffer + count, capacity - count)
            #endif
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            count += n
        }
        return body(UnsafeBufferPointer(start: buffer, count: count))
    }

    /// The last component of a file's path, as `NSString.lastPathComponent` gives it; worked out
    /// here for the plain paths the walk makes (no doubled or trailing slash).
    static func fileName(_ path: String) -> String {
        let u = path.utf8
        guard let last = u.last, last != 0x2F else { return (path as NSString).lastPathComponent }
        var previousSlash = false
        var start = u.startIndex
        for i in u.indices {
            let isSlash = u[i] == 0x2F
            if isSlash && previousSlash { return (path as NSString).lastPathComponent }
            if isSlash { start = u.index(after: i) }
            previousSlash = isSlash
        }
        return String(path[start...])
    }
}
