/// Where a group's figures are in a `FigureStore`, in article order (each article's together),
/// and their order by value. A preview's groups also keep each figure's value and qualifier,
/// so that an edit's regrouping reads again only the edited articles' figures.
final class FigurePlaces: Sendable {
    let store: FigureStore
    /// For each figure, in article order: its article's position and its position among that
    /// article's figures.
    let articles: [Int32], positions: [Int32]
    /// Indices into the lists above by value, equal values in article order.
    let byValue: [Int32]
    /// Each figure's value and how its qualifier bounds it, in article order; empty when the
    /// group will not be brought up to date (a one-shot build), which saves 9 bytes a figure.
    let values: [Double], bounds: [Bound]

    /// How a qualifier widens a value: "more than 600,000" fits 601,427, "around 5,000"
    /// (±5 %) fits 5,100.
    enum Bound: UInt8, Sendable {
        case exact, atLeast, atMost, nearly, about

        init(qualifier: String) {
            // Most figures have none: spared the string comparisons below.
            if qualifier.isEmpty {
                self = .exact
                return
            }
            switch qualifier {
            case "more than", "over", "at least": self = .atLeast
            case "less than", "fewer than", "under", "up to": self = .atMost
            case "nearly", "almost": self = .nearly
            case "about", "around", "roughly", "approximately", "some": self = .about
            default: self = .exact
            }
        }

        func range(_ value: Double) -> ClosedRange<Double> {
            switch self {
            case .exact: return value...value
            case .atLeast: return value...Double.infinity
            case .atMost: return -Double.infinity...value
            case .nearly: return (value * 0.9)...value
            case .about: return (value * 0.95)...(value * 1.05)
            }
        }
    }

    init(store: FigureStore, articles: [Int32], positions: [Int32], byValue: [Int32], values: [Double], bounds: [Bound]) {
        (self.store, self.articles, self.positions, self.byValue, self.values, self.bounds) = (store, articles, positions, byValue, values, bounds)
    }

    /// Each figure's value and qualifier, read from the store; those of the articles not in
    /// `changed` are taken from `earlier` (the group before an edit), which has them in the
    /// same order, so that only the edited articles' figures are read. `changed` is a list:
    /// at most `ArticleStamps.patchLimit` articles, usually one, asked about for every figure.
    static func numbers(store: FigureStore, articles: [Int32], positions: [Int32], earlier: FigurePlaces? = nil,
                        changed: [Int32] = []) -> (values: [Double], bounds: [Bound]) {
        var values: [Double] = [], bounds: [Bound] = []
        values.reserveCapacity(articles.count)
        bounds.reserveCapacity(articles.count)
        let kept = earlier.flatMap { $0.values.isEmpty ? nil : $0 }
        var next = 0
        for index in articles.indices {
            let article = articles[index], position = positions[index]
            if let kept, !changed.contains(article) {
                while next < kept.articles.count, changed.contains(kept.articles[next]) { next += 1 }
                if next < kept.articles.count, kept.articles[next] == article, kept.positions[next] == position {
                    values.append(kept.values[next])
                    bounds.append(kept.bounds[next])
                    next += 1
                    continue
                }
            }
            let figure = store[article, position]
            values.append(figure.value)
            bounds.append(Bound(qualifier: figure.qualifier))
        }
        return (values, bounds)
    }

    /// The figure at `index` in article order.
    func figure(at index: Int) -> Figure { store[articles[index], positions[index]] }
}

/// Some of a group's figures in value order, read from the store when asked.
public struct FigureSlice: RandomAccessCollection, Sendable {
    let places: FigurePlaces
    /// Positions in `places.byValue`.
    let range: Range<Int>

    public var startIndex: Int { 0 }
    public var endIndex: Int { range.count }
    public subscript(index: Int) -> Figure { places.figure(at: Int(places.byValue[range.lowerBound + index])) }
}
