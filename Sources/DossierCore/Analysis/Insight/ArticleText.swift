/// An article's plain text as paragraphs of Characters with their sentences: the shared
/// ground the quote, figure and event extractors read.
struct ArticleText: Sendable {
    struct Paragraph: Sendable {
        var string: String
        var characters: [Unicode.Scalar]
        /// `start..<end` Character offsets of each sentence.
        var sentences: [Range<Int>]
        /// Offset of this paragraph in the whole article, for "nearest before" questions.
        var base: Int
        /// Its words, numbers and marks, read once for every extractor.
        var tokens: [WordToken]

        /// The tokens of one sentence.
        func tokens(in range: Range<Int>) -> [WordToken] {
            let first = tokens.partitionPoint { $0.start < range.lowerBound }
            let end = tokens.partitionPoint { $0.start < range.upperBound }
            return Array(tokens[first..<max(first, end)])
        }

        func text(_ range: Range<Int>) -> String { String(scalars: characters[range]) }
    }

    var paragraphs: [Paragraph]

    /// Paragraphs are separated by blank lines; line breaks inside one become spaces.
    init(plainText: String) {
        var base = 0
        paragraphs = plainText.components(separatedBy: "\n\n").compactMap { block in
            let string = block.contains("\n") ? block.replacingOccurrences(of: "\n", with: " ") : block
            let characters = Array(string.unicodeScalars)
            guard characters.contains(where: { !$0.isWhitespace }) else { return nil }
            defer { base += characters.count + 2 }
            return Paragraph(string: string, characters: characters, sentences: Self.sentences(in: characters), base: base,
                             tokens: WordToken.tokens(characters))
        }
    }

    /// Titles and short forms whose full stop does not end a sentence.
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "capt", "rs", "st", "no", "vs", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "govt", "maj", "sr", "jr",
        "rep", "sen", "gov", "prof", "rev", "hon", "pvt", "adm", "brig", "cdr",
    ]
    static let closers: Set<Unicode.Scalar> = ["\"", "”", "’", "'", ")"]
    private static let openers: Set<Unicode.Scalar> = ["\"", "“", "‘", "'", "("]

    /// Splits at ".", "!" or "?" (and closing quotes) followed by a space and a capital,
    /// digit or opening quote; not after an abbreviation or a lone initial.
    static func sentences(in characters: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        while start < characters.count, characters[start].isWhitespace { start += 1 }
        var index = start
        while index < characters.count {
            let character = characters[index]
            if character == "." || character == "!" || character == "?" {
                var end = index + 1
                while end < characters.count, closers.contains(characters[end]) { end += 1 }
                var next = end
                while next < characters.count, characters[next].isWhitespace { next += 1 }
                let spaced = next > end
                if spaced, next < characters.count, startsSentence(characters[next]),
                   !(character == "." && endsWithAbbreviation(characters, before: index)) {
                    result.append(start..<end)
                    start = next
                    index = next
                    continue
                }
                if next >= characters.count { break }
            }
            index += 1
        }
        var end = characters.count
        while end > start, characters[end - 1].isWhitespace { end -= 1 }
        if end > start { result.append(start..<end) }
        return result
    }

    private static func startsSentence(_ character: Unicode.Scalar) -> Bool {
        character.isUppercase || (character.isASCII && character.isNumber) || openers.contains(character)
    }

    static func endsWithAbbreviation(_ characters: [Unicode.Scalar], before dot: Int) -> Bool {
        var start = dot
        while start > 0, characters[start - 1].isLetter { start -= 1 }
        let word = String(scalars: characters[start..<dot]).lowercased()
        if word.count == 1, characters[start].isUppercase { return true }  // an initial: "J. Smith"
        return abbreviations.contains(word)
    }
}

extension Array {
    /// The first index whose element fails `belongs` (elements that satisfy it come first).
    func partitionPoint(_ belongs: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
