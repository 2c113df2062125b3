import Foundation

/// Small text helpers used across stages.
extension String {
    /// Lines split on "\n", blank ones kept; splitting bytes is far faster than Characters.
    var lines: [String] {
        utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    var trimmingSpaces: String {
        // Most lines need no trimming: answer without copying.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return self
        }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    /// Whether `word` occurs in it, compared by UTF-8 bytes: Foundation's `contains` goes
    /// through NSString, which costs more than the search.
    func containsBytes(of word: String) -> Bool {
        var text = self, word = word
        return text.withUTF8 { haystack in word.withUTF8 { needle in haystack.containsBytes(needle) } }
    }

    /// Whether the text, lower-cased, holds one of `words` (lower-case ASCII). Folds ASCII
    /// capitals only: no other capital lower-cases to an ASCII letter but the Kelvin sign's
    /// "k", which none of the callers' words hold. Runs once per money figure, so it copies
    /// no string.
    func containsIgnoringASCIICase(anyOf words: [String]) -> Bool {
        var text = self
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lower in
                for index in bytes.indices { lower[index] = bytes[index].asciiLowercased }
                let haystack = UnsafeBufferPointer(lower)
                return words.contains { word in
                    var word = word
                    return word.withUTF8 { needle in haystack.containsBytes(needle) }
                }
            }
        }
    }

    /// `count > limit` without walking the Characters when the bytes settle it: fewer bytes
    /// than that means fewer Characters, and in ASCII text a byte is a Character.
    func characterCount(over limit: Int) -> Bool {
        let bytes = utf8.count
        if bytes <= limit { return false }
        return utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) || count > limit
    }

    /// `lowercased()`, with ASCII text (most news text) mapped byte by byte instead of
    /// through the Unicode case tables.
    var asciiFastLowercased: String {
        var text = self
        return text.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            guard bytes.contains(where: { $0 >= 65 && $0 <= 90 }) else { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for index in bytes.indices { buffer[index] = bytes[index].asciiLowercased }
                return bytes.count
            }
        } ?? lowercased()
    }
}

extension String {
    /// The first sixteen bytes as one number, for sorting many strings that often tie on
    /// other keys: where two prefixes differ, they order as the strings do. Nil unless the
    /// first seventeen bytes are ASCII (ASCII bytes order as `String`s do, and one ASCII
    /// byte after them means no combining mark can join the sixteenth); the rest of the
    /// string may be anything, so curly quotes later on still get a prefix. Equal prefixes
    /// say nothing.
    var asciiSortPrefix: UInt128? {
        var prefix: UInt128 = 0
        var count = 0
        for byte in utf8.prefix(17) {
            guard byte < 0x80 else { return nil }
            if count < 16 { prefix = prefix << 8 | UInt128(byte) }
            count += 1
        }
        return prefix << (8 * UInt128(16 - min(16, count)))
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether `needle`'s bytes stand somewhere in these.
    func containsBytes(_ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= count, let base = baseAddress else { return needle.isEmpty }
        // `memchr` finds each candidate first byte many bytes at a time.
        var start = 0
        let lastStart = count - needle.count
        while start <= lastStart {
            guard let found = memchr(base + start, Int32(first), lastStart - start + 1) else { return false }
            start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + start, needle.baseAddress!, needle.count) == 0 { return true }
            start += 1
        }
        return false
    }
}

extension UInt8 {
    /// An ASCII capital as its small letter; every other byte as it is.
    var asciiLowercased: UInt8 { self >= 65 && self <= 90 ? self + 32 : self }
}
