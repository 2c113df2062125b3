import Foundation

/// FNV-1a, 64 bit: a fast fingerprint for names and change detection, not for security.
public enum ContentHash {
    public static func value<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        value(continuing: initial, bytes)
    }

    static let initial: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of what `value` hashed followed by `bytes`: hashes pieces as if joined.
    static func value<Bytes: Sequence>(continuing value: UInt64, _ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var value = value
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        return value
    }

    /// Data's own iterator costs a call a byte: hashed through its buffer instead.
    public static func value(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { value($0) }
    }

    /// A page's fingerprint, for telling whether a rebuild changed it: the standard
    /// library's hasher, which reads eight bytes at a time, several times faster than `value`
    /// over the hundreds of megabytes of a large dossier's pages. Seeded per process, so only
    /// for values that stay in memory (the preview's `BuildCache`), never in a file name.
    static func pageFingerprint(_ data: Data) -> UInt64 {
        var hasher = Hasher()
        data.withUnsafeBytes { hasher.combine(bytes: $0) }
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }

    public static func hex(_ data: Data, length: Int = 16) -> String {
        data.withUnsafeBytes { hex($0, length: length) }
    }

    public static func hex<Bytes: Sequence>(_ bytes: Bytes, length: Int = 16) -> String where Bytes.Element == UInt8 {
        let hex = String(value(bytes), radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(length))
    }
}
