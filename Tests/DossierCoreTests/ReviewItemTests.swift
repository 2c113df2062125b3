import Testing
@testable import DossierCore

@Suite("Entries that need an editor")
struct ReviewItemTests {
    func reasons(title: String = "A Fine Headline", date: String? = "2021-12-06", source: String = "HT",
                 url: String = "https://example.com/a", summary: String = "S", review: [String] = []) -> [String] {
        let article = Article(file: "content/articles/a.md", slug: "a", title: title, date: date.flatMap(PublicationDate.init(iso:)),
                              source: source, url: url, summary: summary, review: review, body: "")
        return ReviewItem.items(for: article).map(\.reason)
    }

    @Test func aCompleteEntryNeedsNothing() {
        #expect(reasons().isEmpty)
    }

    @Test func missingFieldsAreListedWithTheirReason() {
        #expect(reasons(date: nil, source: "", url: "") == [
            "publication date unknown (date is empty)", "outlet unknown (source is empty)",
            "original article address unknown (url is empty)",
        ])
    }

    @Test(arguments: [
        ("Home » World » Lavrov speaks", "contains navigation or template text"),
        ("RUSSIA SAYS US CANNOT STOP DEAL", "is all capitals"),
        ("The deal was signed in 2018.", "ends with a full stop"),
        ("—", "has almost no letters"),
        (String(repeating: "word ", count: 40), "is 200 characters long"),
    ])
    func suspiciousTitlesAreFlagged(_ title: String, _ reason: String) {
        #expect(reasons(title: title).contains("title \(reason): is it really the headline?"))
    }

    @Test func importNotesAreCarriedOver() {
        #expect(reasons(review: ["no headline in the clipping"]) == ["no headline in the clipping"])
    }
}
