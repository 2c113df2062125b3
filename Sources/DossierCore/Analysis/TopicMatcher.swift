/// Finds where topics are mentioned in text, by their aliases, on word boundaries.
///
/// "S-400" matches "S‐400 deal" and "s-400," but not "S-4000" or "XS-400"; write plural
/// or spaced spellings ("S-400s", "S 400") as aliases of their own.
public struct TopicMatcher: Sendable {
    public struct Match: Sendable, Equatable {
        public var topicSlug: String
        /// The alias as written in the topic file.
        public var alias: String
        /// Where it stands in the searched text.
        public var range: Range<String.Index>
    }

    private struct Pattern: Sendable {
        var topicSlug: String
        var alias: String
        var folded: [Character]
    }

    /// Patterns by their first folded character, longest first, so one pass over the text suffices.
    private let patternsByFirst: [Character: [Pattern]]

    public init(topics: [Topic]) {
        var byFirst: [Character: [Pattern]] = [:]
        for topic in topics {
            for alias in topic.aliases {
                let folded = TextFolding.fold(alias.trimmingSpaces)
                guard let first = folded.first else { continue }
                byFirst[first, default: []].append(Pattern(topicSlug: topic.slug, alias: alias, folded: folded))
            }
        }
        patternsByFirst = byFirst.mapValues { $0.sorted { $0.folded.count > $1.folded.count } }
    }

    /// Every mention, in text order; overlapping mentions keep the longest alias.
    public func matches(in text: String) -> [Match] {
        let characters = Array(text)
        let folded = characters.map(TextFolding.fold)
        var indices: [String.Index] = []
        indices.reserveCapacity(characters.count + 1)
        var index = text.startIndex
        while index < text.endIndex {
            indices.append(index)
            index = text.index(after: index)
        }
        indices.append(text.endIndex)

        var found: [Match] = []
        var position = 0
        while position < folded.count {
            guard let candidates = patternsByFirst[folded[position]],
                  position == 0 || !TextFolding.isWordCharacter(folded[position - 1]) else {
                position += 1
                continue
            }
            var matched: Pattern?
            for pattern in candidates where Self.matches(pattern.folded, in: folded, at: position) {
                matched = pattern
                break
            }
            if let pattern = matched {
                let end = position + pattern.folded.count
                found.append(Match(topicSlug: pattern.topicSlug, alias: pattern.alias,
                                   range: indices[position]..<indices[end]))
                position = end
            } else {
                position += 1
            }
        }
        return found
    }

    /// The topics mentioned at least once, in order of first mention.
    public func topicSlugs(in text: String) -> [String] {
        var seen: [String] = []
        for match in matches(in: text) where !seen.contains(match.topicSlug) {
            seen.append(match.topicSlug)
        }
        return seen
    }

    private static func matches(_ pattern: [Character], in text: [Character], at position: Int) -> Bool {
        let end = position + pattern.count
        guard end <= text.count else { return false }
        for offset in 0..<pattern.count where text[position + offset] != pattern[offset] { return false }
        return end == text.count || !TextFolding.isWordCharacter(text[end])
    }
}
