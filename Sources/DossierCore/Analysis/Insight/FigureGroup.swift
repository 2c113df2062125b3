/// Every figure articles give for one measure ("S-400 deal value" in USD): where they agree
/// and where they do not.
public struct FigureGroup: Sendable {
    public let measure: String
    public let unit: String
    public let topicSlug: String?
    /// Newest article first (made from `values` when asked: a group keeps its figures once).
    public var figures: [Figure] { articleOrder.map { byValue[Int($0)] } }
    /// Their articles in the same order, read without copying the figures (each copy
    /// retains all of a figure's strings): reviews visit hundreds of thousands.
    var articleSlugs: [String] { articleOrder.map { byValue[Int($0)].articleSlug } }
    /// The figures sorted by value, and where each stands in article order.
    private let byValue: [Figure]
    private let articleOrder: [Int32]
    /// Distinct values, smallest first, each with the figures that give it: slices of one
    /// list sorted by value (a list per value would cost a dossier's hundreds of thousands of
    /// figures one more allocation each).
    public let values: [(value: Double, figures: ArraySlice<Figure>)]
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

    /// Worked out once: pages and reviews ask for these many times.
    init(measure: String, unit: String, topicSlug: String?, figures: [Figure]) {
        self.measure = measure
        self.unit = unit
        self.topicSlug = topicSlug
        let order = Self.order(byValue: figures.map(\.value))
        let byValue = order.map { figures[$0] }
        var articleOrder = [Int32](repeating: 0, count: order.count)
        for (sorted, index) in order.enumerated() { articleOrder[index] = Int32(sorted) }
        self.byValue = byValue
        self.articleOrder = articleOrder
        var values: [(value: Double, figures: ArraySlice<Figure>)] = []
        var start = 0
        for index in byValue.indices where index + 1 == byValue.count || byValue[index + 1].value != byValue[index].value {
            values.append((byValue[index].value, byValue[start...index]))
            start = index + 1
        }
        self.values = values.trimmed()
        // Figures come in article order, each article's together (`FigureGrouping` reads them
        // so), and slugs are unique: each change of slug is one more article, and no set of
        // thousands of slugs is hashed when an edit remakes a large group.
        var articles = 0
        var last: String?
        for figure in figures where figure.articleSlug != last {
            last = figure.articleSlug
            articles += 1
        }
        articleCount = articles
        isReconcilable = Self.reconcilable(byValue)
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
    /// a handful of distinct values (an edit remakes its groups whole).
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

    static func reconcilable(_ byValue: [Figure]) -> Bool {
        var low = -Double.infinity, high = Double.infinity
        for figure in byValue {
            let range = Self.range(figure)
            low = max(low, range.lowerBound)
            high = min(high, range.upperBound)
            if low > high { return false }
        }
        return low <= high
    }

    static func range(_ figure: Figure) -> ClosedRange<Double> {
        let value = figure.value
        if figure.qualifier.isEmpty { return value...value }
        switch figure.qualifier {
        case "more than", "over", "at least": return value...Double.infinity
        case "less than", "fewer than", "under", "up to": return -Double.infinity...value
        case "nearly", "almost": return (value * 0.9)...value
        case "about", "around", "roughly", "approximately", "some": return (value * 0.95)...(value * 1.05)
        default: return value...value
        }
    }
}
