/// An article's plain text as paragraphs of Unicode scalars with their sentences: the shared
/// ground the quote, figure and event extractors read.
struct ArticleText: Sendable {
    struct Paragraph: Sendable {
        var scalars: [Unicode.Scalar]
        /// `start..<end` scalar offsets of each sentence.
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

        func text(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }
    }

    var paragraphs: [Paragraph]

    /// Paragraphs are separated by blank lines; line breaks inside one become spaces.
    init(plainText: String) {
        let all = Self.scalars(of: plainText)
        var blocks: [ArraySlice<Unicode.Scalar>] = []
        var start = 0, index = 0
        while index + 1 < all.count {
            if all[index] == "\n" && all[index + 1] == "\n" {
                blocks.append(all[start..<index])
                index += 2
                start = index
            } else {
                index += 1
            }
        }
        blocks.append(all[start...])
        var base = 0
        paragraphs = blocks.compactMap { block in
            guard block.contains(where: { !$0.isWhitespace }) else { return nil }
            let scalars = block.map { $0 == "\n" ? " " : $0 }
            defer { base += scalars.count + 2 }
            return Paragraph(scalars: scalars, sentences: Self.sentences(in: scalars),
                             base: base, tokens: WordToken.tokens(scalars))
        }
    }

    /// The text's scalars, decoded from its UTF-8 in one pass (`Array(text.unicodeScalars)`
    /// decodes the text twice: once to count, once to copy).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(bytes.count)
            var offset = 0
            while offset < bytes.count {
                let (scalar, width) = UTF8Scanner.scalar(in: bytes, at: offset)
                scalars.append(scalar)
                offset += width
            }
            return scalars
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
    static func sentences(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        while start < scalars.count, scalars[start].isWhitespace { start += 1 }
        var index = start
        while index < scalars.count {
            let character = scalars[index]
            if character == "." || character == "!" || character == "?" {
                var end = index + 1
                while end < scalars.count, closers.contains(scalars[end]) { end += 1 }
                var next = end
                while next < scalars.count, scalars[next].isWhitespace { next += 1 }
                let spaced = next > end
                if spaced, next < scalars.count, startsSentence(scalars[next]),
                   !(character == "." && endsWithAbbreviation(scalars, before: index)) {
                    result.append(start..<end)
                    start = next
                    index = next
                    continue
                }
                if next >= scalars.count { break }
            }
            index += 1
        }
        var end = scalars.count
        while end > start, scalars[end - 1].isWhitespace { end -= 1 }
        if end > start { result.append(start..<end) }
        return result
    }

    private static func startsSentence(_ character: Unicode.Scalar) -> Bool {
        character.isUppercase || (character.isASCII && character.isNumber) || openers.contains(character)
    }

    static func endsWithAbbreviation(_ scalars: [Unicode.Scalar], before dot: Int) -> Bool {
        var start = dot
        while start > 0, scalars[start - 1].isLetter { start -= 1 }
        let word = String(scalars: scalars[start..<dot]).asciiFastLowercased
        if word.count == 1, scalars[start].isUppercase { return true }  // an initial: "J. Smith"
        return abbreviations.contains(word)
    }
}
