import Foundation
import Testing
@testable import DossierCore

/// The shortcuts taken for speed give exactly what the plain ways give, on random text that
/// mixes ASCII with the cases the shortcuts hand over: capitals, non-ASCII letters, odd
/// spaces, combining marks, possessives.
@Suite("Fast paths")
struct FastPathTests {
    static let pieces = ["a", "Z", "q", " ", "  ", "\n", "\t", "\u{00A0}", "\u{2009}", "é", "É", "\u{0301}", "“", "’s", "'s",
                         "Ä", "ß", "İ", "-", ".", "5", "🙂", "\r\n", "ǅ"]

    static func randomTexts(seed: UInt64, count: Int = 400) -> [String] {
        var random = SplitMix(seed: seed)
        return (0..<count).map { _ in (0..<random.int(0...24)).map { _ in random.pick(pieces) }.joined() }
    }

    /// Folded text built from UTF-8 bytes is the text of the folded scalars.
    @Test func foldedStringsMatchFoldedScalars() {
        for text in Self.randomTexts(seed: 19) + ["", "S\u{2010}400 – `S–400`", "America’s", "ÀÉÎ", "already folded"] {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: text.unicodeScalars.map(TextFolding.fold))
            #expect(TextFolding.foldedString(text) == String(scalars), "\(text.debugDescription)")
            #expect(Array(TextFolding.foldedString(text).unicodeScalars) == text.unicodeScalars.map(TextFolding.fold), "\(text.debugDescription)")
        }
    }

    @Test func characterCountsComparedByBytesMatchCounting() {
        for text in Self.randomTexts(seed: 23) + ["", "abcd", "abcde", "a\r\nbc", "e\u{0301}e\u{0301}e\u{0301}"] {
            for limit in 0...6 {
                #expect(text.characterCount(over: limit) == (text.count > limit), "\(text.debugDescription) over \(limit)")
            }
        }
    }

    @Test func asciiLowercasingMatchesLowercased() {
        for text in Self.randomTexts(seed: 11) + ["", "ABC", "already lower", "MiXeD 123"] {
            #expect(text.asciiFastLowercased == text.lowercased(), "\(text.debugDescription)")
        }
    }

    /// A page's fingerprint, read eight bytes at a time, sees every byte: each prefix of a page
    /// and each one-byte change (in the words and in the tail) gives another value.
    @Test func pageFingerprintsSeeEveryByte() {
        let page = Data("<p>The S-400 deal is worth $5.43 billion, officials said.</p>\n".utf8)
        var seen: Set<UInt64> = []
        for length in 0...page.count { seen.insert(ContentHash.pageFingerprint(page.prefix(length))) }
        for index in page.indices {
            var changed = page
            changed[index] ^= 0x20
            seen.insert(ContentHash.pageFingerprint(changed))
        }
        #expect(seen.count == 2 * page.count + 1)
        #expect(ContentHash.pageFingerprint(page) == ContentHash.pageFingerprint(Data(page)))
    }

    /// Where two strings' sort prefixes differ, they order as the strings do; a string whose
    /// first seventeen bytes are not all ASCII has none. Short ASCII pieces, so many prefixes
    /// tie and many differ, some followed by curly quotes or a combining accent (which joins
    /// the letter before it: "e" and U+0301 equal "é").
    @Test func asciiSortPrefixesOrderAsStrings() {
        var random = SplitMix(seed: 15)
        let ascii = ["a", "b", "Z", " ", "\u{0}", "~", "ab", "aaaaaaaa", "\n", "e"]
        let tails = ["", "", "\u{301}", "\u{201C}", "é", "b\u{2019}"]
        let texts = (0..<300).map { _ in (0..<random.int(0...12)).map { _ in random.pick(ascii) }.joined() + random.pick(tails) }
            + ["aaaaaaaaaaaaaaae\u{301}", "aaaaaaaaaaaaaaa\u{E9}", "aaaaaaaaaaaaaaaf", "aaaaaaaaaaaaaaa"] + Self.randomTexts(seed: 16, count: 100)
        var decided = 0
        for a in texts {
            #expect((a.asciiSortPrefix == nil) == a.utf8.prefix(17).contains { $0 >= 0x80 }, "\(a.debugDescription)")
            for b in texts.prefix(60) + texts.suffix(104) {
                guard let left = a.asciiSortPrefix, let right = b.asciiSortPrefix, left != right else { continue }
                decided += 1
                #expect((left < right) == (a < b), "\(a.debugDescription) against \(b.debugDescription)")
            }
        }
        #expect(decided > 1_000)
    }

    /// Figure groups order their figures by counting distinct values: the order of a sort on
    /// (value, position), for groups of one value, of all distinct values, and in between.
    @Test func figuresOrderedByCountingAsBySorting() {
        var random = SplitMix(seed: 21)
        for _ in 0..<200 {
            let choices = [5.4, 6.1, 0, -0.0, 1e9, -3, 5.4000001, .infinity].prefix(random.int(1...8))
            let values = (0..<random.int(0...60)).map { _ in random.pick(Array(choices)) }
            let sorted = values.indices.sorted { (values[$0], $0) < (values[$1], $1) }
            #expect(FigureGroup.order(byValue: values) == sorted, "\(values)")
        }
        // Hundreds of distinct values among thousands of figures, as in a large group.
        for _ in 0..<20 {
            let values = (0..<random.int(100...3_000)).map { _ in Double(random.int(-400...400)) * [1, 0.5, 1e6][random.int(0...2)] }
            let sorted = values.indices.sorted { (values[$0], $0) < (values[$1], $1) }
            #expect(FigureGroup.order(byValue: values) == sorted)
        }
    }

    @Test func bytewiseContainsMatchesContains() {
        var random = SplitMix(seed: 12)
        for text in Self.randomTexts(seed: 13) {
            let word = (0..<random.int(0...3)).map { _ in random.pick(["a", "q", " ", "é", "’s", "5"]) }.joined()
            let expected = word.isEmpty || text.utf8.count >= word.utf8.count && (0...(text.utf8.count - word.utf8.count)).contains {
                Array(text.utf8)[$0..<($0 + word.utf8.count)].elementsEqual(word.utf8)
            }
            #expect(text.containsBytes(of: word) == expected, "\(text.debugDescription) ∋ \(word.debugDescription)")
        }
    }

    /// The deal-word check on a sentence folds ASCII capitals in place; lower-casing the
    /// whole sentence first gives the same answers, for sentences with other capitals too.
    @Test func caseFoldedContainsMatchesLowercasedContains() {
        var random = SplitMix(seed: 17)
        let words = ArticleExtraction.dealWords
        let texts = Self.randomTexts(seed: 18) + (0..<300).map { _ in
            (0..<random.int(1...6)).map { _ in random.pick(Self.pieces + ["DEAL", "Order", "ordered", "PRİCE", "Sale", "cost", "ﬁ", "K", "\u{212A}"]) }.joined()
        }
        var found = 0
        for text in texts {
            let expected = words.contains(where: text.lowercased().containsBytes(of:))
            if expected { found += 1 }
            #expect(text.containsIgnoringASCIICase(anyOf: words) == expected, "\(text.debugDescription)")
        }
        #expect(found > 50)
    }

    /// A passage side already squashed is returned as is; any other goes the Character way.
    @Test func squashingMatchesSplittingCharacters() {
        for text in Self.randomTexts(seed: 14) + ["one two", " lead", "trail ", "a \u{0301}b", "x  y", " \u{0301}x", "  a b  ", "x \u{0301}"] {
            let expected = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(Passage.squash(Substring(text)) == expected, "\(text.debugDescription)")
        }
    }

    /// Each token's word-list entries, looked up once, agree with asking every list.
    @Test func tokenLexiconAgreesWithTheLists() {
        let words = Array(PeopleIndex.speechVerbs) + Array(PeopleIndex.titleWords) + Array(PeopleIndex.notNames)
            + Array(EventExtractor.actions.keys) + Array(EventExtractor.eventNouns) + Array(NumberWords.months.keys)
            + ["Lavrov's", "Monday’s", "signed", "Said", "TODAY", "walked", "bed", "sacred", "two", "Twenty"]
        let text = words.joined(separator: " ") + " " + Self.randomTexts(seed: 15, count: 50).joined(separator: " ")
        for token in WordToken.tokens(Array(text.unicodeScalars)) where token.kind == .word {
            let bare = PeopleIndex.stripPossessive(token.lower)
            func check(_ entry: Lexicon, _ expected: Bool, of word: String, in lexicon: Lexicon) {
                #expect(lexicon.contains(entry) == expected, "\(word) \(entry)")
            }
            check(.speechVerb, PeopleIndex.speechVerbs.contains(token.lower), of: token.lower, in: token.lexicon)
            check(.titleWord, PeopleIndex.titleWords.contains(token.lower), of: token.lower, in: token.lexicon)
            check(.officeWord, PeopleIndex.officeWords.contains(token.lower), of: token.lower, in: token.lexicon)
            check(.organisationWord, PeopleIndex.organisationWords.contains(token.lower), of: token.lower, in: token.lexicon)
            check(.month, NumberWords.months[token.lower] != nil, of: token.lower, in: token.lexicon)
            check(.numberWord, NumberWords.small[token.lower] != nil, of: token.lower, in: token.lexicon)
            check(.notName, PeopleIndex.notNames.contains(bare), of: bare, in: token.bareLexicon)
            check(.eventNoun, EventExtractor.eventNouns.contains(bare), of: bare, in: token.bareLexicon)
            check(.action, EventExtractor.actions[bare] != nil, of: bare, in: token.bareLexicon)
            check(.relativeWord, EventExtractor.relativeWords.contains(bare), of: bare, in: token.bareLexicon)
            let happens = EventExtractor.actions[bare] != nil || EventExtractor.pastTense.contains(bare) || (bare.count > 4 && bare.hasSuffix("ed"))
            check(.happening, happens, of: bare, in: token.bareLexicon)
        }
    }

    /// Possessives are cut by bytes, and scalars decoded in one pass, as the plain ways do it.
    @Test func possessivesAndScalarsMatchThePlainWays() {
        for text in Self.randomTexts(seed: 23) + ["Russia's", "Lavrov’s", "'s", "’s", "s", "as", "a's", "Bus", "é's"] {
            let bytes = Array(text.utf8)
            let cut = bytes.count > 2 && bytes.suffix(2) == Array("'s".utf8) || bytes.count > 4 && bytes.suffix(4) == Array("’s".utf8)
            #expect(PeopleIndex.stripPossessive(text) == (cut ? String(text.dropLast(2)) : text), "\(text.debugDescription)")
            #expect(ArticleText.scalars(of: text) == Array(text.unicodeScalars), "\(text.debugDescription)")
        }
    }

    /// Each token's name flag, set when it is read, is what asking of the token gives.
    @Test func tokenNameFlagAgreesWithTheNameRule() {
        let text = "Sergey Lavrov's aide, Mr S. Jaishankar, NATO and India’s É Éa Ab said " + Self.randomTexts(seed: 22, count: 80).joined(separator: " ")
        var names = 0
        for token in WordToken.tokens(Array(text.unicodeScalars)) {
            #expect(token.isNameWord == PeopleIndex.looksLikeName(token), "\(token.text.debugDescription)")
            if token.isNameWord { names += 1 }
        }
        #expect(names >= 4)
    }

    /// Mentions found in a paragraph's scalars stand where the string search finds them.
    @Test func scalarMentionsMatchStringMatches() {
        let matcher = TopicMatcher(topics: [
            Topic(file: nil, name: "S-400", slug: "s-400", aliases: ["S-400", "S‐400 Triumf", "Triumf"], body: ""),
            Topic(file: nil, name: "Ä", slug: "a", aliases: ["Äé", "é"], body: ""),
        ])
        var random = SplitMix(seed: 16)
        for _ in 0..<300 {
            let text = (0..<random.int(0...12)).map { _ in random.pick(["S-400", "s‐400 triumf", "triumf", "Äé", "É", "x", " ", "S-4000", "é\u{0301}", "🙂"]) }.joined()
            let expected = matcher.matches(in: text).map { (text.unicodeScalars.distance(from: text.startIndex, to: $0.range.lowerBound), $0.topicSlug) }
            let found = matcher.mentions(in: Array(text.unicodeScalars))
            #expect(found.map(\.offset) == expected.map(\.0) && found.map(\.slug) == expected.map(\.1), "\(text.debugDescription)")
        }
    }

    /// Passing over words on their first two letters finds what trying every alias finds.
    @Test func pairSkippingFindsWhatTryingEveryAliasFinds() {
        let topics = [
            Topic(file: nil, name: "S-400", slug: "s-400", aliases: ["S-400", "S 400", "S‐400 Triumf", "Triumf", "S"], body: ""),
            Topic(file: nil, name: "CAATSA", slug: "caatsa", aliases: ["CAATSA", "Countering America’s Adversaries"], body: ""),
            Topic(file: nil, name: "Ä", slug: "a", aliases: ["Äé", "é", "aé", "a"], body: ""),
        ]
        let fast = TopicMatcher(topics: topics), plain = TopicMatcher(topics: topics, skipsByPairs: false)
        var random = SplitMix(seed: 19)
        var found = 0
        for _ in 0..<400 {
            let text = (0..<random.int(0...14)).map { _ in
                random.pick(["S-400", "s 400", "S‐400 triumf", "Triumf", "caatsa", "countering america's adversaries", "Äé", "aÉ", "A",
                             "S", "s4", "x", " ", ", ", "S-4000", "é\u{0301}", "🙂", "\n"])
            }.joined()
            let expected = plain.matches(in: text)
            found += expected.count
            #expect(fast.matches(in: text) == expected, "\(text.debugDescription)")
            #expect(fast.mentions(in: Array(text.unicodeScalars)).map(\.offset) == plain.mentions(in: Array(text.unicodeScalars)).map(\.offset))
        }
        #expect(found > 400)
    }

    /// Syndication signatures read by byte hash the words that reading scalars hashes.
    @Test func signaturesReadByByteMatchTheScalarWay() {
        func words(_ text: String) -> [UInt64] {
            var words: [UInt64] = [], hash: UInt64 = 0xcbf29ce484222325, inWord = false
            for scalar in text.unicodeScalars {
                if TextFolding.isWordCharacter(scalar) {
                    hash = (hash ^ UInt64(TextFolding.fold(scalar).value)) &* 0x100000001b3
                    inWord = true
                } else if inWord {
                    words.append(hash)
                    (hash, inWord) = (0xcbf29ce484222325, false)
                }
            }
            return inWord ? words + [hash] : words
        }
        var random = SplitMix(seed: 20)
        var signed = 0
        for text in Self.randomTexts(seed: 21) {
            // Enough words for shingles: the random pieces with word breaks between them.
            let long = (0..<random.int(0...8)).map { _ in text + " " + random.pick(["Word", "wORD", "x", "12", "É"]) }.joined(separator: " ")
            let expected: [UInt64]
            let hashes = words(long)
            if hashes.count < Syndication.shingleWords {
                expected = []
            } else {
                var minima = [UInt64](repeating: .max, count: Syndication.bins)
                for start in 0...(hashes.count - Syndication.shingleWords) {
                    let shingle = hashes[start..<(start + Syndication.shingleWords)].reduce(0) { SplitMix.mix($0 ^ $1) }
                    minima[Int(shingle % UInt64(Syndication.bins))] = min(minima[Int(shingle % UInt64(Syndication.bins))], shingle / UInt64(Syndication.bins))
                }
                expected = minima
                signed += 1
            }
            #expect(Syndication.signature(long) == expected, "\(long.debugDescription)")
        }
        #expect(signed > 100)
    }

    /// Quote words split by byte agree with splitting Characters, and shingles hash as if joined.
    @Test func quoteWordsAndShinglesMatchTheCharacterWay() {
        for text in Self.randomTexts(seed: 17) + ["Don't & won't", "''", "a-b c.d", "S-400 is 'ready'"] {
            let folded = TextFolding.foldedString(text.utf8.contains(UInt8(ascii: "&")) ? text.replacingOccurrences(of: "&", with: " and ") : text)
            let expected = folded.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'") }).map { String($0.filter { $0 != "'" }) }
            #expect(QuoteGrouper.normalisedWords(text) == expected, "\(text.debugDescription)")
            let shingles = expected.count < 3 ? Set(expected.map { ContentHash.value($0.utf8) })
                : Set((0...(expected.count - 3)).map { ContentHash.value(expected[$0..<($0 + 3)].joined(separator: " ").utf8) })
            #expect(QuoteGrouper.shingles(text) == shingles.sorted(), "\(text.debugDescription)")
        }
    }
}
