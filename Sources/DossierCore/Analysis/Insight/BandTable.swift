/// An open-addressing table from a band key (already well mixed) to the first article that
/// had it: `Syndication.clusters` fills one per band, 64 times over every article, where a
/// `Dictionary` of lists spent most of a preview rebuild allocating.
struct BandTable {
    private var keys: [UInt64]
    private var holders: [Int32]
    private let mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        holders = Array(repeating: -1, count: size)
        mask = size - 1
    }

    mutating func removeAll() {
        for slot in holders.indices { holders[slot] = -1 }
    }

    /// The article that first had `key`, or nil after recording `index` as its first holder.
    mutating func first(holding key: UInt64, else index: Int) -> Int? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while holders[slot] >= 0 {
            if keys[slot] == key { return Int(holders[slot]) }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        holders[slot] = Int32(index)
        return nil
    }
}
