/// The links `Syndication.clusters` finds, kept so that an edit re-links only the buckets
/// the edited article was or is in: a preview edit then compares a few signatures instead
/// of every article's 64 bands.
///
/// In each band, every article with a signature links to the first article (lowest
/// position) with the same band key when their signatures are similar enough; stories are
/// the connected parts. That is what `Syndication.clusters` computes in one pass.
struct SyndicationLinks: Sendable {
    private var signatures: [[UInt64]]
    /// By band, then article: its band key, its bucket's first holder (-1 without a
    /// signature), and whether the two are similar enough to link.
    private var keys: [[UInt64]]
    private var firstHolders: [[Int32]]
    private var linked: [[Bool]]

    private static var bands: Int { Syndication.bins / Syndication.bandRows }

    init(signatures: [[UInt64]]) {
        self.signatures = signatures
        keys = Array(repeating: Array(repeating: 0, count: signatures.count), count: Self.bands)
        firstHolders = Array(repeating: Array(repeating: -1, count: signatures.count), count: Self.bands)
        linked = Array(repeating: Array(repeating: false, count: signatures.count), count: Self.bands)
        var table = BandTable(capacity: signatures.count)
        for band in 0..<Self.bands {
            table.removeAll()
            for index in signatures.indices where !signatures[index].isEmpty {
                let key = Self.key(signatures[index], band: band)
                keys[band][index] = key
                let first = table.first(holding: key, else: index) ?? index
                firstHolders[band][index] = Int32(first)
                linked[band][index] = first != index && Self.similar(signatures[first], signatures[index])
            }
        }
    }

    /// Replaces one article's signature and finds its buckets' first holders again.
    mutating func update(_ index: Int, signature: [UInt64]) {
        let had = !signatures[index].isEmpty
        signatures[index] = signature
        for band in 0..<Self.bands {
            var touched: [UInt64] = []
            if had { touched.append(keys[band][index]) }
            if signature.isEmpty {
                firstHolders[band][index] = -1
            } else {
                keys[band][index] = Self.key(signature, band: band)
                if !touched.contains(keys[band][index]) { touched.append(keys[band][index]) }
            }
            // A bucket's first holder is its lowest position: found by reading the band's keys.
            for key in touched {
                let members = keys[band].withUnsafeBufferPointer { bandKeys in
                    bandKeys.indices.filter { bandKeys[$0] == key && !signatures[$0].isEmpty }
                }
                guard let first = members.first else { continue }
                for other in members {
                    firstHolders[band][other] = Int32(first)
                    linked[band][other] = other != first && Self.similar(signatures[first], signatures[other])
                }
            }
            if signature.isEmpty { linked[band][index] = false }
        }
    }

    /// Clusters of article positions (two or more each), in position order, as `Syndication.clusters` gives them.
    var clusters: [[Int]] {
        var parent = Array(signatures.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { parent[index] = parent[parent[index]]; index = parent[index] }
            return index
        }
        for band in 0..<Self.bands {
            for index in signatures.indices where linked[band][index] {
                parent[root(index)] = root(Int(firstHolders[band][index]))
            }
        }
        return Syndication.groups(signatures.indices.map(root))
    }

    private static func similar(_ a: [UInt64], _ b: [UInt64]) -> Bool {
        Syndication.similarity(a, b) >= Syndication.threshold
    }

    private static func key(_ signature: [UInt64], band: Int) -> UInt64 {
        var key: UInt64 = 0
        for row in (band * Syndication.bandRows)..<((band + 1) * Syndication.bandRows) { key = SplitMix.mix(key ^ signature[row]) }
        return key
    }
}
