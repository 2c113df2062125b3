/// An editor's fix to something the analysis extracted from an article, written in its
/// front matter; corrections win over extraction:
///
/// ```yaml
/// corrections:
///   - quote: "Our Indian friends"     # words of the quotation
///     speaker: Sergey Lavrov
///   - figure: "$4.5 billion"          # the figure as written
///     hide: true
///   - event: "signed in 2015"         # words of the dated sentence
///     date: 2015-03
/// ```
public struct Correction: Sendable, Hashable {
    public enum Target: String, Sendable, CaseIterable { case quote, figure, event }

    public var target: Target
    /// Words of the item's text (quote, figure as written, or dated sentence) that pick it out.
    public var match: String
    public var speaker: String?
    public var measure: String?
    public var date: EventDate?
    public var hide: Bool
    public var line: Int?

    static let key = "corrections"
    static let fields = ["quote", "figure", "event", "speaker", "measure", "date", "hide"]
    static let example = """
        corrections:
          - quote: "Our Indian friends"
            speaker: Sergey Lavrov
          - figure: "$4.5 billion"
            hide: true
        """

    /// Reads and checks the `corrections` list: one target each, and a fix that suits it.
    static func read(_ fields: inout YAMLFields, file: String) -> [Correction] {
        guard let entries = fields.mappingList(key, allowedKeys: Self.fields, example: example) else { return [] }
        var corrections: [Correction] = []
        var problems: [Diagnostic] = []
        for entry in entries {
            let targets = Target.allCases.filter { entry.values[$0.rawValue] != nil }
            guard targets.count == 1, let target = targets.first,
                  let match = entry.values[target.rawValue]?.trimmingSpaces, !match.isEmpty else {
                problems.append(.error(file, line: entry.line,
                    "each correction names exactly one of quote:, figure: or event: with words of the item, e.g.\n\(example)"))
                continue
            }
            var correction = Correction(target: target, match: match, hide: false, line: entry.line)
            if let hide = entry.values["hide"] {
                guard ["true", "false", "yes", "no"].contains(hide.lowercased()) else {
                    problems.append(.error(file, line: entry.lines["hide"], "'hide' must be true or false, not '\(hide)'"))
                    continue
                }
                correction.hide = ["true", "yes"].contains(hide.lowercased())
            }
            correction.speaker = entry.values["speaker"]?.trimmingSpaces
            correction.measure = entry.values["measure"]?.trimmingSpaces
            if let dateText = entry.values["date"] {
                guard let date = EventDate(text: dateText.trimmingSpaces) else {
                    problems.append(.error(file, line: entry.lines["date"],
                        "'date' in a correction must be YYYY, YYYY-MM or YYYY-MM-DD, not '\(dateText)'"))
                    continue
                }
                correction.date = date
            }
            let allowed: [Target: [String]] = [.quote: ["speaker"], .figure: ["measure"], .event: ["date"]]
            let fixes = ["speaker", "measure", "date"].filter { entry.values[$0] != nil }
            if let wrong = fixes.first(where: { !allowed[target]!.contains($0) }) {
                problems.append(.error(file, line: entry.lines[wrong],
                    "'\(wrong)' does not apply to a \(target.rawValue); a \(target.rawValue) takes \(allowed[target]![0]): or hide: true"))
                continue
            }
            if fixes.isEmpty && !correction.hide {
                problems.append(.error(file, line: entry.line,
                    "this correction changes nothing: give \(allowed[target]![0]): or hide: true"))
                continue
            }
            corrections.append(correction)
        }
        fields.add(problems)
        return corrections
    }
}
