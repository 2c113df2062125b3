/// Finds quotations in an article's paragraphs: text between quote marks (“…”, "…", ‘…’,
/// '…') of at least four words. A quote split around its attribution (“A,” he said, “B.”)
/// becomes one, as does a quote running on into the next paragraph.
struct QuoteScanner {
    /// A quotation's place: its pieces (each `paragraph`, `open..<close` inside the marks)
    /// and the attribution between split pieces, if any.
    struct Span: Sendable {
        struct Piece: Sendable {
            var paragraph: Int
            /// Offsets of the first character inside the opening mark and of the closing mark
            /// (or the paragraph's end when the quote runs on).
            var open: Int
            var close: Int
            var closed: Bool
        }
        var pieces: [Piece]
        /// "he said" in “A,” he said, “B.”: text between pieces in one paragraph.
        var between: String?
    }

    static let minimumWords = 4

    static func quotes(in text: ArticleText) -> [Span] {
        var spans: [Span] = []
        for (index, paragraph) in text.paragraphs.enumerated() {
            for piece in pieces(in: paragraph.scalars, paragraph: index) {
                if let last = spans.last, let previous = last.pieces.last {
                    // Runs on: the last paragraph's quote never closed and this one opens with a quote.
                    if !previous.closed, previous.paragraph == index - 1, piece.open <= 2 {
                        spans[spans.count - 1].pieces.append(piece)
                        continue
                    }
                    if previous.paragraph == index, previous.closed,
                       let between = splitAttribution(paragraph.scalars, after: previous, before: piece) {
                        spans[spans.count - 1].pieces.append(piece)
                        spans[spans.count - 1].between = between
                        continue
                    }
                }
                spans.append(Span(pieces: [piece]))
            }
        }
        return spans.filter { wordCount(text: text, $0) >= minimumWords && !isTitle(self.text(of: $0, in: text)) }
    }

    static func text(of span: Span, in text: ArticleText) -> String {
        span.pieces.map { piece in
            let scalars = text.paragraphs[piece.paragraph].scalars[piece.open..<piece.close]
            return String(scalars: scalars).trimmingSpaces
        }.joined(separator: " ")
    }

    /// A quoted title ("India-US Relations: Issues for Congress") is a name, not words said:
    /// nearly every word capitalised and no closing punctuation.
    static func isTitle(_ quoted: String) -> Bool {
        let words = WordToken.tokens(Array(quoted.unicodeScalars)).filter { $0.kind == .word && $0.text.characterCount(over: 3) }
        guard let last = quoted.last, !".,?!;:…".contains(last), !words.isEmpty else { return false }
        return Double(words.filter(\.isCapitalized).count) >= 0.75 * Double(words.count)
    }

    private static func wordCount(text: ArticleText, _ span: Span) -> Int {
        span.pieces.reduce(0) { total, piece in
            let scalars = text.paragraphs[piece.paragraph].scalars[piece.open..<piece.close]
            // "co-develop and co-produce" is three words, not five.
            return total + scalars.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count
        }
    }

    /// Top-level quoted stretches of one paragraph; quotes nested inside them are part of them.
    static func pieces(in scalars: [Unicode.Scalar], paragraph: Int) -> [Span.Piece] {
        var pieces: [Span.Piece] = []
        var openAt: Int?
        var double = true
        let count = scalars.count
        func isLetterOrDigit(_ index: Int) -> Bool {
            index >= 0 && index < count && (scalars[index].isLetter || scalars[index].isNumber)
        }
        for index in 0..<count {
            let character = scalars[index]
            if let start = openAt {
                if double, character == "”" || character == "\"" {
                    pieces.append(.init(paragraph: paragraph, open: start, close: index, closed: true))
                    openAt = nil
                } else if !double, character == "’" || character == "'", index > start,
                          !scalars[index - 1].isWhitespace, !isLetterOrDigit(index + 1) {
                    pieces.append(.init(paragraph: paragraph, open: start, close: index, closed: true))
                    openAt = nil
                }
            } else if character == "“" || character == "\"" {
                openAt = index + 1
                double = true
            } else if character == "‘" || character == "'", !isLetterOrDigit(index - 1), isLetterOrDigit(index + 1) {
                openAt = index + 1
                double = false
            }
        }
        // An unclosed double quote runs to the paragraph's end (and maybe on); an unclosed
        // single one was an apostrophe after all.
        if let start = openAt, double {
            pieces.append(.init(paragraph: paragraph, open: start, close: count, closed: false))
        }
        return pieces
    }

    /// The attribution in “A,” he said, “B.”: the first piece ends with a comma, the text
    /// between is a short clause with a speech verb ending in a comma or colon.
    private static func splitAttribution(_ scalars: [Unicode.Scalar], after first: Span.Piece, before second: Span.Piece) -> String? {
        let inside = String(scalars: scalars[first.open..<first.close]).trimmingSpaces
        let between = String(scalars: scalars[(first.close + 1)..<max(first.close + 1, second.open - 1)]).trimmingSpaces
        let commaInside = inside.hasSuffix(",")
        var clause = Substring(between)
        if clause.hasPrefix(",") { clause = clause.dropFirst() } else if !commaInside { return nil }
        guard clause.hasSuffix(",") || clause.hasSuffix(":") else { return nil }
        let words = WordToken.tokens(Array(clause.unicodeScalars)).filter { $0.kind == .word }
        // A second piece that starts in lower case reads on from the first: allow a longer aside.
        let readsOn = second.open < scalars.count && scalars[second.open].isLowercase
        guard !words.isEmpty, words.count <= (readsOn ? 16 : 8), words.contains(where: { PeopleIndex.speechVerbs.contains($0.lower) }) else { return nil }
        return String(clause.dropLast()).trimmingSpaces
    }
}
