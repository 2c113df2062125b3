/// Groups the same quotation across articles even when the wording differs a little ("&"
/// for "and", cut short, a word changed): word 3-gram shingles of folded text, two quotes
/// joined when the shingles they share are at least half of the shorter one's.
enum QuoteGrouper {
    static let overlap = 0.5
    /// A shingle this common ("on the part") links nothing by itself.
    static let commonShingle = 64

    /// A group and the positions of its quotations in the input, in order.
    struct Grouped {
        var group: QuoteGroup
        var members: [Int]
    }

    static func groups(_ quotes: [Quotation], topics: [[String]]) -> [QuoteGroup] {
        grouping(quotes, topics: topics).groups.map(\.group)
    }

    /// The groups of `quotes` (in article order), and for each quote a representative of the
    /// quotes it is linked to, directly or not (joined, held or holding): no group reaches
    /// past them, so a part of the quotes closed under links groups as it does among all.
    /// `common` tells the shingles that link nothing, from how many of these quotes hold
    /// them; a part of the quotes counts them over all instead.
    static func grouping(_ quotes: [Quotation], topics: [[String]],
                         common: (UInt64, Int) -> Bool = { $1 > commonShingle }) -> (groups: [Grouped], links: [Int]) {
        let shingles = quotes.map { $0.shingles.isEmpty ? Self.shingles($0.text) : $0.shingles }
        var parent = Array(quotes.indices), linked = Array(quotes.indices)
        func root(_ index: Int, in parent: inout [Int]) -> Int {
            var index = index
            while parent[index] != index { parent[index] = parent[parent[index]]; index = parent[index] }
            return index
        }
        func root(_ index: Int) -> Int { root(index, in: &parent) }
        var postings: [UInt64: [Int]] = [:]
        for (index, set) in shingles.enumerated() {
            for shingle in set { postings[shingle, default: []].append(index) }
        }
        var shared: [Int: [Int: Int]] = [:]
        for (shingle, list) in postings where list.count > 1 && !common(shingle, list.count) {
            for (position, a) in list.enumerated() {
                for b in list[(position + 1)...] { shared[a, default: [:]][b, default: 0] += 1 }
            }
        }
        // Quotes of about the same length join into groups. A much longer quote that holds
        // one of them (an outlet running two quotes as one) joins every group it holds instead,
        // so it neither merges separate quotations nor goes missing.
        var contained: [Int: Set<Int>] = [:]
        for (a, others) in shared {
            for (b, count) in others {
                let smaller = min(shingles[a].count, shingles[b].count), larger = max(shingles[a].count, shingles[b].count)
                guard count >= 2, Double(count) >= overlap * Double(smaller) else { continue }
                linked[root(b, in: &linked)] = root(a, in: &linked)
                if Double(count) >= overlap * Double(larger) {
                    parent[root(b)] = root(a)
                } else {
                    let (container, part) = shingles[a].count > shingles[b].count ? (a, b) : (b, a)
                    contained[container, default: []].insert(part)
                }
            }
        }
        var members: [Int: [Int]] = [:]
        for index in quotes.indices where contained[index] == nil { members[root(index), default: []].append(index) }
        for (container, parts) in contained {
            let groups = Set(parts.filter { contained[$0] == nil }.map(root))
            if groups.isEmpty { members[root(container), default: []].append(container) }
            for group in groups { members[group, default: []].append(container) }
        }
        let groups = members.values.map { indices -> Grouped in
            // Most quotations stand alone: their own wording and topics.
            if indices.count == 1 {
                let quote = quotes[indices[0]]
                var topicSlugs: [String] = []
                for slug in topics[indices[0]] where !topicSlugs.contains(slug) { topicSlugs.append(slug) }
                return Grouped(group: QuoteGroup(text: quote.text, quotations: [quote], topicSlugs: topicSlugs), members: indices)
            }
            let sorted = indices.sorted()
            var topicSlugs: [String] = []
            for index in sorted { for slug in topics[index] where !topicSlugs.contains(slug) { topicSlugs.append(slug) } }
            // The wording shown: the longest of the group's own quotes, not a container's.
            let own = sorted.filter { contained[$0] == nil }
            let text = (own.isEmpty ? sorted : own).map { quotes[$0].text }.max { $0.count < $1.count } ?? ""
            return Grouped(group: QuoteGroup(text: text, quotations: sorted.map { quotes[$0] }, topicSlugs: topicSlugs), members: sorted)
        }
        return (groups, quotes.indices.map { root($0, in: &linked) })
    }

    /// Folded words ("&" read as "and", punctuation dropped) in overlapping threes, hashed,
    /// sorted and each kept once. An array, not a `Set`: every quote of a dossier keeps its
    /// shingles until the pages are built, and a set keeps up to twice the slots and a bitmap.
    static func shingles(_ text: String) -> [UInt64] {
        let words = normalisedWords(text)
        let hashes = words.count < 3 ? words.map { ContentHash.value($0.utf8) } : (0...(words.count - 3)).map { start in
            // Each three words hashed as if joined by spaces, without joining them.
            var value = ContentHash.value(words[start].utf8)
            for word in words[(start + 1)..<(start + 3)] {
                value = ContentHash.value(continuing: ContentHash.value(continuing: value, CollectionOfOne(UInt8(ascii: " "))), word.utf8)
            }
            return value
        }
        var sorted = hashes.sorted()
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[kept - 1] != sorted[index] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    static func normalisedWords(_ text: String) -> [String] {
        // Most quotes hold neither "&" nor "'": skip the rewriting then.
        let text = text.utf8.contains(UInt8(ascii: "&")) ? text.replacingOccurrences(of: "&", with: " and ") : text
        let folded = TextFolding.foldedString(text)
        // ASCII (most quotes, once folded) is split by byte: a letter, digit or "'" each is one Character.
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            func isWordByte(_ byte: UInt8) -> Bool {
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "'")
            }
            return folded.utf8.split(whereSeparator: { !isWordByte($0) }).map { word in
                String(decoding: word.filter { $0 != UInt8(ascii: "'") }, as: UTF8.self)
            }
        }
        return folded
            .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'") })
            .map { $0.utf8.contains(UInt8(ascii: "'")) ? String($0.filter { $0 != "'" }) : String($0) }
    }
}
