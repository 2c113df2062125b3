/// The sentence around a mention, so a topic page can show *how* an article mentions it,
/// with the mention itself set apart for highlighting.
public struct Passage: Sendable, Hashable {
    public var before: String
    public var match: String
    public var after: String

    public var text: String { before + match + after }

    /// At most about this many characters on each side of the mention; longer context is cut
    /// at a word with an ellipsis.
    static let sideLimit = 160

    public static func sentence(around range: Range<String.Index>, in text: String) -> Passage {
        let (start, end) = sentenceBounds(around: range, in: text)
        var before = squash(text[start..<range.lowerBound])
        var after = squash(text[range.upperBound..<end])
        // Keep the space next to the mention that squashing would drop at the edges.
        if let last = text[start..<range.lowerBound].last, last.isWhitespace, !before.isEmpty { before += " " }
        if let first = text[range.upperBound..<end].first, first.isWhitespace, !after.isEmpty { after = " " + after }
        // A Character takes at least a byte: most sides need no counting.
        if before.utf8.count > sideLimit, before.count > sideLimit {
            let cut = before.suffix(sideLimit)
            let wordStart = cut.firstIndex(of: " ").map { cut.index(after: $0) } ?? cut.startIndex
            before = "…" + cut[wordStart...]
        }
        if after.utf8.count > sideLimit, after.count > sideLimit {
            let cut = after.prefix(sideLimit)
            after = String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
        }
        return Passage(before: before, match: squash(text[range]), after: after)
    }

    static func squash(_ text: Substring) -> String {
        // The sides of a mention start or end with the space beside it: spaces at the edges
        // are dropped first, and most texts are then already squashed.
        let utf8 = text.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        while start < end, utf8[start] == UInt8(ascii: " ") { start = utf8.index(after: start) }
        while end > start, utf8[utf8.index(before: end)] == UInt8(ascii: " ") { end = utf8.index(before: end) }
        let inner = text[start..<end]
        if isSquashed(inner, followsSpace: start > utf8.startIndex) { return String(inner) }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether squashing would change nothing: words apart by single spaces, none at the
    /// edges, no other whitespace. Read by scalar, which costs far less than splitting
    /// Characters; a space that a mark joins into one Character is left to the full path.
    private static func isSquashed(_ text: Substring, followsSpace: Bool) -> Bool {
        var afterSpace = false, atStart = true
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if afterSpace || atStart { return false }
                afterSpace = true
                continue
            }
            if scalar.isWhitespace { return false }
            if afterSpace || atStart && followsSpace, !scalar.isASCII {
                var pair = " "
                pair.unicodeScalars.append(scalar)
                if pair.count == 1 { return false }
            }
            afterSpace = false
            atStart = false
        }
        return !afterSpace
    }

    /// From just after the last blank line ("\n\n") before the mention to the first one after
    /// it, found in UTF-8 bytes (Foundation's `range(of:)` converts the whole text each time).
    private static func paragraphBounds(around range: Range<String.Index>, in text: String) -> (String.Index, String.Index) {
        let utf8 = text.utf8, newline = UInt8(ascii: "\n")
        var start = text.startIndex
        var position = range.lowerBound
        while position > utf8.startIndex {
            let before = utf8.index(before: position)
            if utf8[before] == newline, before > utf8.startIndex, utf8[utf8.index(before: before)] == newline {
                start = position
                break
            }
            position = before
        }
        var end = text.endIndex
        position = range.upperBound
        while position < utf8.endIndex {
            let next = utf8.index(after: position)
            if utf8[position] == newline, next < utf8.endIndex, utf8[next] == newline {
                end = position
                break
            }
            position = next
        }
        return (start, end)
    }

    /// The sentence holding the mention, split the way the insight extractors split
    /// (`ArticleText.sentences`: abbreviations such as "Mr." or "Ltd." do not end one),
    /// within its paragraph; the whole paragraph when no sentence holds it.
    private static func sentenceBounds(around range: Range<String.Index>, in text: String) -> (String.Index, String.Index) {
        let (paragraphStart, paragraphEnd) = paragraphBounds(around: range, in: text)
        let utf8 = text.utf8
        // Scalar offsets are counted in UTF-8 (a scalar is a byte that does not continue
        // another) and mapped back by scalar widths: stepping a scalar view decodes each one.
        func scalarOffset(of index: String.Index) -> Int {
            utf8[paragraphStart..<index].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        }
        // Copied out and decoded from its bytes, as the extractors decode an article: stepping
        // the scalar view decodes each scalar again to count and to copy.
        let paragraph = ArticleText.scalars(of: String(text.unicodeScalars[paragraphStart..<paragraphEnd]))
        func index(atScalar offset: Int) -> String.Index {
            utf8.index(paragraphStart, offsetBy: paragraph[..<offset].reduce(0) { $0 + UTF8.width($1) })
        }
        let offset = scalarOffset(of: range.lowerBound)
        let sentences = ArticleText.sentences(in: paragraph)
        guard let sentence = sentences.first(where: { $0.contains(offset) }) else { return (paragraphStart, paragraphEnd) }
        let end = max(sentence.upperBound, scalarOffset(of: range.upperBound))
        return (index(atScalar: sentence.lowerBound), index(atScalar: end))
    }
}
