/// Folds characters so that spellings readers treat as the same compare equal:
/// case, Unicode hyphens and dashes (S‐400, S–400), apostrophes (America’s), odd spaces.
///
/// Folding is one character to one character, so a position in folded text is the same
/// position in the original: matches can be mapped back for passages and highlighting.
enum TextFolding {
    static func fold(_ character: Character) -> Character {
        if character.isASCII {
            return character.isUppercase ? Character(character.lowercased()) : character
        }
        if let mapped = replacements[character] { return mapped }
        let lower = character.lowercased()
        return lower.count == 1 ? Character(lower) : character
    }

    static func fold(_ text: String) -> [Character] {
        text.map(fold)
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private static let replacements: [Character: Character] = {
        var map: [Character: Character] = [:]
        for dash in ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}", "\u{FE63}", "\u{FF0D}"] {
            map[Character(dash)] = "-"
        }
        for apostrophe in ["\u{2019}", "\u{2018}", "\u{02BC}", "\u{2032}", "`"] {
            map[Character(apostrophe)] = "'"
        }
        for space in ["\u{00A0}", "\u{2009}", "\u{202F}", "\u{2007}"] {
            map[Character(space)] = " "
        }
        return map
    }()
}
