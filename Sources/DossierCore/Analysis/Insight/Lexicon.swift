/// What the extractors ask of a word, answered once when a paragraph is split into tokens
/// (`WordToken.lexicon`): otherwise every word of every article is hashed again for each
/// word list each extractor checks. The lists themselves stay with the extractors that
/// own them; this only indexes them.
struct Lexicon: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let speechVerb = Lexicon(rawValue: 1 << 0)
    static let titleWord = Lexicon(rawValue: 1 << 1)
    static let officeWord = Lexicon(rawValue: 1 << 2)
    static let organisationWord = Lexicon(rawValue: 1 << 3)
    static let notName = Lexicon(rawValue: 1 << 4)
    static let eventNoun = Lexicon(rawValue: 1 << 5)
    /// A verb class of `EventExtractor.actions`.
    static let action = Lexicon(rawValue: 1 << 6)
    /// Something happens: an action, an irregular past tense, or a word of more than four
    /// letters ending in "ed" (computed from the word's shape, not a list).
    static let happening = Lexicon(rawValue: 1 << 7)
    /// The word a relative date turns on: a weekday, "today", "yesterday", "last", "following".
    static let relativeWord = Lexicon(rawValue: 1 << 8)
    static let month = Lexicon(rawValue: 1 << 9)
    /// A number written as a word (`NumberWords.small`).
    static let numberWord = Lexicon(rawValue: 1 << 10)
    /// `FigureExtractor`'s lists: scales, currencies, units and the words around counted nouns.
    static let scale = Lexicon(rawValue: 1 << 11)
    static let currencyCode = Lexicon(rawValue: 1 << 12)
    static let currencyWord = Lexicon(rawValue: 1 << 13)
    static let dollarCountry = Lexicon(rawValue: 1 << 14)
    static let unit = Lexicon(rawValue: 1 << 15)
    static let nounStop = Lexicon(rawValue: 1 << 16)
    static let irregularPlural = Lexicon(rawValue: 1 << 17)
    static let notPlural = Lexicon(rawValue: 1 << 18)
    /// The last word of a qualifier ("more than", "about").
    static let qualifierEnd = Lexicon(rawValue: 1 << 19)

    /// The entries of a lower-cased word.
    static func of(_ lower: String) -> Lexicon {
        var found = table[lower] ?? []
        if found.contains(.action) || lower.utf8.last == UInt8(ascii: "d") && lower.characterCount(over: 4) && lower.hasSuffix("ed") {
            found.insert(.happening)
        }
        return found
    }

    private static let table = WordTable(entries)

    private static let entries: [String: Lexicon] = {
        var table: [String: Lexicon] = [:]
        func add<Words: Sequence>(_ words: Words, _ entry: Lexicon) where Words.Element == String {
            for word in words { table[word, default: []].insert(entry) }
        }
        add(PeopleIndex.speechVerbs, .speechVerb)
        add(PeopleIndex.titleWords, .titleWord)
        add(PeopleIndex.officeWords, .officeWord)
        add(PeopleIndex.organisationWords, .organisationWord)
        add(PeopleIndex.notNames, .notName)
        add(EventExtractor.eventNouns, .eventNoun)
        add(EventExtractor.actions.keys, .action)
        add(EventExtractor.pastTense, .happening)
        add(EventExtractor.relativeWords, .relativeWord)
        add(NumberWords.months.keys, .month)
        add(NumberWords.small.keys, .numberWord)
        add(NumberWords.scales.keys, .scale)
        add(FigureExtractor.currencyCodes.keys, .currencyCode)
        add(FigureExtractor.currencyWords.keys, .currencyWord)
        add(FigureExtractor.dollarCountries.keys, .dollarCountry)
        add(FigureExtractor.units.keys, .unit)
        add(FigureExtractor.nounStops, .nounStop)
        add(FigureExtractor.irregularPlurals.keys, .irregularPlural)
        add(FigureExtractor.notPlural, .notPlural)
        add(FigureExtractor.qualifierWords.compactMap(\.1.last), .qualifierEnd)
        return table
    }()
}
