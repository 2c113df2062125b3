import Foundation
import Testing
@testable import DossierCore

/// The extractors on the patterns the issue names, one sentence or paragraph at a time.
@Suite("Quote, figure and date extraction")
struct InsightExtractorTests {
    static func figures(_ sentence: String) -> [FigureExtractor.Found] {
        FigureExtractor.figures(in: Array(sentence.unicodeScalars))
    }

    @Test(arguments: [
        ("the $5.4-billion deal", 5.4e9, "USD"),
        ("at USD 5 billion.", 5e9, "USD"),
        ("worth $4.5 billion", 4.5e9, "USD"),
        ("at a cost of ₹5,100 crore", 5.1e10, "INR"),
        ("around Rs 5000 crore.", 5e10, "INR"),
        ("Rs. 2.5 lakh per rifle", 2.5e5, "INR"),
        ("US$ 800 million in 2019", 8e8, "USD"),
        ("7.8 billion euros", 7.8e9, "EUR"),
        ("€ 7.8 billion", 7.8e9, "EUR"),
        ("90 billion Australian dollars", 9e10, "AUD"),
    ])
    func money(sentence: String, value: Double, currency: String) {
        let found = Self.figures(sentence)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.kind == .money)
        #expect(found.first?.value == value)
        #expect(found.first?.unit == currency)
    }

    @Test(arguments: [
        ("procurement of 6,01,427 7.63 x 39mm assault rifles AK-203", 601427.0, "rifle"),
        ("more than 600,000 AK-203 assault rifles", 600000.0, "rifle"),
        ("five units of the S-400 air defence missile systems", 5.0, "unit"),
        ("7.5 lakh rifles for the army", 750000.0, "rifle"),
        ("from up to 400 km, thus", 400.0, "km"),
        ("a 12% share", 12.0, "percent"),
        ("15 per cent of the value", 15.0, "percent"),
        ("The 10-year pact was renewed", 10.0, "years"),
    ])
    func countsAndQuantities(sentence: String, value: Double, unit: String) {
        let found = Self.figures(sentence)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.value == value)
        #expect(found.first?.unit == unit)
    }

    @Test(arguments: [
        "the first-ever India-Russia '2+2' ministerial dialogue",
        "the S-400, the AK-203, the F-35 and the MiG-29",
        "the Agreement on Program for Military-Technical Cooperation from 2021-2031",
        "at the 20th meeting of the commission",
        "It was signed in 2018 and announced on 6 December 2021.",
        "relations between the two countries",
        "the 7.62 x 39mm cartridge",
        "one of them said, in October 2016",
    ])
    func numbersThatAreNotFigures(sentence: String) {
        #expect(Self.figures(sentence).isEmpty, "\(Self.figures(sentence))")
    }

    @Test func quantifiersAreKeptApartFromTheValue() {
        let found = Self.figures("India will get more than 600,000 rifles at around Rs 5000 crore")
        #expect(found.map(\.qualifier) == ["more than", "around"])
    }

    /// A figure's copies share what it read; a correction changes the corrected copy only,
    /// and equality sees the measure and the flag.
    @Test func aCorrectedFigureLeavesItsCopiesAsTheyWere() {
        let read = Figure(articleSlug: "a", kind: .money, text: "$5.4 billion", value: 5.4e9, unit: "USD", qualifier: "",
                          measure: "S-400 deal value", topicSlug: "s-400", sentence: "The deal is worth $5.4 billion.")
        var corrected = read
        #expect(corrected == read)
        corrected.measure = "S-400 first instalment"
        corrected.corrected = true
        #expect(read.measure == "S-400 deal value" && !read.corrected)
        #expect(corrected.measure == "S-400 first instalment" && corrected.corrected)
        #expect((corrected.text, corrected.value, corrected.sentence) == (read.text, read.value, read.sentence))
        #expect(corrected != read)
        var renamed = read
        renamed.measure = "S-400 first instalment"
        #expect(renamed != read && !renamed.corrected)
        var flagged = read
        flagged.corrected = true
        #expect(flagged != read && flagged.measure == read.measure)
        #expect(Set([read, renamed, flagged, corrected]).count == 4)
    }

    static func events(_ sentence: String, published: String? = nil) -> [String] {
        var extractor = EventExtractor(published: published.flatMap { PublicationDate(iso: $0) })
        return extractor.events(in: Array(sentence.unicodeScalars)).map(\.date.description)
    }

    @Test func absoluteDates() {
        #expect(Self.events("It was announced on 6 December 2021 in Delhi.") == ["2021-12-06"])
        #expect(Self.events("It was announced on December 6, 2021 in Delhi.") == ["2021-12-06"])
        #expect(Self.events("The statement is dated 2021-12-06.") == ["2021-12-06"])
        #expect(Self.events("The agreement was reached in October 2016.") == ["2016-10"])
        #expect(Self.events("A purchase agreement was signed in 2015 and the deal was finalised in 2018.") == ["2015", "2018"])
        #expect(Self.events("Russia's annexation of Crimea in 2014 and meddling in the 2016 US presidential elections.") == ["2014", "2016"])
    }

    @Test func yearsNeedSomethingToHappen() {
        #expect(Self.events("The 2021-2031 programme covers defence.").isEmpty)
        #expect(Self.events("India is a partner in 2018 terms.").isEmpty)
    }

    @Test func relativeDatesNeedThePublicationDate() {
        // 2021-12-06 was a Monday.
        #expect(Self.events("Shoigu on Monday opened up on the deal.", published: "2021-12-06") == ["2021-12-06"])
        #expect(Self.events("The talks were held on Friday.", published: "2021-12-06") == ["2021-12-03"])
        #expect(Self.events("Putin arrived yesterday.", published: "2021-12-07") == ["2021-12-06"])
        #expect(Self.events("Putin visits India today.", published: "2021-12-06") == ["2021-12-06"])
        #expect(Self.events("The first deliveries reached India last month.", published: "2021-12-06") == ["2021-11"])
        #expect(Self.events("The US said in November it had not decided.", published: "2021-12-06") == ["2021-11"])
        #expect(Self.events("The US said in December it had not decided.", published: "2022-03-01") == ["2021-12"])
        #expect(Self.events("Shoigu on Monday opened up on the deal.").isEmpty, "no publication date: not guessed")
    }

    @Test func theFollowingYearCountsFromTheDateJustRead() {
        var extractor = EventExtractor(published: nil)
        _ = extractor.events(in: Array("The agreement was reached in October 2016.".unicodeScalars))
        #expect(extractor.events(in: Array("The following summer, the US passed CAATSA.".unicodeScalars)).map(\.date.description) == ["2017"])
    }

    static func quotes(_ text: String) -> [(String, String?)] {
        let articleText = ArticleText(plainText: text)
        let people = PeopleIndex(text: articleText)
        return QuoteScanner.quotes(in: articleText).map { span in
            let speaker: String?
            switch Attribution.speaker(of: span, in: articleText, people: people) {
            case .person(let name), .other(let name): speaker = name
            case .role(let office, _, let nearest): speaker = nearest ?? office
            case .unknown: speaker = nil
            }
            return (QuoteScanner.text(of: span, in: articleText), speaker)
        }
    }

    @Test func speakersFromTheSentencePatterns() {
        let text = """
        Russian Foreign Minister Sergey Lavrov met Defence Minister Rajnath Singh on Monday.

        “We witnessed attempts on the part of the United States,” Lavrov was quoted as saying.

        “Our Indian friends clearly and firmly explained it,” said Lavrov.

        According to Rajnath Singh, “the deliveries are on time and on budget.”

        He added, “We will decide whose weapons to buy.”

        The minister said the deal "has a very important practical meaning" for India.
        """
        let found = Self.quotes(text)
        #expect(found.map(\.1) == ["Sergey Lavrov", "Sergey Lavrov", "Rajnath Singh", "Rajnath Singh", "Rajnath Singh"], "\(found)")
    }

    @Test func splitQuoteIsOneQuotation() {
        let found = Self.quotes("“The deal is not only symbolic,” Lavrov said, “it has a very practical meaning.”")
        #expect(found.count == 1)
        #expect(found.first?.0 == "The deal is not only symbolic, it has a very practical meaning.")
        #expect(found.first?.1 == "Lavrov")
    }

    @Test func quoteRunningIntoTheNextParagraphIsOneQuotation() {
        let text = """
        Dmitry Shugaev said: “The first deliveries have already started, and the equipment is arriving on time.

        “We see no obstacles to completing the contract as planned,” he said.
        """
        let found = Self.quotes(text)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.0.hasSuffix("completing the contract as planned,") == true)
        #expect(found.first?.1 == "Dmitry Shugaev")
    }

    @Test func pronounGoesToTheNearestNamedPerson() {
        let text = """
        External Affairs Minister S Jaishankar welcomed Sergey Lavrov. Lavrov spoke after him. “We share the view that the Taliban must deliver,” he said.
        """
        #expect(Self.quotes(text).first?.1 == "Sergey Lavrov")
    }

    @Test func shortTermsAndTitlesAreNotQuotations() {
        let text = """
        India's policy of “strategic autonomy” was described in "India-US Relations: Issues for Congress", a report.
        """
        #expect(Self.quotes(text).isEmpty)
    }

    @Test func groupingToleratesSmallChangesButNotOtherQuotes() {
        func quote(_ slug: String, _ text: String) -> Quotation {
            Quotation(articleSlug: slug, text: text, speaker: "Sergey Lavrov", speakerIsPerson: true)
        }
        let quotes = [
            quote("a", "Our Indian friends clearly and firmly explained that they are a sovereign country and they will decide whose weapons to buy"),
            quote("b", "Our Indian friends clearly & firmly explained that they are a sovereign country & they will decide whose weapons to buy"),
            quote("c", "Our Indian friends clearly and firmly explained that they are a sovereign nation"),
            quote("d", "We witnessed attempts on the part of the United States to undermine this cooperation"),
        ]
        let groups = QuoteGrouper.groups(quotes, topics: Array(repeating: [], count: quotes.count))
        let members = Set(groups.map { Set($0.quotations.map(\.articleSlug)) })
        #expect(members == [["a", "b", "c"], ["d"]])
    }

    @Test func syndicatedCopiesClusterAndOtherArticlesDoNot() {
        var random = SplitMix(seed: 7)
        let vocabulary = (0..<400).map { "word\($0)" }
        func text(_ count: Int) -> [String] { (0..<count).map { _ in random.pick(vocabulary) } }
        let story = text(300)
        var copy = story
        copy[40] = "changed"
        copy.insert(contentsOf: ["an", "added", "sentence", "here"], at: 150)
        let texts = [story.joined(separator: " "), text(300).joined(separator: " "), copy.joined(separator: " "), text(300).joined(separator: " ")]
        #expect(Syndication.clusters(texts) == [[0, 2]])
    }
}

