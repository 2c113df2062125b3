import Foundation
import Testing
@testable import DossierCore

@Suite("Import")
struct ImporterTests {
    @Test func aSeedShapedClippingBecomesACleanEntry() throws {
        let fixture = try ImportFixture()
        defer { fixture.site.remove() }
        let text = """
        Home » World » US Can’t Arm-Twist India

        US Can’t Arm-Twist India

        {{^userSubscribed}} {{/userSubscribed}}
        Russian President Vladimir Putin with PM Modi. (File Photo)
        The United States will not be able to influence India’s purchases of Russian S 400 systems. Officials said so.
        Advertisement
        1. This looks like a list but is prose, as is # this and *that* and <b>this</b>.
        """
        let result = fixture.run([ImportRecord(name: "clip.txt", text: text)]) { $0.outlet = "Izvestia Digest" }
        #expect(result.problems.isEmpty)
        let outcome = try #require(result.outcomes.first)
        #expect(outcome.file == "content/articles/us-cant-arm-twist-india.md")
        #expect(outcome.removed.count == 5)
        let entry = try fixture.entry(outcome)
        #expect(entry.title == "US Can’t Arm-Twist India")
        #expect(entry.source == "Izvestia Digest")
        #expect(entry.date == nil)
        #expect(entry.topics == ["S-400"])
        #expect(entry.summary == "The United States will not be able to influence India’s purchases of Russian S 400 systems. Officials said so.")
        #expect(entry.importedFrom == "clip.txt")
        #expect(entry.importHash.hasPrefix("fnv1a64:"))
        let html = MarkdownRenderer().render(entry.body).html
        #expect(html.contains("<p>1. This looks like a list but is prose, as is # this and *that* and &lt;b&gt;this&lt;/b&gt;.</p>"))
    }

    @Test(arguments: [
        "1. Not a list", "# Not a heading", "- Not a bullet", "> Not a quote", "---", "+ plus", "=== equals",
        "A | pipe | table", "<tag> and </tag>", "*stars* and **bold**", "_under_ and __score__", "`code` and ``more``",
        "[link](https://x.y) and ![img](a.png)", "Back\\slash \\* done", "Entities &amp; &copy; &#169;", "~~gone~~",
        "12) also a list", "    indented code", "“Typographic” – ₹5,100 crore » America’s", "https://auto.link/x",
    ])
    func proseThatLooksLikeMarkdownRendersAsTheSameText(_ line: String) {
        let escaped = MarkdownEscaper.escape(paragraph: line)
        let rendered = MarkdownRenderer().render(escaped)
        let expected = line.trimmingSpaces
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        // Autolinks keep their text; only the anchor around them is added.
        let html = rendered.html.replacingOccurrences(of: #"<a href="[^"]*">"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: "</a>", with: "")
        #expect(html == "<p>\(expected)</p>\n")
    }

    @Test func reRunningChangesNothingAndHandEditsAreKept() throws {
        let fixture = try ImportFixture()
        defer { fixture.site.remove() }
        let record = ImportRecord(name: "a.txt", text: "S-400 Deal Signed\n\nIndia signed the S-400 deal.\n")
        let first = fixture.run([record])
        #expect(first.outcomes.map(\.action) == [.created])
        #expect(fixture.run([record]).outcomes.map(\.action) == [.unchanged])

        let url = fixture.site.root.appendingPathComponent(first.outcomes[0].file)
        let edited = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "source:", with: "source: The Hindu")
        try edited.write(to: url, atomically: true, encoding: .utf8)

        let kept = fixture.run([record])
        #expect(kept.outcomes.map(\.action) == [.kept])
        #expect(kept.outcomes[0].changes == ["source"])
        #expect(try String(contentsOf: url, encoding: .utf8) == edited)

        let dry = fixture.run([record]) { $0.force = true; $0.dryRun = true }
        #expect(dry.outcomes.map(\.action) == [.overwritten])
        #expect(dry.outcomes[0].changes == ["source"])
        #expect(try String(contentsOf: url, encoding: .utf8) == edited, "a dry run writes nothing")

        #expect(fixture.run([record]) { $0.force = true }.outcomes.map(\.action) == [.overwritten])
        #expect(try String(contentsOf: url, encoding: .utf8) != edited)
    }

