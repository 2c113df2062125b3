/// A number an article states: money, a count of things, a quantity with a unit or a
/// percentage, normalised so outlets can be compared, with its original wording kept.
public struct Figure: Sendable, Hashable {
    public enum Kind: String, Sendable { case money, count, quantity, percentage }

    public var articleSlug: String
    public var kind: Kind
    /// As written: "$5.4-billion", "₹5,100 crore", "five units".
    public var text: String
    /// Normalised: 5.4e9, 5.1e10, 5.
    public var value: Double
    /// ISO currency (USD, INR), "percent", a unit (km, years) or the counted noun ("rifle").
    public var unit: String
    /// "more than", "about" …; empty when the figure is given as exact.
    public var qualifier: String
    /// What it measures: "S-400 deal value", "AK-203 rifles".
    public var measure: String
    public var topicSlug: String?
    public var sentence: String
    /// Set when front matter corrected it.
    public var corrected = false

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
