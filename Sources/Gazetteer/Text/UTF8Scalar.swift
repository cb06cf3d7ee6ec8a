/// Decoding one scalar from bytes known to be valid UTF-8 (a String's): no checks, so the
/// scanners that walk a text byte by byte pay for nothing but the decoding.
package enum UTF8Scalar {
    /// The scalar starting at byte `i` and how many bytes it takes.
    @inline(__always)
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | (UInt32(bytes[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | (UInt32(bytes[i + 2]) & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6
                    | (UInt32(bytes[i + 3]) & 0x3F), 4)
    }
}
