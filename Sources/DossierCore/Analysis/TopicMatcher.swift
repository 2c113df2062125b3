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
    }

    /// Every alias, grouped by first folded scalar and longest first within a group, so one
    /// pass over the text suffices. The scan reads only the flat arrays of scalars and
    /// ranges below: it touches no reference-counted value until something matches.
    private let patterns: [Pattern]
    /// The folded aliases end to end; `bounds[i]` is pattern i's part.
    private let folded: [Unicode.Scalar]
    private let bounds: [Range<Int>]
    /// The patterns (as a range of `patterns`) for each ASCII first scalar, and for the others.
    private let asciiGroups: [Range<Int>]
    private let otherGroups: [Unicode.Scalar: Range<Int>]

    public init(topics: [Topic]) {
        var byFirst: [Unicode.Scalar: [(pattern: Pattern, folded: [Unicode.Scalar])]] = [:]
        for topic in topics {
            for alias in topic.aliases {
                let folded = alias.trimmingSpaces.unicodeScalars.map(TextFolding.fold)
                guard let first = folded.first else { continue }
                byFirst[first, default: []].append((Pattern(topicSlug: topic.slug, alias: alias), folded))
            }
        }
        var patterns: [Pattern] = [], folded: [Unicode.Scalar] = [], bounds: [Range<Int>] = []
        var groups: [Unicode.Scalar: Range<Int>] = [:]
        for (first, group) in byFirst {
            let start = patterns.count
            for entry in group.sorted(by: { $0.folded.count > $1.folded.count }) {
                patterns.append(entry.pattern)
                bounds.append(folded.count..<(folded.count + entry.folded.count))
                folded += entry.folded
            }
            groups[first] = start..<patterns.count
        }
        self.patterns = patterns
        self.folded = folded
        self.bounds = bounds
        asciiGroups = (0..<128).map { groups[Unicode.Scalar(UInt8($0))] ?? 0..<0 }
        otherGroups = groups.filter { $0.key.value >= 128 }
    }

    /// Every mention, in text order; overlapping mentions keep the longest alias.
    ///
    /// Scans the UTF-8 bytes directly: news text is mostly ASCII, and decoding every
    /// character would cost more than the search itself.
    public func matches(in text: String) -> [Match] {
        var text = text
        let spans = text.withUTF8 { bytes in self.spans(in: UTF8Source(bytes: bytes)) }
        let view = text.utf8
        return spans.map { span in
            let start = view.index(view.startIndex, offsetBy: span.start)
            let end = view.index(start, offsetBy: span.end - span.start)
            return Match(topicSlug: patterns[span.pattern].topicSlug, alias: patterns[span.pattern].alias, range: start..<end)
        }
    }

    /// The same mentions in text already split into scalars, located by scalar offset.
    func mentions(in scalars: [Unicode.Scalar]) -> [(offset: Int, slug: String)] {
        scalars.withUnsafeBufferPointer { buffer in
            self.spans(in: ScalarSource(scalars: buffer)).map { ($0.start, self.patterns[$0.pattern].topicSlug) }
        }
    }

    private func spans<Source: ScannedText>(in text: Source) -> [(pattern: Int, start: Int, end: Int)] {
        var found: [(pattern: Int, start: Int, end: Int)] = []
        var offset = 0
        var previousIsWord = false
        scanning: while offset < text.count {
            let (scalar, width) = text.scalar(at: offset)
            let folded = TextFolding.fold(scalar)
            if !previousIsWord {
                let candidates = folded.value < 128 ? asciiGroups[Int(folded.value)] : otherGroups[folded] ?? 0..<0
                for pattern in candidates {
                    guard let end = match(bounds[pattern], in: text, at: offset) else { continue }
                    found.append((pattern, offset, end))
                    offset = end
                    previousIsWord = TextFolding.isWordCharacter(lastScalar(of: pattern))
                    continue scanning
                }
            }
            previousIsWord = TextFolding.isWordCharacter(folded)
            offset += width
        }
        return found
    }

    private func lastScalar(of pattern: Int) -> Unicode.Scalar { folded[bounds[pattern].upperBound - 1] }

    /// The topics mentioned at least once, in order of first mention.
    public func topicSlugs(in text: String) -> [String] {
        var seen: [String] = []
        for match in matches(in: text) where !seen.contains(match.topicSlug) {
            seen.append(match.topicSlug)
        }
        return seen
    }

    /// The offset just past the pattern whose folded scalars are `part` of `folded` if it
    /// matches at `offset` and ends on a word boundary.
    private func match<Source: ScannedText>(_ part: Range<Int>, in text: Source, at offset: Int) -> Int? {
        var position = offset
        for index in part {
            guard position < text.count else { return nil }
            let (scalar, width) = text.scalar(at: position)
            guard TextFolding.fold(scalar) == folded[index] else { return nil }
            position += width
        }
        if position < text.count && TextFolding.isWordCharacter(text.scalar(at: position).0) { return nil }
        return position
    }
}

/// Text the matcher scans, read one scalar at a time: UTF-8 bytes or scalars already split.
private protocol ScannedText {
    var count: Int { get }
    /// The scalar at `offset` and how many units it takes.
    func scalar(at offset: Int) -> (Unicode.Scalar, Int)
}

private struct UTF8Source: ScannedText {
    let bytes: UnsafeBufferPointer<UInt8>
    var count: Int { bytes.count }
    @inline(__always) func scalar(at offset: Int) -> (Unicode.Scalar, Int) { UTF8Scanner.scalar(in: bytes, at: offset) }
}

private struct ScalarSource: ScannedText {
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    var count: Int { scalars.count }
    @inline(__always) func scalar(at offset: Int) -> (Unicode.Scalar, Int) { (scalars[offset], 1) }
}
