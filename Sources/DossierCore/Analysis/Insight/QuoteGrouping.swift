/// Every article's quotations, speakers resolved and corrections applied, grouped across
/// articles (`QuoteGrouper`) and kept so that an edit regroups only the quotes linked to what
/// the edited article quoted before or quotes now: most of a large dossier's quotations stand
/// alone, and grouping them all again took most of a quote edit's rebuild.
///
/// Groups are ordered: attribution conflicts first, then the most carried, then by wording,
/// then by where their quotations are in the articles' order, so that the order is the same
/// however the groups were made.
struct QuoteGrouping: IncrementalComparison {
    /// Where a group goes in the list.
    struct Key {
        var conflict: Bool, count: Int, prefix: UInt128?, text: String
        /// Its quotations' places in the articles' order (`QuoteGrouping.id`, or positions in a full list).
        var members: [Int]

        init(_ group: QuoteGroup, members: [Int]) {
            (conflict, count, prefix, text) = (group.hasAttributionConflict, group.articleCount, group.text.asciiSortPrefix, group.text)
            self.members = members
        }

        static func precedes(_ a: Key, _ b: Key) -> Bool {
            if a.conflict != b.conflict { return a.conflict }
            if a.count != b.count { return a.count > b.count }
            // Most groups tie on both: texts compared by their first bytes, then whole.
            if let left = a.prefix, let right = b.prefix, left != right { return left < right }
            if a.text != b.text { return a.text < b.text }
            return a.members.lexicographicallyPrecedes(b.members)
        }
    }

    private var stamps: ArticleStamps
    /// Each article's ties of offices to names: roles resolve through all of them, so an edit
    /// that changes an article's ties groups everything again.
    private var ties: [[PeopleIndex.Tie]]
    /// Each article's quotations as grouped (shingles set), their topics, and the diagnostics
    /// of its corrections.
    private var quotes: [[Quotation]]
    private var topics: [[[String]]]
    private var diagnostics: [[Diagnostic]]
    /// Which quotations hold each shingle, by id: what tells which quotes an edit can link.
    private var postings: [UInt64: [Int]] = [:]
    /// The quotes linked to each other (see `QuoteGrouper.grouping`), by number, with the
    /// keys of the groups they make; each article's quotes' cluster numbers.
    private var clusters: [Int: (members: [Int], groups: [Key])] = [:]
    private var clusterOf: [[Int]]
    private var nextCluster = 0
    /// The groups in order, with their keys.
    private var keys: [Key] = []
    private(set) var groups: [QuoteGroup] = []

    var made: ([QuoteGroup], [Diagnostic]) { (groups, diagnostics.flatMap { $0 }) }

    static func make(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) -> ([QuoteGroup], [Diagnostic]) {
        let ties = readings.flatMap(\.extraction.ties)
        var quotes: [Quotation] = [], topics: [[String]] = [], diagnostics: [Diagnostic] = []
        for index in articles.indices {
            let read = quotations(articles[index], readings[index], ties: ties)
            quotes += read.quotes; topics += read.topics; diagnostics += read.diagnostics
        }
        let grouped = QuoteGrouper.grouping(quotes, topics: topics).groups
        let keys = grouped.map { Key($0.group, members: $0.members) }
        return (keys.indices.sorted { Key.precedes(keys[$0], keys[$1]) }.map { grouped[$0].group }, diagnostics)
    }

    init(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) {
        stamps = ArticleStamps(slugs: articles.map(\.article.slug), stamps: readings.map(\.insightKeys.quotes))
        ties = readings.map(\.extraction.ties)
        let allTies = ties.flatMap { $0 }
        let read = articles.indices.map { Self.quotations(articles[$0], readings[$0], ties: allTies) }
        quotes = read.map(\.quotes); topics = read.map(\.topics); diagnostics = read.map(\.diagnostics)
        clusterOf = quotes.map { Array(repeating: 0, count: $0.count) }
        for (article, list) in quotes.enumerated() {
            for (position, quote) in list.enumerated() {
                for shingle in quote.shingles { postings[shingle, default: []].append(Self.id(article, position)) }
            }
        }
        regroup(quotes.indices.flatMap { article in quotes[article].indices.map { Self.id(article, $0) } })
    }

