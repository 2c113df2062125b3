/// A word, number or punctuation mark in a paragraph, located by Unicode scalar offsets so
/// extractors can quote the original text back.
struct WordToken: Sendable, Equatable {
    enum Kind: Sendable { case word, number, symbol }

    var kind: Kind
    var text: String
    /// Scalar offsets in the paragraph: `start..<end`.
    var start: Int
    var end: Int
    /// Whether whitespace separates it from the token before ("S-400" has none around "-").
    var spaceBefore: Bool

    /// Lower-cased once, since every lookup wants it.
    var lower: String
    /// The word lists `lower` is on, and those it is on without a possessive "'s"
    /// (`PeopleIndex.stripPossessive`): looked up once here for every extractor.
    var lexicon: Lexicon = []
    var bareLexicon: Lexicon = []
    /// `lower` without a possessive "'s" ("russia's" → "russia"), as the word lists hold words.
    var bare: String { PeopleIndex.stripPossessive(lower) }
    /// Whether its first letter is a capital; worked out once with the token.
    var isCapitalized: Bool
    /// Whether it can be a word of a person's name (`PeopleIndex.looksLikeName`): asked
    /// several times for each capitalised word, so worked out once with the token.
    var isNameWord = false
    var startsLowercase: Bool { text.unicodeScalars.first?.isLowercase == true }

    /// Splits a paragraph: letters (with inner apostrophes, "Russia's") make words; digits
    /// (with inner "," or ".", "6,01,427", "5.4") make numbers; anything else is one symbol.
    static func tokens(_ scalars: [Unicode.Scalar]) -> [WordToken] {
        var tokens: [WordToken] = []
        let count = scalars.count
        // News text runs about six scalars a token, space included: room for most paragraphs
        // at once, rather than copying the tokens each time the array grows.
        tokens.reserveCapacity(count / 5 + 1)
        var index = 0
        var sawSpace = true
        func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "’" }
        // ASCII (most news text) is classified by its byte; Unicode properties are slow.
        func isLetter(_ c: Unicode.Scalar) -> Bool {
            if let ascii = c.asciiValue { return (ascii >= 65 && ascii <= 90) || (ascii >= 97 && ascii <= 122) }
            return c.isLetter
        }
        func isDigit(_ c: Unicode.Scalar) -> Bool {
            guard let ascii = c.asciiValue else { return false }
            return ascii >= 48 && ascii <= 57
        }
        func isSpace(_ c: Unicode.Scalar) -> Bool {
            if let ascii = c.asciiValue { return ascii == 32 || (ascii >= 9 && ascii <= 13) }
            return c.isWhitespace
        }
        while index < count {
            let character = scalars[index]
            if isSpace(character) {
                sawSpace = true
                index += 1
                continue
            }
            let start = index
            let kind: Kind
            if isLetter(character) {
                kind = .word
                index += 1
                while index < count {
                    let c = scalars[index]
                    if isLetter(c) || (c.asciiValue == nil && c.isMark) { index += 1; continue }
                    if isApostrophe(c), index + 1 < count, isLetter(scalars[index + 1]) { index += 2; continue }
                    break
                }
            } else if isDigit(character) {
                kind = .number
                index += 1
                while index < count {
                    let c = scalars[index]
                    if isDigit(c) { index += 1; continue }
                    if (c == "," || c == "."), index + 1 < count, isDigit(scalars[index + 1]) {
                        index += 2
                        continue
                    }
                    break
                }
            } else {
                kind = .symbol
                index += 1
            }
            let text = String(scalars: scalars[start..<index])
            let lower = kind == .word && text.utf8.contains(where: { $0 >= 65 && $0 <= 90 || $0 >= 0x80 }) ? text.asciiFastLowercased : text
            var token = WordToken(kind: kind, text: text, start: start, end: index, spaceBefore: sawSpace, lower: lower,
                                  isCapitalized: character.isUppercase)
            if kind == .word {
                token.lexicon = Lexicon.of(lower)
                let bare = token.bare
                token.bareLexicon = bare.utf8.count == lower.utf8.count ? token.lexicon : Lexicon.of(bare)
                if token.isCapitalized { token.isNameWord = PeopleIndex.looksLikeName(token) }
            }
            tokens.append(consume token)
            sawSpace = false
        }
        return tokens
    }
}
