import Testing
@testable import DossierCore

/// A figure group keeps where its figures are, with their values and qualifiers read once; an
/// edit's regrouping reads only the edited articles' figures.
@Suite("Figure groups")
struct FigureGroupTests {
    static func figure(_ article: String, _ value: Double, qualifier: String = "") -> Figure {
        Figure(articleSlug: article, kind: .count, text: "\(qualifier) \(value) rifles", value: value, unit: "rifle",
               qualifier: qualifier, measure: "AK-203 rifles", topicSlug: "ak-203", sentence: "India buys rifles.")
    }

    static func group(_ figures: [Figure]) -> FigureGroup {
        FigureGroup(measure: "AK-203 rifles", unit: "rifle", topicSlug: "ak-203", figures: figures)
    }

    @Test func qualifiersDecideWhetherTheValuesCouldAllBeTrue() {
        let cases: [([Figure], Bool)] = [
            ([Self.figure("a", 600_000, qualifier: "more than"), Self.figure("b", 601_427)], true),
            ([Self.figure("a", 601_427, qualifier: "more than"), Self.figure("b", 600_000)], false),
            ([Self.figure("a", 5_000, qualifier: "around"), Self.figure("b", 5_100)], true),
            ([Self.figure("a", 5_000, qualifier: "about"), Self.figure("b", 5_400)], false),
            ([Self.figure("a", 5_000, qualifier: "nearly"), Self.figure("b", 4_600)], true),
            ([Self.figure("a", 5_000, qualifier: "up to"), Self.figure("b", 4_000), Self.figure("c", 3_500, qualifier: "at least")], true),
            ([Self.figure("a", 5_000, qualifier: "up to"), Self.figure("b", 4_000), Self.figure("c", 4_500, qualifier: "at least")], false),
            ([Self.figure("a", 5), Self.figure("b", 6)], false),
            ([Self.figure("a", 5, qualifier: "some other word"), Self.figure("b", 6)], false),
        ]
        for (figures, reconcilable) in cases {
            let group = Self.group(figures)
            #expect(group.disagrees)
            #expect(group.isReconcilable == reconcilable, "\(figures.map { "\($0.qualifier) \($0.value)" })")
        }
    }

    @Test func valuesListTheirFiguresInArticleOrderAndArticlesAreCountedOnce() {
        let group = Self.group([Self.figure("a", 6), Self.figure("a", 5), Self.figure("b", 5), Self.figure("c", 6), Self.figure("c", 7)])
        #expect(group.articleCount == 3)
        #expect(group.values.map(\.value) == [5, 6, 7])
        #expect(group.values.map { $0.figures.map(\.articleSlug) } == [["a", "b"], ["a", "c"], ["c"]])
        #expect(group.figures.map(\.value) == [6, 5, 5, 6, 7])
        #expect(group.articleSlugs == ["a", "a", "b", "c", "c"])
    }

    /// The store given after an edit holds other values for an article the edit did not
    /// touch: they must not be read, since the group had that article's numbers already.
    @Test func anEditReadsOnlyTheEditedArticlesFigures() {
        func places(_ store: FigureStore, _ articles: [Int32], _ positions: [Int32], _ values: [Double]) -> FigurePlaces {
            FigurePlaces(store: store, articles: articles, positions: positions, byValue: [], values: values,
                         bounds: values.map { _ in .exact })
        }
        let before = FigureStore(figures: [[Self.figure("a", 1)], [Self.figure("b", 2), Self.figure("b", 3)], [Self.figure("c", 4)]],
                                 diagnostics: [[], [], []])
        let articles: [Int32] = [0, 1, 1, 2], positions: [Int32] = [0, 0, 1, 0]
        #expect(FigurePlaces.numbers(store: before, articles: articles, positions: positions).values == [1, 2, 3, 4])
        let earlier = places(before, articles, positions, [1, 2, 3, 4])
        let after = FigureStore(figures: [[Self.figure("a", 10)], [Self.figure("b", 20, qualifier: "over"), Self.figure("b", 30)], [Self.figure("c", 40)]],
                                diagnostics: [[], [], []])
        let patched = FigurePlaces.numbers(store: after, articles: articles, positions: positions, earlier: earlier, changed: [1])
        #expect(patched.values == [1, 20, 30, 4])
        #expect(patched.bounds == [.exact, .atLeast, .exact, .exact])
        // Without the group as it was, when it kept no numbers, or when its places do not
        // line up, everything is read.
        #expect(FigurePlaces.numbers(store: after, articles: articles, positions: positions).values == [10, 20, 30, 40])
        for stale in [places(before, articles, positions, []), places(before, [0, 2], [1, 0], [7, 8])] {
            #expect(FigurePlaces.numbers(store: after, articles: articles, positions: positions, earlier: stale, changed: [1]).values == [10, 20, 30, 40])
        }
    }
}

extension FigureGroup {
    /// A group of the figures given, in article order, each article's together, as the
    /// grouping makes it from the articles' figures.
    init(measure: String, unit: String, topicSlug: String?, figures: [Figure]) {
        var byArticle: [[Figure]] = []
        for figure in figures {
            if byArticle.last?.last?.articleSlug == figure.articleSlug { byArticle[byArticle.count - 1].append(figure) } else { byArticle.append([figure]) }
        }
        let store = FigureStore(figures: byArticle, diagnostics: byArticle.map { _ in [] })
        let articles = byArticle.indices.flatMap { index in byArticle[index].indices.map { _ in Int32(index) } }
        let positions = byArticle.flatMap { $0.indices.map(Int32.init) }
        self.init(measure: measure, unit: unit, topicSlug: topicSlug, store: store, articles: articles, positions: positions,
                  numbers: FigurePlaces.numbers(store: store, articles: articles, positions: positions), keepingNumbers: true)
    }
}
