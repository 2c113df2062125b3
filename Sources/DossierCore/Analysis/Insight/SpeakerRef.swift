/// Who a quote's attribution names, before roles are resolved across the whole corpus.
enum SpeakerRef: Sendable, Hashable {
    /// A person's full name as the article gives it.
    case person(String)
    /// An office the article does not tie to a name ("the visiting Foreign Minister"):
    /// resolved by other articles' ties, else the nearest person named before the quote.
    case role(office: String, nationality: String?, nearest: String?)
    /// An organisation or unnamed speaker, as written: "US state department".
    case other(String)
    case unknown

    /// Reads a speaker phrase: a pronoun, a name, an office or anything else.
    static func read(_ phrase: [WordToken], people: PeopleIndex, at offset: Int) -> SpeakerRef {
        var words = phrase.filter { $0.kind == .word }
        // "a senior official", "a company spokesperson": someone unnamed, never resolved to a name.
        let indefinite = ["a", "an"].contains(words.first?.lower ?? "")
        while let first = words.first, leading.contains(first.lower) { words.removeFirst() }
        while let last = words.last, trailing.contains(last.lower) { words.removeLast() }
        guard !words.isEmpty else { return .unknown }
        if words.count == 1, pronouns.contains(words[0].lower) {
            return people.nearestPerson(before: offset).map(SpeakerRef.person) ?? .unknown
        }
        for word in words.reversed() where PeopleIndex.isNameWord(word) {
            if let name = people.fullName(word.text) { return .person(name) }
        }
        let lower = words.map { PeopleIndex.stripPossessive($0.lower) }
        if indefinite { return .other(joined(phrase, from: words[0].start, to: words[words.count - 1].end)) }
        if let titleIndex = lower.lastIndex(where: PeopleIndex.titleWords.contains) {
            // "Rep. Ro Khanna": a title followed by a name is that person, known or not.
            let after = words[(titleIndex + 1)...]
            if let last = after.last, after.allSatisfy(PeopleIndex.isNameWord) {
                return .person(people.fullName(last.text) ?? joined(phrase, from: after.first!.start, to: last.end))
            }
            var start = titleIndex
            while start > 0, PeopleIndex.officeWords.contains(lower[start - 1]) || PeopleIndex.titleWords.contains(lower[start - 1]) {
                start -= 1
            }
            let office = lower[start...titleIndex].filter { !PeopleIndex.honorifics.contains($0) }.joined(separator: " ")
            let nationality = lower[..<start].compactMap { PeopleIndex.nationalities[$0] }.last
            if let name = people.person(office: office, nationality: nationality, before: offset) { return .person(name) }
            return .role(office: office, nationality: nationality, nearest: people.nearestSpeaker(before: offset))
        }
        if words.allSatisfy({ PeopleIndex.isNameWord($0) || ($0.text.count == 1 && $0.isCapitalized) }), words.count <= 4,
           words.last.map(PeopleIndex.isNameWord) == true {
            return .person(PeopleIndex.stripPossessive(joined(phrase, from: words[0].start, to: words[words.count - 1].end)))
        }
        return .other(joined(phrase, from: words[0].start, to: words[words.count - 1].end))
    }

    /// The phrase's own text from one word to another, keeping apostrophes and hyphens.
    private static func joined(_ phrase: [WordToken], from start: Int, to end: Int) -> String {
        var text = ""
        for token in phrase where token.start >= start && token.end <= end {
            if token.spaceBefore && !text.isEmpty { text += " " }
            text += token.text
        }
        return text
    }

    static let pronouns: Set<String> = ["he", "she"]
    private static let leading: Set<String> = ["a", "an", "the", "and", "but", "while", "as", "then", "so"]
    private static let trailing: Set<String> = [
        "was", "is", "has", "had", "further", "also", "later", "then", "again", "reportedly", "recently",
        "earlier", "once", "had", "have", "been", "being", "as",
    ]
}
