/// The people an article names, where it names them, and the offices it ties to them
/// ("Russia's Defence Minister Sergey Shoigu"), so a quote's "he", "the minister" or bare
/// "Lavrov" resolves to one full name.
struct PeopleIndex: Sendable {
    /// An office tied to a person: "defence minister" of "russia" is Sergey Shoigu.
    struct Tie: Sendable, Hashable {
        var office: String
        var nationality: String?
        var name: String
    }

    /// Full names, in order of first appearance.
    private(set) var names: [String] = []
    /// (article offset, full name) for every mention, in text order.
    private(set) var mentions: [(offset: Int, name: String)] = []
    private(set) var ties: [(offset: Int, tie: Tie)] = []
    /// (article offset, name as written) where a person is the subject of a speech verb.
    private var speakers: [(offset: Int, written: String)] = []

    init(text: ArticleText) {
        var found: [(offset: Int, name: [String], tie: Tie?)] = []
        for paragraph in text.paragraphs {
            let tokens = paragraph.tokens
            // By index, reading fields in place: copying a token retains its strings, and this
            // runs on every word of every article.
            for index in tokens.indices where tokens[index].kind == .word {
                let isSpeechVerb = tokens[index].lexicon.contains(.speechVerb)
                if isSpeechVerb, index > 0, Self.isNameWord(tokens[index - 1]) {
                    speakers.append((paragraph.base + tokens[index - 1].start, Self.stripPossessive(tokens[index - 1].text)))
                }
                // "Australia's prime minister, Scott Morrison, said": the name after a comma.
                let nameStart = index + 1 < tokens.count && (tokens[index + 1].text == "," || tokens[index + 1].text == ".") ? index + 2 : index + 1
                if tokens[index].lexicon.contains(.titleWord), let name = Self.name(in: tokens, from: nameStart) {
                    let role = Self.role(in: tokens, endingAt: index)
                    found.append((paragraph.base + tokens[nameStart].start, name,
                                  role.map { Tie(office: $0.office, nationality: $0.nationality, name: name.joined(separator: " ")) }))
                } else if isSpeechVerb, index + 1 < tokens.count, Self.isNameWord(tokens[index + 1]) {
                    // "said Lavrov", "said S.K. Sharma" (initials kept with the surname).
                    var end = index + 1
                    while end < tokens.count, end < index + 4, Self.isNameWord(tokens[end]) || tokens[end].text == "." ||
                            (tokens[end].text.count == 1 && tokens[end].isCapitalized) { end += 1 }
                    let words = tokens[(index + 1)..<end].filter { $0.kind == .word }.map(\.text)
                    if let last = words.last, last.count > 1 { found.append((paragraph.base + tokens[index + 1].start, words, nil)) }
                } else if tokens[index].isNameWord, index == 0 || !(tokens[index - 1].kind == .word && tokens[index - 1].isCapitalized),
                          index + 1 < tokens.count, Self.isNameWord(tokens[index + 1]) {
                    // Two or three capitalised words that are not places or bodies: "Sergey Lavrov", "Joe Biden".
                    var end = index + 1
                    while end < tokens.count, end < index + 3, Self.isNameWord(tokens[end]) { end += 1 }
                    let words = tokens[index..<end]
                    if !words.contains(where: { $0.lexicon.contains(.organisationWord) }),
                       end >= tokens.count || !(tokens[end].kind == .word && tokens[end].isCapitalized) {
                        found.append((paragraph.base + tokens[index].start, words.map { Self.stripPossessive($0.text) }, nil))
                    }
                } else if isSpeechVerb, index > 0 {
                    // "Lavrov said": a capitalised subject of a speech verb is a person unless it is a place.
                    var first = index
                    while first > 0, first > index - 3, Self.isNameWord(tokens[first - 1]),
                          !tokens[first - 1].lexicon.contains(.titleWord) { first -= 1 }
                    if first < index {
                        found.append((paragraph.base + tokens[first].start, tokens[first..<index].map(\.text), nil))
                    }
                }
            }
        }
        for entry in found {
            let full = entry.name.joined(separator: " "), spaced = " " + full
            if !names.contains(where: { $0 == full || $0.hasSuffix(spaced) }) {
                // A longer spelling of a name seen short replaces it ("Lavrov", then "Sergey Lavrov").
                names.removeAll { full.hasSuffix(" " + $0) }
                names.append(full)
            }
            if let tie = entry.tie { ties.append((entry.offset, tie)) }
        }
        // Mentions: every occurrence of a known name's last word.
        let lastWords = Dictionary(names.map { (Self.lastWord($0), $0) }, uniquingKeysWith: { a, b in a.count >= b.count ? a : b })
        for paragraph in text.paragraphs {
            // Every name's words are capitalised (`isNameWord`), so only capitalised words can match.
            let tokens = paragraph.tokens
            for index in tokens.indices where tokens[index].kind == .word && tokens[index].isCapitalized {
                if let name = lastWords[Self.stripPossessive(tokens[index].text)] { mentions.append((paragraph.base + tokens[index].start, name)) }
            }
        }
    }

