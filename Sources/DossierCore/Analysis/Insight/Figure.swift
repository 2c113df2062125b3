/// A number an article states: money, a count of things, a quantity with a unit or a
/// percentage, normalised so outlets can be compared, with its original wording kept.
public struct Figure: Sendable, Hashable {
    public enum Kind: String, Sendable { case money, count, quantity, percentage }

    /// What the article wrote and what it measures, in one shared object, so that copying a
    /// figure (a corpus has hundreds of thousands, read by groups, pages and reviews) costs
    /// one reference count, not one per string. A correction, which is rare, makes a new one.
    /// Groups hold places in a `FigureStore`, not copies (see `FigurePlaces`).
    private final class Reading: Sendable, Hashable {
        let articleSlug: String, kind: Kind, text: String, value: Double, unit: String, qualifier: String
        let measure: String, topicSlug: String?, sentence: String, corrected: Bool

        init(articleSlug: String, kind: Kind, text: String, value: Double, unit: String, qualifier: String,
             measure: String, topicSlug: String?, sentence: String, corrected: Bool) {
            (self.articleSlug, self.kind, self.text, self.value, self.unit, self.qualifier) = (articleSlug, kind, text, value, unit, qualifier)
            (self.measure, self.topicSlug, self.sentence, self.corrected) = (measure, topicSlug, sentence, corrected)
        }

        func with(measure: String? = nil, corrected: Bool? = nil) -> Reading {
            Reading(articleSlug: articleSlug, kind: kind, text: text, value: value, unit: unit, qualifier: qualifier,
                    measure: measure ?? self.measure, topicSlug: topicSlug, sentence: sentence, corrected: corrected ?? self.corrected)
        }

        static func == (a: Reading, b: Reading) -> Bool {
            a === b || ((a.articleSlug, a.kind, a.text, a.value, a.unit) == (b.articleSlug, b.kind, b.text, b.value, b.unit)
                && (a.qualifier, a.measure, a.topicSlug, a.sentence, a.corrected) == (b.qualifier, b.measure, b.topicSlug, b.sentence, b.corrected))
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(articleSlug); hasher.combine(kind); hasher.combine(text); hasher.combine(value); hasher.combine(unit)
            hasher.combine(qualifier); hasher.combine(measure); hasher.combine(topicSlug); hasher.combine(sentence); hasher.combine(corrected)
        }
    }

    private var reading: Reading
    /// What it measures: "S-400 deal value", "AK-203 rifles" (a correction may change it).
    public var measure: String {
        get { reading.measure }
        set { reading = reading.with(measure: newValue) }
    }
    /// Set when front matter corrected it.
    public var corrected: Bool {
        get { reading.corrected }
        set { reading = reading.with(corrected: newValue) }
    }

    public var articleSlug: String { reading.articleSlug }
    public var kind: Kind { reading.kind }
    /// As written: "$5.4-billion", "₹5,100 crore", "five units".
    public var text: String { reading.text }
    /// Normalised: 5.4e9, 5.1e10, 5.
    public var value: Double { reading.value }
    /// ISO currency (USD, INR), "percent", a unit (km, years) or the counted noun ("rifle").
    public var unit: String { reading.unit }
    /// "more than", "about" …; empty when the figure is given as exact.
    public var qualifier: String { reading.qualifier }
    public var topicSlug: String? { reading.topicSlug }
    public var sentence: String { reading.sentence }

    init(articleSlug: String, kind: Kind, text: String, value: Double, unit: String, qualifier: String, measure: String,
         topicSlug: String?, sentence: String) {
        reading = Reading(articleSlug: articleSlug, kind: kind, text: text, value: value, unit: unit, qualifier: qualifier,
                          measure: measure, topicSlug: topicSlug, sentence: sentence, corrected: false)
    }

    /// The value written for readers: "USD 5,400,000,000" is less useful than "5.4 billion USD".
    public var normalised: String {
        let scaled: String
        let magnitude = abs(value)
        func trim(_ number: Double) -> String {
            let text = String(format: "%.3f", number)
            var trimmed = text
            while trimmed.hasSuffix("0") { trimmed.removeLast() }
            if trimmed.hasSuffix(".") { trimmed.removeLast() }
            return trimmed
        }
        if magnitude >= 1e9 { scaled = trim(value / 1e9) + " billion" }
        else if magnitude >= 1e6 { scaled = trim(value / 1e6) + " million" }
        else { scaled = Self.grouped(value) }
        switch kind {
        case .money: return scaled + " " + unit
        case .percentage: return scaled + "%"
        case .quantity: return scaled + " " + unit
        case .count where value == 1: return scaled + " " + unit
        case .count: return scaled + " " + (unit.hasSuffix("y") ? unit.dropLast() + "ies" : unit + "s")
        }
    }

    private static func grouped(_ value: Double) -> String {
        if value != value.rounded() { return String(value) }
        let digits = String(Int(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }
}
