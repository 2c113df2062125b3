/// Finds who a quotation is attributed to, from the words around it: `“…,” X said`,
/// `“…,” said X`, `X added, “…”`, `X was quoted as saying`, `according to X`, a pronoun,
/// or, with no attribution at all, the person named nearest before the quote.
enum Attribution {
    static func speaker(of span: QuoteScanner.Span, in text: ArticleText, people: PeopleIndex) -> SpeakerRef {
        let first = span.pieces[0], last = span.pieces[span.pieces.count - 1]
        let offset = text.paragraphs[first.paragraph].base + first.open
        if let between = span.between {
            let found = clauseSpeaker(WordToken.tokens(Array(between.unicodeScalars)), people: people, at: offset)
            if found != .unknown { return found }
        }
        if last.closed, !endsSentence(text.paragraphs[last.paragraph].scalars, quoteClose: last.close) {
            let paragraph = text.paragraphs[last.paragraph]
            let after = afterClause(paragraph.scalars, from: last.close + 1)
            let found = clauseSpeaker(after, people: people, at: offset)
            if found != .unknown { return found }
        }
        let paragraph = text.paragraphs[first.paragraph]
        let before = beforeClause(paragraph.scalars, to: first.open - 1)
        let found = precedingSpeaker(before, people: people, at: offset)
        if found != .unknown { return found }
        return people.nearestPerson(before: offset).map(SpeakerRef.person) ?? .unknown
    }

    /// “…full.” The Kremlin said: the quote closed its sentence, so what follows is another one.
    private static func endsSentence(_ scalars: [Unicode.Scalar], quoteClose: Int) -> Bool {
        guard quoteClose > 0, ".!?".unicodeScalars.contains(scalars[quoteClose - 1]) else { return false }
        var next = quoteClose + 1
        while next < scalars.count, scalars[next].isWhitespace { next += 1 }
        return next < scalars.count && scalars[next].isUppercase
    }

    /// The words after a closing mark up to the sentence's end or the next quote.
    private static func afterClause(_ scalars: [Unicode.Scalar], from start: Int) -> [WordToken] {
        var end = start
        while end < scalars.count {
            let character = scalars[end]
            if character == "“" || character == "\"" || character == "‘" { break }
            if character == "." || character == "!" || character == "?" {
                if end + 1 >= scalars.count || scalars[end + 1].isWhitespace,
                   !(character == "." && ArticleText.endsWithAbbreviation(scalars, before: end)) { break }
            }
            end += 1
        }
        return WordToken.tokens(Array(scalars[min(start, end)..<end]))
    }

    /// The words from the sentence's start (or the previous quote's end) to an opening mark.
    private static func beforeClause(_ scalars: [Unicode.Scalar], to openingMark: Int) -> [WordToken] {
        var start = max(0, openingMark)
        while start > 0 {
            let previous = scalars[start - 1]
            if previous == "”" || previous == "\"" { break }
            if (previous == "." || previous == "!" || previous == "?"), start < scalars.count, scalars[start].isWhitespace,
               !(previous == "." && ArticleText.endsWithAbbreviation(scalars, before: start - 1)) { break }
            start -= 1
        }
        return WordToken.tokens(Array(scalars[start..<max(start, openingMark)]))
    }

    /// `, X said …`, `, said X`, `, according to X`, or a name with no verb
    /// ("…,” junior Defence Minister Ajay Bhatt on the deal).
    private static func clauseSpeaker(_ tokens: [WordToken], people: PeopleIndex, at offset: Int) -> SpeakerRef {
        var tokens = tokens[...]
        while let first = tokens.first, first.kind == .symbol { tokens.removeFirst() }
        guard let first = tokens.first else { return .unknown }
        if let according = accordingTo(Array(tokens), people: people, at: offset) { return according }
        if PeopleIndex.speechVerbs.contains(first.lower) {
            var previous: WordToken?
            let phrase = tokens.dropFirst().prefix { token in
                defer { previous = token }
                // Initials: "S.K. Sharma".
                if token.text == ".", let previous, previous.text.count == 1, previous.isCapitalized { return true }
                return token.kind == .word && !stops.contains(token.lower)
            }
            return SpeakerRef.read(Array(phrase), people: people, at: offset)
        }
        let window = tokens.prefix(16)
        if let verb = window.firstIndex(where: { PeopleIndex.speechVerbs.contains($0.lower) }) {
            // The subject is the first comma-separated part: "Lavrov, who is in India, said".
            let subject = tokens[tokens.startIndex..<verb].prefix { $0.text != "," }
            return SpeakerRef.read(Array(subject), people: people, at: offset)
        }
        for token in window.prefix(6) where PeopleIndex.isNameWord(token) {
            if let name = people.fullName(token.text) { return .person(name) }
        }
        return .unknown
    }

    /// The last speech verb before the quote and its subject: `Lavrov said, “…`, `He added, “…`,
    /// `The Indian side, Lavrov contended, “…`, `India clarified that its decision is “…`.
    private static func precedingSpeaker(_ tokens: [WordToken], people: PeopleIndex, at offset: Int) -> SpeakerRef {
        if let according = accordingTo(tokens, people: people, at: offset) { return according }
        guard let verb = tokens.lastIndex(where: { PeopleIndex.speechVerbs.contains($0.lower) }) else { return .unknown }
        var segments = tokens[..<verb].split(omittingEmptySubsequences: false, whereSeparator: { $0.text == "," })
        // "X, who is in India, said", "X, a California Democrat, has argued": the subject is before the aside.
        while let last = segments.last,
              last.allSatisfy({ auxiliaries.contains($0.lower) || $0.kind == .symbol }) || relative.contains(last.first?.lower ?? "") {
            segments.removeLast()
            if segments.isEmpty { return .unknown }
        }
        if segments.count > 1, ["a", "an"].contains(segments.last?.first?.lower ?? ""),
           segments[segments.count - 2].contains(where: PeopleIndex.isNameWord) {
            segments.removeLast()
        }
        guard let subject = segments.last else { return .unknown }
        // "X, who is in India, said" was skipped above; keep only the words after any "and", "that".
        let words: [WordToken] = subject.split(whereSeparator: { clauseBreaks.contains($0.lower) }).last.map { Array($0) } ?? Array(subject)
        return SpeakerRef.read(words, people: people, at: offset)
    }

    private static func accordingTo(_ tokens: [WordToken], people: PeopleIndex, at offset: Int) -> SpeakerRef? {
        guard let index = tokens.indices.first(where: { tokens[$0].lower == "according" }),
              index + 1 < tokens.count, tokens[index + 1].lower == "to" else { return nil }
        let phrase = tokens[(index + 2)...].prefix { $0.kind == .word || $0.text == "-" }
        let found = SpeakerRef.read(Array(phrase.filter { !stops.contains($0.lower) }.prefix(6)), people: people, at: offset)
        return found == .unknown ? nil : found
    }

    private static let stops: Set<String> = [
        "in", "on", "at", "to", "during", "while", "adding", "referring", "after", "before", "when", "as",
        "through", "with", "from", "last", "this", "on", "criticising", "attempting",
    ]
    private static let relative: Set<String> = ["who", "which", "whose", "whom"]
    private static let auxiliaries: Set<String> = ["has", "have", "had", "was", "is", "also", "further", "then", "later"]
    private static let clauseBreaks: Set<String> = ["and", "but", "that", "while", "as", "where", "when"]
}
