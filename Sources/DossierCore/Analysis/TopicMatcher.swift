/// Finds where topics are mentioned in text, by their aliases, on word boundaries.
///
/// "S-400" matches "S‐400 deal" and "s-400," but not "S-4000" or "XS-400"; write plural
/// or spaced spellings ("S-400s", "S 400") as aliases of their own. Case, Unicode dashes
/// and apostrophes are folded (see `TextFolding`).
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
        var folded: [Unicode.Scalar]
    }

    /// Patterns by their first folded scalar, longest first, so one pass over the text suffices;
    /// ASCII first scalars (almost all aliases) are looked up in a table rather than hashed.
    private let patternsByFirst: [Unicode.Scalar: [Pattern]]
    private let asciiPatterns: [[Pattern]]
    /// Whether any alias starts with this ASCII scalar: checked first, as it costs no retain.
    private let asciiStarts: [Bool]

    public init(topics: [Topic]) {
        var byFirst: [Unicode.Scalar: [Pattern]] = [:]
        for topic in topics {
            for alias in topic.aliases {
                let folded = alias.trimmingSpaces.unicodeScalars.map(TextFolding.fold)
                guard let first = folded.first else { continue }
                byFirst[first, default: []].append(Pattern(topicSlug: topic.slug, alias: alias, folded: folded))
            }
        }
        patternsByFirst = byFirst.mapValues { $0.sorted { $0.folded.count > $1.folded.count } }
        asciiPatterns = (0..<128).map { [byFirst = patternsByFirst] in byFirst[Unicode.Scalar(UInt8($0))] ?? [] }
        asciiStarts = asciiPatterns.map { !$0.isEmpty }
    }

    /// Every mention, in text order; overlapping mentions keep the longest alias.
    ///
    /// Scans the UTF-8 bytes directly: news text is mostly ASCII, and decoding every
    /// character would cost more than the search itself.
    public func matches(in text: String) -> [Match] {
        var text = text
        let spans = text.withUTF8(spans(in:))
        let view = text.utf8
        return spans.map { span in
            let start = view.index(view.startIndex, offsetBy: span.start)
            let end = view.index(start, offsetBy: span.end - span.start)
            return Match(topicSlug: span.pattern.topicSlug, alias: span.pattern.alias, range: start..<end)
        }
    }

    private func spans(in bytes: UnsafeBufferPointer<UInt8>) -> [(pattern: Pattern, start: Int, end: Int)] {
        var found: [(pattern: Pattern, start: Int, end: Int)] = []
        var offset = 0
        var previousIsWord = false
        scanning: while offset < bytes.count {
            let (scalar, width) = UTF8Scanner.scalar(in: bytes, at: offset)
            let folded = TextFolding.fold(scalar)
            if !previousIsWord, folded.value >= 128 || asciiStarts[Int(folded.value)] {
                let candidates = folded.value < 128 ? asciiPatterns[Int(folded.value)] : patternsByFirst[folded] ?? []
                for pattern in candidates {
                    guard let end = Self.match(pattern.folded, in: bytes, at: offset) else { continue }
                    found.append((pattern, offset, end))
                    offset = end
                    previousIsWord = TextFolding.isWordCharacter(pattern.folded.last!)
                    continue scanning
                }
            }
            previousIsWord = TextFolding.isWordCharacter(folded)
            offset += width
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

    /// The byte offset just past `pattern` if it matches at `offset` and ends on a word boundary.
    private static func match(_ pattern: [Unicode.Scalar], in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
        var position = offset
        for expected in pattern {
            guard position < bytes.count else { return nil }
            let (scalar, width) = UTF8Scanner.scalar(in: bytes, at: position)
            guard TextFolding.fold(scalar) == expected else { return nil }
            position += width
        }
        if position < bytes.count && TextFolding.isWordCharacter(UTF8Scanner.scalar(in: bytes, at: position).0) { return nil }
        return position
    }
}
