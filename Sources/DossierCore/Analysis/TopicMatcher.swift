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
    /// Which pairs of ASCII scalars some alias starts with (`first * 128 + second`), so that
    /// most words are passed over on their first two letters without trying any alias. An
    /// ASCII first scalar in `checkAll` has an alias of one scalar, or one whose second is
    /// not ASCII: its words try every alias.
    private let asciiPairs: [Bool]
    private let checkAll: [Bool]

    public init(topics: [Topic]) {
        self.init(topics: topics, skipsByPairs: true)
    }

    /// Without `skipsByPairs` every word tries its first scalar's aliases (for tests of the shortcut).
    init(topics: [Topic], skipsByPairs: Bool) {
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
        var pairs = Array(repeating: false, count: 128 * 128), checkAll = Array(repeating: false, count: 128)
        for part in bounds where folded[part.lowerBound].value < 128 {
            let first = Int(folded[part.lowerBound].value)
            if part.count > 1, folded[part.lowerBound + 1].value < 128 {
                pairs[first * 128 + Int(folded[part.lowerBound + 1].value)] = true
            } else {
                checkAll[first] = true
            }
        }
        if !skipsByPairs { checkAll = Array(repeating: true, count: 128) }
        asciiPairs = pairs
        self.checkAll = checkAll
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
            if !previousIsWord, mayStartAlias(folded, next: offset + width, in: text) {
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

    /// False when no alias can start with `first` and the scalar at `next`; true when one may.
    @inline(__always)
    private func mayStartAlias<Source: ScannedText>(_ first: Unicode.Scalar, next: Int, in text: Source) -> Bool {
        guard first.value < 128, !checkAll[Int(first.value)] else { return true }
        // Every alias from here has a second scalar.
        guard next < text.count else { return false }
        let second = TextFolding.fold(text.scalar(at: next).0)
        return second.value >= 128 || asciiPairs[Int(first.value) * 128 + Int(second.value)]
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
