import Foundation

/// A fixed set of words with a value each, looked up by a word's UTF-8 bytes.
///
/// Every word of every article is looked up once (`Lexicon.of`); a `Dictionary<String, _>`
/// hashes each with SipHash, which cost more than splitting the text into words. This table
/// hashes with FNV-1a and compares bytes; it is built once and only read after.
struct WordTable<Value: Sendable>: Sendable {
    /// Open addressing: each slot holds an entry's index plus one, 0 when empty.
    private let slots: [Int32]
    private let mask: Int
    /// The words' bytes end to end; entry i's are `bounds[i]`, its hash `hashes[i]`.
    private let bytes: [UInt8]
    private let bounds: [Range<Int>]
    private let hashes: [Int]
    private let values: [Value]

    init(_ entries: [String: Value]) {
        var bytes: [UInt8] = [], bounds: [Range<Int>] = [], hashes: [Int] = [], values: [Value] = []
        var size = 16
        while size < entries.count * 4 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        // Sorted, so the table is the same from run to run.
        for (word, value) in entries.sorted(by: { $0.key < $1.key }) {
            let start = bytes.count
            bytes += word.utf8
            let hash = Self.hash(bytes[start...])
            var slot = hash & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            bounds.append(start..<bytes.count)
            hashes.append(hash)
            values.append(value)
            slots[slot] = Int32(values.count)
        }
        self.slots = slots
        mask = size - 1
        self.bytes = bytes
        self.bounds = bounds
        self.hashes = hashes
        self.values = values
    }

    subscript(word: String) -> Value? {
        var word = word
        return word.withUTF8 { self[$0] }
    }

    subscript(word: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(word)
        var slot = hash & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { return nil }
            // Most words are on no list: their hash tells them apart without reading bytes.
            if hashes[entry] == hash, bounds[entry].count == word.count,
               bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + bounds[entry].lowerBound, word.baseAddress!, word.count) == 0 }) {
                return values[entry]
            }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    private static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
