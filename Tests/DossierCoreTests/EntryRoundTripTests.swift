import Testing
@testable import DossierCore

@Suite("Entries written by the importer read back unchanged")
struct EntryRoundTripTests {
    static let pieces: [String] = [
        "a", "Z", "7", " ", "  ", "\t", "\n", "\r\n", ":", ": ", "- ", "-", "#", " #", "?", "? ", "&", "*", "!", "|", ">",
        "%", "@", "`", "'", "\"", "\\", "{", "}", "[", "]", ",", "“", "”", "’", "–", "₹", "»", "é", "С-400", "नई",
        "😀", "\u{7}", "\u{85}", "\u{2028}", "\u{FEFF}", "null", "~", "true", "no", "yes", "1e3", "0x1F", "2021-12-06",
        ".inf", "---", "...", "<<", "=", "!!str", "&anchor", "*alias", "%YAML", "Lavrov: \"US\" # [x] {y} & *z",
    ]

    static func randomString(_ rng: inout SplitMix) -> String {
        let count = Int.random(in: 1...8, using: &rng)
        return (0..<count).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    @Test func everyStringReadsBackAsWritten() throws {
        var rng = SplitMix(seed: 2021_12_06)
        var checked = 0
        for _ in 0..<3000 {
            let value = ClippingImporter.oneLine(Self.randomString(&rng))
            guard !value.isEmpty else { continue }
            let article = Article(file: "", slug: "", title: value, date: PublicationDate(iso: "2021-12-06"),
                                  source: value, url: "", topics: [value], summary: value, author: value,
                                  importedFrom: value, importHash: "fnv1a64:0", review: [value], body: "Body\n")
            let text = EntryWriter.text(for: article)
            let parsed = Article.parse(text, file: "x.md", defaultSlug: "x")
            guard case .success(let back) = parsed else {
                Issue.record("did not parse back: \(value.debugDescription)\n\(text)")
                continue
            }
            #expect(back.title == value && back.source == value && back.summary == value && back.author == value
                    && back.topics == [value] && back.review == [value] && back.importedFrom == value,
                    "round trip changed \(value.debugDescription)")
            checked += 1
        }
        #expect(checked > 2500)
    }
}