/// Clippings are messy: whatever the text, extraction must finish without trapping
/// (an index out of range would end the whole build).
@Suite("Insight extraction on random text")
struct InsightRandomTextTests {
    static let pieces = [
        "“", "”", "\"", "'", "‘", "’", " ", " ", " ", ",", ".", "?", "!", ":", "-", "—", "\n", "\n\n", "(", ")", "$", "₹", "€",
        "Rs", "Rs.", "USD", "US$", "A$", "5", "5.4", "6,01,427", "2018", "2021-12-06", "12%", "per", "cent", "crore", "lakh",
        "billion", "km", "10-year", "S-400", "2+2", "7.62", "x", "39mm", "20th", "on", "Monday", "yesterday", "last", "month",
        "the", "following", "summer", "in", "November", "October", "Dec.", "6,", "said", "told", "added", "according", "to",
        "he", "she", "Sergey", "Lavrov", "Minister", "Foreign", "Russia's", "Mr.", "S.K.", "Sharma", "signed", "five",
        "units", "rifles", "people", "who", "a", "an", "and", "é", "दिल्ली", "🙂", "\u{301}",
    ]

    @Test func everyTextFinishes() {
        var random = SplitMix(seed: 2026)
        let topics = [Topic(file: nil, name: "S-400", slug: "s-400", aliases: ["S-400"], body: "")]
        let matcher = TopicMatcher(topics: topics)
        var found = 0
        for round in 0..<1500 {
            let text = (0..<random.int(1...120)).map { _ in random.pick(Self.pieces) }.joined(separator: random.int(0..<3) == 0 ? "" : " ")
            let article = Article(file: "r\(round).md", slug: "r\(round)", title: "Random", date: PublicationDate(iso: "2021-12-06"), body: text)
            let extraction = ArticleExtraction(article, plainText: text, topicSlugs: ["s-400"], matcher: matcher, topicNames: ["s-400": "S-400"])
            found += extraction.quotes.count + extraction.figures.count + extraction.events.count
        }
        #expect(found > 0, "the random texts hold something to find")
    }
}
