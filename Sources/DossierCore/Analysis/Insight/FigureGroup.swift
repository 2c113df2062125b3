/// Every figure articles give for one measure ("S-400 deal value" in USD): where they agree
/// and where they do not.
public struct FigureGroup: Sendable {
    public let measure: String
    public let unit: String
    public let topicSlug: String?
    /// Where its figures are (`FigureStore`): the group keeps places, not figures.
    let places: FigurePlaces
    /// Newest article first.
    public var figures: [Figure] { places.articles.indices.map(places.figure(at:)) }
    /// Their articles in the same order.
    var articleSlugs: [String] { places.articles.indices.map { places.figure(at: $0).articleSlug } }
    /// Distinct values, smallest first, each with the figures that give it.
    public let values: [(value: Double, figures: FigureSlice)]
    public let articleCount: Int
    /// Whether the values could all be true at once, read with their qualifiers: "more than
    /// 600,000" fits 601,427, "around 5,000 crore" (±5%) fits 5,100 crore. Worked out with
    /// the group: pages ask for it on every rebuild, and a group can have thousands of figures.
    public let isReconcilable: Bool
    /// A hash of what its section shows but the cards, and the articles whose cards it shows
    /// (`InsightKeys`): worked out with the group, so that after an edit the page keys hash
    /// again only the groups it remade.
    let shownKey: Int
    let shownArticles: [String]

    /// Worked out once, from the figures' places and numbers: pages and reviews ask for these
    /// many times. `keepingNumbers` for a group an edit may bring up to date (`FigurePlaces`).
    init(measure: String, unit: String, topicSlug: String?, store: FigureStore, articles: [Int32], positions: [Int32],
         numbers: (values: [Double], bounds: [FigurePlaces.Bound]), keepingNumbers: Bool) {
        self.measure = measure
        self.unit = unit
        self.topicSlug = topicSlug
        let figureValues = numbers.values
        let byValue = Self.order(byValue: figureValues).map { Int32($0) }
        let places = FigurePlaces(store: store, articles: articles, positions: positions, byValue: byValue,
                                  values: keepingNumbers ? figureValues : [], bounds: keepingNumbers ? numbers.bounds : [])
        self.places = places
        var values: [(value: Double, figures: FigureSlice)] = []
        var start = 0
        for index in byValue.indices where index + 1 == byValue.count || figureValues[Int(byValue[index + 1])] != figureValues[Int(byValue[index])] {
            values.append((figureValues[Int(byValue[index])], FigureSlice(places: places, range: start..<(index + 1))))
            start = index + 1
        }
        self.values = values.trimmed()
        // Each article's figures come together: each change of article is one more.
        var articleCount = 0
        var last: Int32 = -1
        for article in articles where article != last {
            last = article
            articleCount += 1
        }
        self.articleCount = articleCount
        isReconcilable = Self.reconcilable(figureValues, numbers.bounds)
        var hasher = Hasher()
        var shown: [String] = []
        hasher.combine(measure)
        hasher.combine(topicSlug)
        hasher.combine(Self.disagree(values: values.count, articles: articleCount))
        hasher.combine(isReconcilable)
        hasher.combine(articleCount)
        hasher.combine(values.count)
        for value in values.prefix(PageContext.valueLimit) {
            hasher.combine(value.figures.count)
            hasher.combine(value.figures.first?.normalised)
            for figure in value.figures.prefix(PageContext.reportLimit) {
                shown.append(figure.articleSlug)
                hasher.combine(figure.text)
                hasher.combine(figure.qualifier)
                hasher.combine(figure.sentence)
                hasher.combine(figure.corrected)
            }
            shown += PageContext.firstArticles(value.figures.lazy.map(\.articleSlug), limit: PageContext.reportLimit)
        }
        shownKey = hasher.finalize()
        shownArticles = shown
    }

    /// Two or more articles give different values.
    public var disagrees: Bool { Self.disagree(values: values.count, articles: articleCount) }

    private static func disagree(values: Int, articles: Int) -> Bool { values > 1 && articles > 1 }
}

extension FigureGroup {
    /// Positions sorted by value, equal values in the order given: the order of a sort on
    /// (value, position), made by counting, since a large group has thousands of figures and
    /// a handful of distinct values (an edit orders each group it touches again).
    static func order(byValue figureValues: [Double]) -> [Int] {
        guard figureValues.count > 1 else { return Array(figureValues.indices) }
        var distinct: [Double: Int] = [:]
        var values: [Double] = []
        var counts: [Int] = []
        let ids = figureValues.map { value -> Int in
            if let id = distinct[value] {
                counts[id] += 1
                return id
            }
            distinct[value] = values.count
            values.append(value)
            counts.append(1)
            return values.count - 1
        }
        // Where each distinct value's run starts, smallest value first.
        var starts = [Int](repeating: 0, count: values.count)
        var next = 0
        for id in values.indices.sorted(by: { values[$0] < values[$1] }) {
            starts[id] = next
            next += counts[id]
        }
        var order = [Int](repeating: 0, count: figureValues.count)
        for (position, id) in ids.enumerated() {
            order[starts[id]] = position
            starts[id] += 1
        }
        return order
    }

    /// Whether one value fits every figure's bounds.
    static func reconcilable(_ values: [Double], _ bounds: [FigurePlaces.Bound]) -> Bool {
        var low = -Double.infinity, high = Double.infinity
        for index in values.indices {
            let range = bounds[index].range(values[index])
            low = max(low, range.lowerBound)
            high = min(high, range.upperBound)
            if low > high { return false }
        }
        return low <= high
    }
}
