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
        // Each band links every article to the first one with the same band key (when they are
        // similar enough). The groups are the connected parts, whatever order links are made
        // in, so one flat table of first holders per band replaces a list per key.
        var firstHolder = BandTable(capacity: signatures.count)
        for band in stride(from: 0, to: bins, by: bandRows) {
            firstHolder.removeAll()
            for index in signatures.indices where !signatures[index].isEmpty {
                var key: UInt64 = 0
                for row in band..<(band + bandRows) { key = SplitMix.mix(key ^ signatures[index][row]) }
                guard let first = firstHolder.first(holding: key, else: index), root(index) != root(first) else { continue }
                if similarity(signatures[first], signatures[index]) >= threshold { parent[root(index)] = root(first) }
            }
        }
        return groups(signatures.indices.map(root))
    }

    /// The clusters of articles with the same root (two or more each, each in order), oldest first.
    static func groups(_ roots: [Int]) -> [[Int]] {
        var groups: [Int: [Int]] = [:]
        for (index, root) in roots.enumerated() { groups[root, default: []].append(index) }
        return groups.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Share of the bins either text fills whose minima agree (bins both leave empty say nothing).
    static func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty, a.count == b.count else { return 0 }
        var same = 0, filled = 0
        // Without branches, so the compiler can vectorise it: clustering calls this often.
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                for index in 0..<a.count {
                    let bothEmpty = a[index] & b[index] == .max
                    filled &+= bothEmpty ? 0 : 1
                    same &+= a[index] == b[index] && !bothEmpty ? 1 : 0
                }
            }
        }
        return filled == 0 ? 0 : Double(same) / Double(filled)
    }

    /// The minimum shingle hash in each of `bins` bins; empty for texts under one shingle.
    static func signature(_ text: String) -> [UInt64] {
        var reader = WordHashes()
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                // Decoded from the bytes (an ASCII byte is its own scalar): iterating
                // `unicodeScalars` costs more than the hashing.
                let (scalar, width) = UTF8Scanner.scalar(in: bytes, at: offset)
                reader.add(TextFolding.fold(scalar).value, isWord: TextFolding.isWordCharacter(scalar))
                offset += width
            }
        }
        let words = reader.finished
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

/// FNV-1a hashes of a text's words (runs of word characters, folded), one scalar at a time.
private struct WordHashes {
    private(set) var words: [UInt64] = []
    private var hash: UInt64 = 0xcbf29ce484222325
    private var inWord = false

    @inline(__always)
    mutating func add(_ folded: UInt32, isWord: Bool) {
        if isWord {
            hash = (hash ^ UInt64(folded)) &* 0x100000001b3
            inWord = true
        } else if inWord {
            words.append(hash)
            hash = 0xcbf29ce484222325
            inWord = false
        }
    }

    var finished: [UInt64] { inWord ? words + [hash] : words }
}