    /// The full name for a name as written ("Lavrov" → "Sergei Lavrov"), if the article names that person.
    func fullName(_ written: String) -> String? {
        let words = written.split(separator: " ").map(String.init)
        guard let last = words.last.map(Self.stripPossessive) else { return nil }
        return names.first { Self.lastWord($0) == last }
    }

    /// The person mentioned nearest before an offset (for "he", "she", or a standalone quote).
    func nearestPerson(before offset: Int) -> String? {
        mentions.last { $0.offset < offset }?.name
    }

    /// The person nearest before an offset who is said to speak: what "the envoy said" most
    /// likely points back to.
    func nearestSpeaker(before offset: Int) -> String? {
        speakers.last { $0.offset < offset }.flatMap { fullName($0.written) } ?? nearestPerson(before: offset)
    }

    /// The person this article ties to an office, the tie nearest before the offset first.
    func person(office: String, nationality: String?, before offset: Int) -> String? {
        let earlier = ties.filter { $0.offset < offset }.reversed().map(\.tie)
        // "the minister told reporters": of the ministers named, the one who has been speaking.
        if let speaker = nearestSpeaker(before: offset),
           let tie = earlier.first(where: { $0.name == speaker }), Self.pick([tie], office: office, nationality: nationality) != nil {
            return speaker
        }
        return Self.pick(earlier, office: office, nationality: nationality)
            ?? Self.pick(ties.map(\.tie), office: office, nationality: nationality)
    }

    /// Among ties in order of preference, one for this office, the same nationality first.
    static func pick(_ ties: [Tie], office: String, nationality: String?) -> String? {
        let matching = ties.filter { $0.office == office || $0.office.hasSuffix(" " + office) }
        if let nationality, let same = matching.first(where: { $0.nationality == nationality }) { return same.name }
        return matching.first(where: { nationality == nil || $0.nationality == nil })?.name
    }

    static func lastWord(_ name: String) -> String {
        String(name.split(separator: " ").last ?? "")
    }

    /// "Russia's" → "Russia", "Lavrov’s" → "Lavrov". Compares bytes: this runs on every word.
    static func stripPossessive(_ word: String) -> String {
        var text = word
        let apostrophe = text.withUTF8 { bytes -> Bool in
            let count = bytes.count
            guard count > 2, bytes[count - 1] == UInt8(ascii: "s") else { return false }
            // ’ is E2 80 99 in UTF-8.
            return bytes[count - 2] == UInt8(ascii: "'") || count > 4 && bytes[count - 4] == 0xE2 && bytes[count - 3] == 0x80 && bytes[count - 2] == 0x99
        }
        return apostrophe ? String(word.dropLast(2)) : word
    }

    /// Up to three capitalised words after a title: "Sergey Lavrov", "Ajay Bhatt", "S Jaishankar".
    private static func name(in tokens: [WordToken], from start: Int) -> [String]? {
        var end = start
        while end < tokens.count, end < start + 3, !tokens[end].lexicon.contains(.titleWord),
              isNameWord(tokens[end]) || isInitial(tokens[end]) && end + 1 < tokens.count && isNameWord(tokens[end + 1]) { end += 1 }
        guard end > start, isNameWord(tokens[end - 1]) else { return nil }
        var words = tokens[start..<end].map(\.text)
        words[words.count - 1] = stripPossessive(words[words.count - 1])
        return words
    }

    /// Whether the token can be a word of a person's name; worked out once per token (`WordToken.isNameWord`).
    static func isNameWord(_ token: WordToken) -> Bool { token.isNameWord }