    mutating func update(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) -> Bool {
        guard let changed = stamps.changes(slugs: articles.map(\.article.slug), stamps: readings.map(\.insightKeys.quotes)),
              changed.allSatisfy({ readings[$0].extraction.ties == ties[$0] }) else { return false }
        let allTies = ties.flatMap { $0 }
        let read = changed.map { Self.quotations(articles[$0], readings[$0], ties: allTies) }
        // How many quotes held each shingle the edit touches, before it.
        var before: [UInt64: Int] = [:]
        for (article, now) in zip(changed, read) {
            for quote in quotes[article] + now.quotes {
                for shingle in quote.shingles where before[shingle] == nil { before[shingle] = postings[shingle]?.count ?? 0 }
            }
        }
        var affected: Set<Int> = []
        for (article, now) in zip(changed, read) {
            for (position, quote) in quotes[article].enumerated() {
                affected.insert(clusterOf[article][position])
                let id = Self.id(article, position)
                for shingle in quote.shingles {
                    postings[shingle]?.removeAll { $0 == id }
                    if postings[shingle]?.isEmpty == true { postings[shingle] = nil }
                }
            }
            quotes[article] = now.quotes; topics[article] = now.topics; diagnostics[article] = now.diagnostics
            stamps.set(article, readings[article].insightKeys.quotes)
            clusterOf[article] = Array(repeating: -1, count: now.quotes.count)
            for (position, quote) in now.quotes.enumerated() {
                for shingle in quote.shingles { postings[shingle, default: []].append(Self.id(article, position)) }
            }
        }
        // New links come from the new quotes' shingles, or from a shingle that stopped being
        // too common; links go with the old quotes, or with a shingle that became too common.
        // Either way, every quote holding a touched shingle that links anything, before or
        // after, is regrouped with the quotes it was linked to.
        for (shingle, count) in before where count <= QuoteGrouper.commonShingle || (postings[shingle]?.count ?? 0) <= QuoteGrouper.commonShingle {
            for id in postings[shingle] ?? [] {
                let cluster = clusterOf[Self.article(id)][Self.position(id)]
                if cluster >= 0 { affected.insert(cluster) }
            }
        }
        var ids: [Int] = []
        for cluster in affected {
            guard let (members, keys) = clusters.removeValue(forKey: cluster) else { continue }
            // Members of a changed article are gone, or stand for its new quotes below.
            ids += members.filter { !changed.contains(Self.article($0)) }
            for key in keys { remove(key) }
        }
        for article in changed { ids += quotes[article].indices.map { Self.id(article, $0) } }
        regroup(ids)
        return true
    }

    /// Groups these quotes (closed under links) as a full grouping would, and files the groups in order.
    private mutating func regroup(_ ids: [Int]) {
        let ids = ids.sorted()
        let quotes = ids.map { self.quotes[Self.article($0)][Self.position($0)] }
        let topics = ids.map { self.topics[Self.article($0)][Self.position($0)] }
        let grouping = QuoteGrouper.grouping(quotes, topics: topics) { [postings] shingle, _ in
            (postings[shingle]?.count ?? 0) > QuoteGrouper.commonShingle
        }
        var numbers: [Int: Int] = [:]
        for (index, link) in grouping.links.enumerated() {
            let cluster: Int
            if let known = numbers[link] { cluster = known } else {
                nextCluster += 1
                (cluster, numbers[link]) = (nextCluster, nextCluster)
            }
            clusterOf[Self.article(ids[index])][Self.position(ids[index])] = cluster
            clusters[cluster, default: ([], [])].members.append(ids[index])
        }
        let filed = grouping.groups.map { (Key($0.group, members: $0.members.map { ids[$0] }), $0.group) }
        for (key, group) in filed {
            // A group lies within one cluster: its first quotation tells which.
            clusters[clusterOf[Self.article(key.members[0])][Self.position(key.members[0])]]!.groups.append(key)
            if keys.isEmpty || Key.precedes(keys[keys.count - 1], key) {
                keys.append(key); groups.append(group)
            } else {
                let at = keys.partitionPoint { !Key.precedes(key, $0) }
                keys.insert(key, at: at); groups.insert(group, at: at)
            }
        }
    }

    private mutating func remove(_ key: Key) {
        let at = keys.partitionPoint { Key.precedes($0, key) }
        keys.remove(at: at); groups.remove(at: at)
    }

    /// A quotation's place: its article's position, then its own among the article's quotes
    /// (an article would need a million quotations to overflow it), so ids order as the articles do.
    private static let positionBits = 20
    private static func id(_ article: Int, _ position: Int) -> Int { article << positionBits | position }
    private static func article(_ id: Int) -> Int { id >> positionBits }
    private static func position(_ id: Int) -> Int { id & ((1 << positionBits) - 1) }

    /// One article's quotations with speakers resolved and corrections applied, with their topics.
    private static func quotations(_ analyzed: AnalyzedArticle, _ reading: ArticleAnalysis, ties: [PeopleIndex.Tie])
        -> (quotes: [Quotation], topics: [[String]], diagnostics: [Diagnostic]) {
        let extraction = reading.extraction
        var quotes = extraction.quotes.map { quote -> Quotation in
            let (speaker, isPerson) = resolve(quote.speaker, ties: ties)
            var quotation = Quotation(articleSlug: analyzed.article.slug, text: quote.text, speaker: speaker, speakerIsPerson: isPerson)
            quotation.shingles = quote.shingles
            return quotation
        }
        let diagnostics = CorrectionApplier.apply(analyzed.article, to: &quotes)
        let topicsByText = Dictionary(extraction.quotes.map { ($0.text, $0.topicSlugs) }, uniquingKeysWith: { a, _ in a })
        let topics = quotes.map { topicsByText[$0.text] ?? Array(analyzed.topicSlugs.prefix(1)) }
        // Grouped by these shingles, here and in the postings.
        for index in quotes.indices where quotes[index].shingles.isEmpty { quotes[index].shingles = QuoteGrouper.shingles(quotes[index].text) }
        return (quotes, topics, diagnostics)
    }

    /// A speaker's display name and whether it is a person; roles resolve through the
    /// offices other articles tie to names, then the person named nearest before the quote.
    static func resolve(_ speaker: SpeakerRef, ties: [PeopleIndex.Tie]) -> (String?, Bool) {
        switch speaker {
        case .person(let name): return (name, true)
        case .role(let office, let nationality, let nearest):
            if let name = PeopleIndex.pick(ties, office: office, nationality: nationality) ?? nearest { return (name, true) }
            return (office.prefix(1).uppercased() + office.dropFirst(), false)
        case .other(let phrase): return (phrase, false)
        case .unknown: return (nil, false)
        }
    }
}
