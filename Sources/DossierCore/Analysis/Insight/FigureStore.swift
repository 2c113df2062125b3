/// Every article's figures (its corrections applied), by article position: what figure groups
/// point into. A group holds where its figures are, not the figures, so that remaking a group
/// of thousands after an edit copies numbers: copying the figures retained each one, a cache
/// miss apiece, and was most of a figure edit's rebuild.
final class FigureStore: Sendable {
    let figures: [[Figure]]
    /// Each article's correction problems, by position.
    let diagnostics: [[Diagnostic]]

    init(figures: [[Figure]], diagnostics: [[Diagnostic]]) {
        self.figures = figures
        self.diagnostics = diagnostics
    }

    /// The articles' figures with their corrections applied.
    convenience init(_ articles: [AnalyzedArticle], _ readings: [ArticleAnalysis]) {
        var figures: [[Figure]] = [], diagnostics: [[Diagnostic]] = []
        figures.reserveCapacity(articles.count)
        diagnostics.reserveCapacity(articles.count)
        for index in articles.indices {
            var found = readings[index].extraction.figures
            diagnostics.append(articles[index].article.corrections.isEmpty ? [] : CorrectionApplier.apply(articles[index].article, to: &found))
            figures.append(found)
        }
        self.init(figures: figures, diagnostics: diagnostics)
    }

    subscript(article: Int32, position: Int32) -> Figure { figures[Int(article)][Int(position)] }
}