    @Test func sameHeadlineFromAnotherInputGetsItsOwnSlug() throws {
        let fixture = try ImportFixture()
        defer { fixture.site.remove() }
        let result = fixture.run([
            ImportRecord(name: "a.txt", text: "Same Headline\n\nFirst text."),
            ImportRecord(name: "b.txt", text: "Same Headline\n\nSecond text."),
        ]) { $0.dryRun = true }
        #expect(result.outcomes.map(\.file) == ["content/articles/same-headline.md", "content/articles/same-headline-2.md"])
    }

    @Test(arguments: [
        ("../../etc/passwd", "etc-passwd"), ("CON", "con-article"), ("Lavrov: \"US\" # [x] {y} & *z", "lavrov-us-x-y-z"),
        ("США не смогут выкрутить руки Индии", "ssa-ne-smogut-vykrutit-ruki-indii"), ("भारत ने एस-400 खरीदा", "bharata-ne-esa-400-kharida"),
        ("!!!", "weird"),
    ])
    func hostileAndForeignHeadlinesImportSafely(_ headline: String, _ slug: String) throws {
        let fixture = try ImportFixture()
        defer { fixture.site.remove() }
        let result = fixture.run([ImportRecord(name: "weird.txt", text: "\(headline)\n\nBody text about the S-400.")])
        let outcome = try #require(result.outcomes.first)
        #expect(outcome.file == "content/articles/\(slug).md")
        #expect(try fixture.entry(outcome).title == headline)
        #expect(FileManager.default.fileExists(atPath: fixture.site.root.appendingPathComponent(outcome.file).path))
    }

