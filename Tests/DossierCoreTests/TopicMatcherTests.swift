import Testing
@testable import DossierCore

@Suite("Topic matching")
struct TopicMatcherTests {
    let matcher = TopicMatcher(topics: [
        Topic(file: nil, name: "S-400", slug: "s-400", aliases: ["S400", "S 400", "S-400s"], body: ""),
        Topic(file: nil, name: "CAATSA", slug: "caatsa", aliases: ["Countering America's Adversaries Through Sanctions Act"], body: ""),
        Topic(file: nil, name: "AK-203", slug: "ak-203", aliases: [], body: ""),
    ])

    @Test(arguments: [
        "India buys the S-400.", "the s-400 deal", "S400 missiles", "the S 400 system", "buying S-400s",
        "S\u{2010}400 (Unicode hyphen)", "S\u{2011}400 (non-breaking hyphen)", "S\u{2013}400 (en dash)", "(S-400)",
    ])
    func findsEverySpelling(_ text: String) {
        #expect(matcher.topicSlugs(in: text) == ["s-400"])
    }

    @Test(arguments: ["S-4000 rockets", "XS-400 phone", "S-40 rifles", "AS400 computer", "s-400x"])
    func respectsWordBoundaries(_ text: String) {
        #expect(matcher.topicSlugs(in: text).isEmpty)
    }

    @Test func apostropheVariantsAndCase() {
        #expect(matcher.topicSlugs(in: "under the Countering America’s Adversaries Through Sanctions Act") == ["caatsa"])
        #expect(matcher.topicSlugs(in: "COUNTERING AMERICA'S ADVERSARIES THROUGH SANCTIONS ACT") == ["caatsa"])
        #expect(matcher.topicSlugs(in: "Countering Americas Adversaries Through Sanctions Act").isEmpty)
    }

    @Test func reportsEveryTopicInOrderOfFirstMention() {
        let text = "The AK-203 order came alongside the S-400 deal, despite CAATSA and AK-203 news."
        #expect(matcher.topicSlugs(in: text) == ["ak-203", "s-400", "caatsa"])
    }

    @Test func rangesPointIntoTheOriginalText() {
        let text = "Typographic “quotes” then S‐400s here"
        let match = try! #require(matcher.matches(in: text).first)
        #expect(text[match.range] == "S‐400s")
        #expect(match.alias == "S-400s")
    }

    @Test func passageIsTheSentenceAroundTheMention() {
        let text = "First sentence. The deal for S-400 systems is being implemented, he said. Last one.\n\nNext paragraph."
        let match = matcher.matches(in: text)[0]
        #expect(Passage.sentence(around: match.range, in: text).text == "The deal for S-400 systems is being implemented, he said.")
    }

    @Test func passageStopsAtParagraphsAndClosingQuotes() {
        let text = "Intro\n\n“The S-400 deal has meaning.” Lavrov said."
        let match = matcher.matches(in: text)[0]
        #expect(Passage.sentence(around: match.range, in: text).text == "“The S-400 deal has meaning.”")
    }
}
