/// A word, number or punctuation mark in a paragraph, located by Character offsets so
/// extractors can quote the original text back.
struct WordToken: Sendable, Equatable {
    enum Kind: Sendable { case word, number, symbol }

    var kind: Kind
    var text: String
    /// Character offsets in the paragraph: `start..<end`.
    var start: Int
    var end: Int
    /// Whether whitespace separates it from the token before ("S-400" has none around "-").
    var spaceBefore: Bool

    var lower: String { text.lowercased() }
    var isCapitalized: Bool { text.first?.isUppercase == true }

    /// Splits a paragraph: letters (with inner apostrophes, "Russia's") make words; digits
    /// (with inner "," or ".", "6,01,427", "5.4") make numbers; anything else is one symbol.
    static func tokens(_ characters: [Character]) -> [WordToken] {
        var tokens: [WordToken] = []
        var index = 0
        var sawSpace = true
        let count = characters.count
        func isApostrophe(_ c: Character) -> Bool { c == "'" || c == "’" }
        while index < count {
            let character = characters[index]
            if character.isWhitespace {
                sawSpace = true
                index += 1
                continue
            }
            let start = index
            let kind: Kind
            if character.isLetter {
                kind = .word
                index += 1
                while index < count {
                    let c = characters[index]
                    if c.isLetter || c.isMark { index += 1; continue }
                    if isApostrophe(c), index + 1 < count, characters[index + 1].isLetter { index += 2; continue }
                    break
                }
            } else if character.isASCII && character.isNumber {
                kind = .number
                index += 1
                while index < count {
                    let c = characters[index]
                    if c.isASCII && c.isNumber { index += 1; continue }
                    if (c == "," || c == "."), index + 1 < count, characters[index + 1].isASCII, characters[index + 1].isNumber {
                        index += 2
                        continue
                    }
                    break
                }
            } else {
                kind = .symbol
                index += 1
            }
            tokens.append(WordToken(kind: kind, text: String(characters[start..<index]), start: start, end: index,
                                    spaceBefore: sawSpace))
            sawSpace = false
        }
        return tokens
    }
}

private extension Character {
    var isMark: Bool { unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark } }
}