    @Test func badFilesAreRefusedOneLineEachAndTheBatchGoesOn() throws {
        let fixture = try ImportFixture()
        defer { fixture.site.remove() }
        let folder = fixture.site.root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func put(_ name: String, _ data: Data) throws { try data.write(to: folder.appendingPathComponent(name)) }
        try put("empty.txt", Data())
        try put("blank.txt", Data("  \n\t\n".utf8))
        try put("binary.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]))
        try put("nul.txt", Data("Headline\n\nText\u{0}more".utf8))
        try put("latin1.txt", Data("Caf".utf8) + Data([0xE9]) + Data(" story\n".utf8))
        try put("junk.txt", Data("{{^userSubscribed}} {{/userSubscribed}}\nAdvertisement\n".utf8))
        try put("huge.txt", Data(repeating: 0x61, count: 20 * 1024 * 1024))
        try put("bom-crlf.txt", Data([0xEF, 0xBB, 0xBF]) + Data("S-400 Arrives\r\n\r\nThe first S-400 unit arrived.\r\n".utf8))
        try put("good.txt", Data("AUKUS Worries Moscow\n\nLavrov criticised AUKUS.\n".utf8))

        let collected = fixture.collect([folder.path])
        let result = fixture.importer.importAll(collected.records, options: .init())
        let failed = (collected.problems + result.problems).map(\.file).map { ($0 as NSString).lastPathComponent }
        #expect(Set(failed) == ["empty.txt", "blank.txt", "binary.txt", "nul.txt", "latin1.txt", "junk.txt", "huge.txt"])
        #expect(failed.count == 7, "one line per bad file")
        let messages = (collected.problems + result.problems).map(\.description)
        #expect(messages.contains { $0.contains("latin1.txt:1: error: invalid UTF-8 at byte 3") })
        #expect(messages.contains { $0.contains("huge.txt") && $0.contains("too large") })
        #expect(result.outcomes.map(\.file).sorted() == ["content/articles/aukus-worries-moscow.md", "content/articles/s-400-arrives.md"])
        let bom = try fixture.entry(result.outcomes.first { $0.input == "bom-crlf.txt" }!)
        #expect(bom.title == "S-400 Arrives")
        #expect(!bom.body.contains("\r"))
    }

    @Test func recordsFromJSONLinesJSONAndCSV() throws {
        let fixture = try ImportFixture()
        defer { fixture.site.remove() }
        try fixture.site.write("in/feed.jsonl", """
        {"Headline": "Lavrov Hails S-400 Deal", "Body": "Lavrov hailed the deal.", "URL": "https://example.com/a", "published_at": "2021-12-06T09:30:00Z", "source": {"name": "HT"}, "authors": ["A. Writer"]}
        not json
        {"title": "No text here"}

        """)
        try fixture.site.write("in/feed.json", #"[{"title": "AK-203 Order Placed", "content": "The AK-203 order was placed.", "date": "December 6, 2021", "site": "Republic"}]"#)
        try fixture.site.write("in/sheet.csv", "title,text,outlet,date,url\n\"CAATSA, Again\",\"The US weighs CAATSA.\nA second line.\",NDTV,06 Dec 2021,https://example.com/c\n")
        let collected = fixture.collect([fixture.site.root.appendingPathComponent("in").path])
        #expect(collected.problems.count == 2)
        #expect(collected.problems.contains { $0.line == 2 && $0.message.contains("not a JSON object") })
        #expect(collected.problems.contains { $0.line == 3 && $0.message.contains("no article text") })
        let result = fixture.importer.importAll(collected.records, options: .init())
        #expect(result.problems.isEmpty)
        let entries = try result.outcomes.map(fixture.entry)
        let lavrov = try #require(entries.first { $0.title == "Lavrov Hails S-400 Deal" })
        #expect(lavrov.date?.iso == "2021-12-06" && lavrov.source == "HT" && lavrov.url == "https://example.com/a")
        #expect(lavrov.author == "A. Writer" && lavrov.importedFrom == "feed.jsonl#1")
        let ak = try #require(entries.first { $0.title == "AK-203 Order Placed" })
        #expect(ak.date?.iso == "2021-12-06" && ak.source == "Republic" && ak.topics == ["AK-203"])
        let caatsa = try #require(entries.first { $0.title == "CAATSA, Again" })
        #expect(caatsa.source == "NDTV" && caatsa.date?.iso == "2021-12-06" && caatsa.url == "https://example.com/c")
    }

    @Test(arguments: ["csv", "yml"])
    func aManifestGivesOutletDateAndURLPerFile(_ kind: String) throws {
        let fixture = try ImportFixture()
        defer { fixture.site.remove() }
        try fixture.site.write("batch/one.txt", "S-400 Arrives\n\nThe first S-400 unit arrived.")
        try fixture.site.write("batch/two.txt", "AUKUS Worries Moscow\n\nLavrov criticised AUKUS.")
        let manifest = kind == "csv"
            ? "file,outlet,date,url\none.txt,The Hindu,2021-12-14,https://example.com/one\n"
            : "- file: one.txt\n  outlet: The Hindu\n  date: 2021-12-14\n  url: https://example.com/one\n"
        try fixture.site.write("batch/manifest.\(kind)", manifest)
        let collected = fixture.collect([fixture.site.root.appendingPathComponent("batch").path])
        #expect(collected.problems.isEmpty)
        #expect(collected.records.count == 2, "the manifest is not imported as a clipping")
        let result = fixture.importer.importAll(collected.records, options: .init())
        let one = try fixture.entry(try #require(result.outcomes.first { $0.input == "one.txt" }))
        #expect(one.source == "The Hindu" && one.date?.iso == "2021-12-14" && one.url == "https://example.com/one")
        let two = try fixture.entry(try #require(result.outcomes.first { $0.input == "two.txt" }))
        #expect(two.source.isEmpty && two.date == nil && two.url.isEmpty)
    }

    @Test func flagsWinAndNothingIsInvented() throws {
        let fixture = try ImportFixture()
        defer { fixture.site.remove() }
        let record = ImportRecord(name: "r.txt", text: "Published: 7 December 2021\nHeadline Here\n\nText about CAATSA.",
                                  date: "yesterday", source: "Wire")
        let plain = fixture.run([record]) { $0.dryRun = true }.outcomes[0]
        #expect(plain.review.contains { $0.contains("'yesterday' is not a date") })
        let entry = fixture.run([record]).outcomes[0]
        #expect(try fixture.entry(entry).date?.iso == "2021-12-07", "the text's explicit date, not the unreadable record date")
        let flagged = fixture.run([record]) { $0.force = true; $0.outlet = "Flag Outlet"; $0.date = PublicationDate(iso: "2021-12-01") }
        let article = try fixture.entry(flagged.outcomes[0])
        #expect(article.source == "Flag Outlet" && article.date?.iso == "2021-12-01")
    }
}
