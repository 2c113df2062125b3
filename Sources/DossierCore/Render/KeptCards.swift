/// The article cards a build made, kept by the preview for the next build: a card (and
/// its rendered `card_html`) follows from its article's card key (`PageKeys.card`), the
/// templates and the site's base path alone, so an edit to one article remakes one card,
/// not the thousands on the timeline and topic pages it re-renders.
struct KeptCards {
    static let cacheName = "article-cards"

    /// The templates and base path the cards were made with.
    let shape: Int
    /// The articles' order they were kept in (`Dossier.orderKey`), their positions and card keys.
    let orderKey: Int?
    let position: [String: Int]
    let keys: [Int]
    let cards: [[String: Any]?]

    static func shape(templates: TemplateSet, urls: SiteURLs) -> Int {
        Hashing.of(templates.fingerprint, urls.basePath)
    }

    /// The kept cards still true for these articles, by their position: the same order (most
    /// edits) compares card keys in place, another looks each article up by slug.
    func cards(for dossier: Dossier, position: [String: Int], shape: Int) -> [[String: Any]?] {
        let articles = dossier.articles
        var seeded: [[String: Any]?] = Array(repeating: nil, count: articles.count)
        guard shape == self.shape else { return seeded }
        let sameOrder = orderKey != nil && orderKey == dossier.orderKey && keys.count == articles.count
        for index in articles.indices {
            guard let old = sameOrder ? index : self.position[articles[index].article.slug],
                  keys[old] == articles[index].cardKey else { continue }
            seeded[index] = cards[old]
        }
        return seeded
    }
}
