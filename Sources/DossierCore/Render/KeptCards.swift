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
    let memo: CardMemo<[String: Any]>

    static func shape(templates: TemplateSet, urls: SiteURLs) -> Int {
        Hashing.of(templates.fingerprint, urls.basePath)
    }

    /// The kept cards still true for these articles, by their position: in the same order
    /// (most edits) the kept memo itself, with the cards whose key changed forgotten; in
    /// another, a new memo with each article's kept card found by slug.
    func cards(for dossier: Dossier, shape: Int) -> CardMemo<[String: Any]> {
        let articles = dossier.articles
        guard shape == self.shape else { return CardMemo(count: articles.count) }
        if orderKey != nil, orderKey == dossier.orderKey, keys.count == articles.count {
            memo.forget(articles.indices.filter { keys[$0] != articles[$0].cardKey })
            return memo
        }
        let made = memo.made
        return CardMemo(articles.indices.map { index in
            guard let old = position[articles[index].article.slug], keys[old] == articles[index].cardKey else { return nil }
            return made[old]
        })
    }
}
