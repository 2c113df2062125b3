/// Finds articles that are the same story published by several outlets (wire copy, edits,
/// a sentence added or cut): one-permutation MinHash over 5-word shingles, banded so only
/// likely pairs are compared, then kept when the estimated Jaccard similarity reaches
/// `threshold`. Measured on the fixtures: rewritten wire copies score 0.36–0.71, separate
/// reports of the same event (sharing long quotes) at most 0.07.
enum Syndication {
    static let shingleWords = 5
    static let bins = 128
    static let bandRows = 2
    static let threshold = 0.25

    /// Clusters of article indices (two or more each), in input order.
    static func clusters(_ texts: [String]) -> [[Int]] {
        clusters(signatures: Parallel.map(texts, signature))
    }

    static func clusters(signatures: [[UInt64]]) -> [[Int]] {
        var parent = Array(signatures.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { parent[index] = parent[parent[index]]; index = parent[index] }
            return index
        }
        for band in stride(from: 0, to: bins, by: bandRows) {
            var buckets: [UInt64: [Int]] = [:]
            for (index, signature) in signatures.enumerated() where !signature.isEmpty {
                var key: UInt64 = 0
                for value in signature[band..<(band + bandRows)] { key = SplitMix.mix(key ^ value) }
                buckets[key, default: []].append(index)
            }
            for members in buckets.values where members.count > 1 {
                for other in members.dropFirst() where root(other) != root(members[0]) {
                    if similarity(signatures[members[0]], signatures[other]) >= threshold {
                        parent[root(other)] = root(members[0])
                    }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in signatures.indices { groups[root(index), default: []].append(index) }
        return groups.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Share of the bins either text fills whose minima agree (bins both leave empty say nothing).
    static func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty, a.count == b.count else { return 0 }
        var same = 0, filled = 0
        for index in a.indices where a[index] != .max || b[index] != .max {
            filled += 1
            if a[index] == b[index] { same += 1 }
        }
        return filled == 0 ? 0 : Double(same) / Double(filled)
    }

    /// The minimum shingle hash in each of `bins` bins; empty for texts under one shingle.
    static func signature(_ text: String) -> [UInt64] {
        var words: [UInt64] = []
        var hash: UInt64 = 0xcbf29ce484222325
        var inWord = false
        for scalar in text.unicodeScalars {
            if TextFolding.isWordCharacter(scalar) {
                hash = (hash ^ UInt64(TextFolding.fold(scalar).value)) &* 0x100000001b3
                inWord = true
            } else if inWord {
                words.append(hash)
                hash = 0xcbf29ce484222325
                inWord = false
            }
        }
        if inWord { words.append(hash) }
        guard words.count >= shingleWords else { return [] }
        var minima = [UInt64](repeating: .max, count: bins)
        for start in 0...(words.count - shingleWords) {
            var shingle: UInt64 = 0
            for word in words[start..<(start + shingleWords)] { shingle = SplitMix.mix(shingle ^ word) }
            let bin = Int(shingle % UInt64(bins))
            let value = shingle / UInt64(bins)
            if value < minima[bin] { minima[bin] = value }
        }
        return minima
    }
}
