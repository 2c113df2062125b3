/// Decodes Unicode scalars straight from UTF-8 bytes, for scans that must not pay for
/// `Character` handling. Input comes from Swift strings, so it is valid UTF-8.
enum UTF8Scanner {
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for index in 1..<width where offset + index < bytes.count {
            value = value << 6 | (UInt32(bytes[offset + index]) & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}