    /// A capitalised word of two or more letters, not all capitals, that is not on the `notNames` list.
    static func looksLikeName(_ token: WordToken) -> Bool {
        guard token.kind == .word, token.isCapitalized, token.end - token.start > 1 else { return false }
        let isASCII = token.text.utf8.allSatisfy { $0 < 0x80 }
        guard isASCII || token.text.count > 1 else { return false }
        let bare = stripPossessive(token.text)
        guard !token.bareLexicon.contains(.notName) else { return false }
        // All-capital words are acronyms (US, NATO), not names.
        return isASCII ? bare.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } : bare.contains(where: \.isLowercase)
    }

    /// The office words before a title word, and the nationality before them:
    /// "Russia's Defence Minister" → ("defence minister", "russia").
    static func role(in tokens: [WordToken], endingAt titleIndex: Int) -> (office: String, nationality: String?)? {
        var start = titleIndex
        while start > 0, !tokens[start - 1].lexicon.isDisjoint(with: [.officeWord, .titleWord]) {
            start -= 1
        }
        let office = tokens[start...titleIndex].map(\.lower).filter { !honorifics.contains($0) }.joined(separator: " ")
        guard !office.isEmpty else { return nil }
        let nationality = start > 0 ? nationalities[stripPossessive(tokens[start - 1].lower)] : nil
        return (office, nationality)
    }

    static func isInitial(_ token: WordToken) -> Bool {
        token.kind == .word && token.text.count == 1 && token.isCapitalized
    }

    /// Words that make a run of capitals a body, not a person: "Indo-Russia Rifles Private Limited".
    static let organisationWords: Set<String> = [
        "rifles", "limited", "ltd", "private", "pvt", "forces", "force", "organisation", "organization", "cooperation",
        "commission", "council", "agency", "institute", "university", "ministry", "party", "corporation", "company",
        "bank", "fund", "group", "union", "nations", "assembly", "congress", "senate", "court", "committee", "treaty",
        "act", "summit", "dialogue", "strategy", "initiative", "alliance", "association", "bureau", "service",
        "services", "systems", "system", "industries", "technologies", "academy", "center", "centre", "office",
        "times", "express", "herald", "tribune", "today", "hindu", "mint", "standard", "wire", "world", "day",
        "program", "programme", "project", "plan", "zone", "sea", "ocean", "bay", "island", "islands", "gulf",
    ]

    /// Words that come before a name and say what the person is.
    static let titleWords: Set<String> = [
        "minister", "president", "secretary", "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy",
        "gen", "general", "chief", "admiral", "mr", "mrs", "ms", "dr", "director", "senator", "chairman",
        "commander", "colonel", "col", "marshal", "premier", "chancellor", "adviser", "advisor", "governor",
        "rep", "sen", "representative", "congressman", "congresswoman",
    ]
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "dr"]
    static let officeWords: Set<String> = [
        "foreign", "defence", "defense", "prime", "external", "affairs", "deputy", "junior", "vice", "state",
        "home", "finance", "army", "navy", "air", "staff", "national", "security", "press", "chief", "union",
        "of", "the", "minister", "senior", "former", "first",
    ]
    static let nationalities: [String: String] = [
        "russia": "russia", "russian": "russia", "india": "india", "indian": "india", "us": "us", "american": "us",
        "america": "us", "china": "china", "chinese": "china", "french": "france", "france": "france",
        "british": "uk", "uk": "uk", "australian": "australia", "australia": "australia", "pakistan": "pakistan",
        "pakistani": "pakistan", "japan": "japan", "japanese": "japan", "turkey": "turkey", "turkish": "turkey",
    ]
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "added", "adds", "told", "tells", "stated", "noted", "asserted", "contended",
        "claimed", "argued", "explained", "remarked", "urged", "warned", "insisted", "stressed", "emphasised",
        "emphasized", "declared", "announced", "wrote", "asked", "replied", "responded", "clarified",
        "maintained", "observed", "opined", "saying", "quoted", "reiterated", "underlined", "pointed",
    ]
    /// Capitalised words that are places, groups, days or sentence openers, never people.
    static let notNames: Set<String> = [
        "india", "russia", "china", "pakistan", "turkey", "france", "israel", "australia", "japan", "america",
        "united", "states", "kingdom", "britain", "moscow", "delhi", "new", "washington", "beijing", "kremlin",
        "parliament", "government", "the", "a", "an", "he", "she", "it", "they", "we", "our", "this", "that",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "indian", "russian", "american", "chinese", "european", "asia", "pacific", "europe", "iran", "korea",
        "afghanistan", "taliban", "ministry", "army", "navy", "state", "department", "office", "house", "white",
        "pentagon", "defence", "defense", "foreign", "and", "but", "also", "however", "earlier", "later",
        "republic", "media", "network", "news", "agency", "times", "post", "press", "tass", "sputnik", "izvestia",
        "reuters", "ani", "pti", "quad", "nato", "ukraine", "crimea", "tokyo", "paris", "london", "canberra",
        "islamabad", "ankara", "kabul", "in", "on", "at", "as", "his", "her", "their", "its", "there", "then",
    ]
}
