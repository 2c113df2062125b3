import Testing
@testable import DossierCore

@Suite("Syndicated stories")
struct SyndicationTests {
    /// The definition `Syndication.clusters` implements with one flat table per band: per
    /// band, a list of the articles sharing each band key, each linked to the first of its
    /// list when similar enough; the stories are the connected groups.
    static func definition(_ signatures: [[UInt64]]) -> [[Int]] {
        var parent = Array(signatures.indices)
        func root(_ index: Int) -> Int { parent[index] == index ? index : root(parent[index]) }
        for band in stride(from: 0, to: Syndication.bins, by: Syndication.bandRows) {
            var buckets: [UInt64: [Int]] = [:]
            for (index, signature) in signatures.enumerated() where !signature.isEmpty {
                var key: UInt64 = 0
                for value in signature[band..<(band + Syndication.bandRows)] { key = SplitMix.mix(key ^ value) }
                buckets[key, default: []].append(index)
            }
            for members in buckets.values {
                for other in members.dropFirst() {
                    var same = 0, filled = 0
                    for (a, b) in zip(signatures[members[0]], signatures[other]) where a != .max || b != .max {
                        filled += 1
                        if a == b { same += 1 }
                    }
                    if filled > 0, Double(same) / Double(filled) >= Syndication.threshold { parent[root(other)] = root(members[0]) }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in signatures.indices { groups[root(index), default: []].append(index) }
        return groups.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Signatures over a tiny alphabet, with empty bins and empty signatures, so band keys
    /// collide often and similarities straddle the threshold.
    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func flatTablesAgreeWithTheDefinition(seed: UInt64) {
        var random = SplitMix(seed: seed)
        let signatures: [[UInt64]] = (0..<400).map { _ in
            if random.int(0..<20) == 0 { return [] }
            let alphabet = UInt64(random.int(2...6))
            return (0..<Syndication.bins).map { _ in random.int(0..<8) == 0 ? .max : random.next() % alphabet }
        }
        let clusters = Syndication.clusters(signatures: signatures)
        #expect(clusters == Self.definition(signatures))
        #expect(!clusters.isEmpty && clusters.count < signatures.count / 2, "the case is neither trivial nor all one story")
    }

    /// The links a preview keeps, brought up to date one article at a time (a signature
    /// changed, emptied or filled), give the clusters of a pass over all signatures.
    @Test(arguments: [5, 6, 7] as [UInt64])
    func keptLinksAgreeAfterEachUpdate(seed: UInt64) {
        var random = SplitMix(seed: seed)
        func signature() -> [UInt64] {
            if random.int(0..<10) == 0 { return [] }
            let alphabet = UInt64(random.int(2...6))
            return (0..<Syndication.bins).map { _ in random.int(0..<8) == 0 ? .max : random.next() % alphabet }
        }
        var signatures = (0..<300).map { _ in signature() }
        var links = SyndicationLinks(signatures: signatures)
        #expect(links.clusters == Syndication.clusters(signatures: signatures))
        for step in 0..<60 {
            let index = random.int(0..<signatures.count)
            // Often a copy of another article's signature, so stories form and break up.
            signatures[index] = random.int(0..<3) == 0 ? signatures[random.int(0..<signatures.count)] : signature()
            links.update(index, signature: signatures[index])
            #expect(links.clusters == Syndication.clusters(signatures: signatures), "step \(step)")
        }
    }
}
