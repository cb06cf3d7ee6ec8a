/// Bytes being written, in memory this value owns: appending copies with no check beyond room,
/// where an array checks on every byte that it is unique and has room.
package struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    package private(set) var count = 0
    private var capacity: Int

    package init(capacity: Int = 1024) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    package mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(count + extra) }
    }

    private mutating func grow(_ needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        bigger.initialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = size
    }

    @inline(__always)
    package mutating func append(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count &+= 1
    }

    package mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress else { return }
        reserve(bytes.count)
        (base + count).initialize(from: from, count: bytes.count)
        count &+= bytes.count
    }

    package mutating func append(_ bytes: UnsafeRawBufferPointer) {
        append(bytes.bindMemory(to: UInt8.self))
    }

    @inline(__always)
    package mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { append($0) }
    }

    package mutating func append(utf8 s: String) {
        var s = s
        s.withUTF8 { append($0) }
    }

    /// Lets `body` write at most `maximum` bytes at the end; it returns how many it wrote.
    @inline(__always)
    package mutating func appendDirectly(maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        reserve(maximum)
        count &+= body(base + count)
    }

    /// Appends what another buffer holds, from byte `offset`.
    package mutating func append(_ other: borrowing ByteBuffer, from offset: Int = 0) {
        other.withBytes { append(UnsafeRawBufferPointer(rebasing: $0[offset...])) }
    }

    package func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        body(UnsafeRawBufferPointer(start: base, count: count))
    }

    /// The bytes as an array.
    package var array: [UInt8] {
        Array(unsafeUninitializedCapacity: count) { out, initialized in
            out.baseAddress?.initialize(from: base, count: count)
            initialized = count
        }
    }

    package mutating func removeAll() { count = 0 }
}
