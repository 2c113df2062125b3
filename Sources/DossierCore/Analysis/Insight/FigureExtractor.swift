/// Finds figures in sentences: `$5.4-billion`, `USD 5 billion`, `₹5,100 crore`, `Rs 5000 crore`,
/// `6,01,427 rifles`, `five units`, `400 km`, `12%`, `10-year`. Skips numbers that are not
/// figures: years and dates, ordinals, designations (S-400, AK-203, G20), `2+2`, year
/// ranges, calibres (7.62 x 39mm), and a number right after "the" ("the two countries").
struct FigureExtractor {
    /// Where a figure stands and what it reads as, before a topic and measure are attached.
    struct Found: Equatable {
        var kind: Figure.Kind
        var text: String
        var value: Double
        var unit: String
        var qualifier: String
        /// Scalar offsets in the sentence (or the paragraph it was read from).
        var start: Int
        var end: Int
        /// For counts and quantities, the noun or unit word as written (plural).
        var noun: String
    }

    static func figures(in sentence: [Unicode.Scalar]) -> [Found] {
        figures(in: sentence, tokens: WordToken.tokens(sentence))
    }

    /// `tokens` locate themselves in `sentence`, which may be the whole paragraph.
    static func figures(in sentence: [Unicode.Scalar], tokens: [WordToken]) -> [Found] {
        var found: [Found] = []
        var skipUntil = 0
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            // Only a number or a number word can start a figure: other tokens are passed
            // over without copying them.
            guard index >= skipUntil, tokens[index].kind == .number || tokens[index].lexicon.contains(.numberWord) else { continue }
            let token = tokens[index]
            let isDigits = token.kind == .number
            let wordValue = token.lexicon.contains(.numberWord) ? NumberWords.small[token.lower] : nil
            guard isDigits || wordValue != nil else { continue }
            if isDigits, let skip = notAFigure(tokens, at: index) {
                skipUntil = skip
                continue
            }
            guard var value = isDigits ? NumberWords.value(of: token.text) : wordValue else { continue }
            var end = index + 1
            // Scale: "5 billion", "5.4-billion", "5,100 crore".
            var scaleWord = ""
            var scaleAt = end
            if scaleAt < tokens.count, tokens[scaleAt].text == "-", !tokens[scaleAt].spaceBefore { scaleAt += 1 }
            if scaleAt < tokens.count, tokens[scaleAt].lexicon.contains(.scale), let scale = NumberWords.scales[tokens[scaleAt].lower] {
                value *= scale
                scaleWord = tokens[scaleAt].lower
                end = scaleAt + 1
            }
            var start = index
            var currency = currencyBefore(tokens, at: index, start: &start)
            if currency == nil, end < tokens.count, tokens[end].lexicon.contains(.currencyWord), let after = Self.currencyWords[tokens[end].lower] {
                currency = after
                end += 1
            } else if currency == nil, end + 1 < tokens.count, tokens[end].lexicon.contains(.dollarCountry),
                      let country = Self.dollarCountries[tokens[end].lower],
                      tokens[end + 1].lower == "dollars" {
                currency = country
                end += 2
            }
            // Crore and lakh are rupees unless they count things ("7.5 lakh rifles", "6 lakh AK-203 rifles").
            if currency == nil, scaleWord.hasPrefix("crore") || scaleWord.hasPrefix("lakh"),
               countedNoun(tokens, after: end) == nil { currency = "INR" }
            let qualifier = Self.qualifier(tokens, before: start)
            func emit(_ kind: Figure.Kind, _ unit: String, noun: String = "", through last: Int) {
                found.append(Found(kind: kind, text: String(scalars: sentence[tokens[start].start..<tokens[last].end]),
                                   value: value, unit: unit, qualifier: qualifier,
                                   start: tokens[start].start, end: tokens[last].end, noun: noun))
                skipUntil = last + 1
            }
            if let currency {
                emit(.money, currency, through: end - 1)
                continue
            }
            // Percentages: "12%", "15 per cent", "15 percent".
            if end < tokens.count, tokens[end].text == "%" { emit(.percentage, "percent", through: end); continue }
            if end < tokens.count, tokens[end].lower == "percent" { emit(.percentage, "percent", through: end); continue }
            if end + 1 < tokens.count, tokens[end].lower == "per", tokens[end + 1].lower == "cent" {
                emit(.percentage, "percent", through: end + 1)
                continue
            }
            // Units: "400 km", "39mm", "10-year", "five years".
            var unitAt = end
            if unitAt < tokens.count, tokens[unitAt].text == "-", !tokens[unitAt].spaceBefore { unitAt += 1 }
            if unitAt < tokens.count, tokens[unitAt].lexicon.contains(.unit), let unit = Self.units[tokens[unitAt].lower] {
                emit(.quantity, unit, noun: tokens[unitAt].lower, through: unitAt)
                continue
            }
            if NumberWords.isYear(token) && scaleWord.isEmpty { continue }
            // Counts: a number of two or more, then the plural noun it counts.
            guard value >= 2, value == value.rounded() || !scaleWord.isEmpty, !anaphoric(tokens, before: start),
                  let noun = countedNoun(tokens, after: end) else { continue }
            emit(.count, Self.singular(tokens[noun].lower), noun: tokens[noun].lower, through: noun)
        }
        return found
    }

    /// When the number at `index` is not a figure, the token index to skip to.
    private static func notAFigure(_ tokens: [WordToken], at index: Int) -> Int? {
        let token = tokens[index]
        let previous = index > 0 ? tokens[index - 1] : nil
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        // Glued to a word or a hyphen after one: S-400, AK-203, G20, 2021-2031's second half.
        if let previous, !token.spaceBefore {
            if previous.kind == .word { return index + 1 }
            if previous.text == "-" || previous.text == "+" || previous.text == "/", index >= 2, !previous.spaceBefore,
               tokens[index - 2].kind != .symbol { return index + 1 }
        }
        if let next, !next.spaceBefore {
            // 2+2, 2021-2031, 20th, 10:30.
            if next.text == "+" || next.text == ":" || next.text == "/" { return index + 3 }
            if next.text == "-", index + 2 < tokens.count, tokens[index + 2].kind == .number { return index + 3 }
            if ["th", "st", "nd", "rd"].contains(next.lower) { return index + 2 }
        }
        // Calibre: 7.62 x 39mm.
        if let next, next.lower == "x" || next.text == "×", index + 2 < tokens.count, tokens[index + 2].kind == .number {
            var skip = index + 3
            if skip < tokens.count, !tokens[skip].spaceBefore, tokens[skip].kind == .word { skip += 1 }
            return skip
        }
        // Dates: "6 December 2021", "December 6, 2021", "October 2016".
        if let next, next.lexicon.contains(.month), next.isCapitalized { return index + 1 }
        if let previous, previous.lexicon.contains(.month), previous.isCapitalized { return index + 1 }
        return nil
    }

    private static func currencyBefore(_ tokens: [WordToken], at index: Int, start: inout Int) -> String? {
        guard index > 0 else { return nil }
        var at = index - 1
        if tokens[at].text == ".", at > 0, tokens[at - 1].lower == "rs" { at -= 1 }  // "Rs. 5000"
        let before = tokens[at]
        var currency: String?
        if before.kind == .symbol { currency = Self.currencySymbols[before.text] }
        else if before.lexicon.contains(.currencyCode) { currency = Self.currencyCodes[before.lower] }
        guard var found = currency else { return nil }
        start = at
        // US$ 800 million, A$90bn, C$ 2 billion.
        if before.text == "$", at > 0, tokens[at - 1].kind == .word, !before.spaceBefore,
           let prefixed = dollarPrefixes[tokens[at - 1].text] {
            start = at - 1
            found = prefixed
        }
        return found
    }

    private static func qualifier(_ tokens: [WordToken], before start: Int) -> String {
        guard start > 0, tokens[start - 1].lexicon.contains(.qualifierEnd) else { return "" }
        for (phrase, words) in qualifierWords {
            guard start >= words.count else { continue }
            if zip(tokens[(start - words.count)..<start], words).allSatisfy({ $0.lower == $1 }) { return phrase }
        }
        return ""
    }

    /// "the two countries", "its five units": a number that points back rather than reports.
    private static func anaphoric(_ tokens: [WordToken], before start: Int) -> Bool {
        start > 0 && ["the", "these", "those", "its", "their", "our", "his", "her", "both", "all"].contains(tokens[start - 1].lower)
    }

    /// The first plural noun within a few words: "five units", "600,000 AK-203 assault rifles",
    /// "6,01,427 7.63 x 39mm assault rifles".
    private static func countedNoun(_ tokens: [WordToken], after end: Int) -> Int? {
        var index = end
        while index < tokens.count, index < end + 7 {
            let token = tokens[index]
            if token.kind == .symbol, !(token.text == "-" || token.text == "×" || token.text == "/") { return nil }
            if token.kind == .word {
                let lower = token.lower
                if token.lexicon.contains(.nounStop) { return nil }
                if token.lexicon.contains(.irregularPlural), token.startsLowercase { return index }
                if lower.utf8.last == UInt8(ascii: "s"), lower.count >= 3, lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("us"),
                   !token.lexicon.contains(.notPlural), token.startsLowercase { return index }
            }
            index += 1
        }
        return nil
    }

    static func singular(_ noun: String) -> String {
        if let irregular = irregularPlurals[noun] { return irregular }
        if noun.hasSuffix("ies") { return String(noun.dropLast(3)) + "y" }
        for suffix in ["sses", "ches", "shes", "xes"] where noun.hasSuffix(suffix) { return String(noun.dropLast(2)) }
        return String(noun.dropLast())
    }

    static let irregularPlurals: [String: String] = [
        "people": "person", "men": "man", "women": "woman", "children": "child", "personnel": "personnel",
    ]
    static let currencySymbols: [String: String] = ["$": "USD", "₹": "INR", "€": "EUR", "£": "GBP", "₽": "RUB"]
    static let currencyCodes: [String: String] = [
        "usd": "USD", "us$": "USD", "inr": "INR", "rs": "INR", "eur": "EUR", "gbp": "GBP", "rub": "RUB",
    ]
    static let currencyWords: [String: String] = [
        "dollars": "USD", "rupees": "INR", "euros": "EUR", "pounds": "GBP", "roubles": "RUB", "rubles": "RUB",
    ]
    static let dollarPrefixes: [String: String] = ["US": "USD", "A": "AUD", "C": "CAD", "NZ": "NZD", "S": "SGD", "HK": "HKD"]
    static let dollarCountries: [String: String] = [
        "australian": "AUD", "canadian": "CAD", "singapore": "SGD", "hong": "HKD", "new": "NZD",
    ]
    static let units: [String: String] = [
        "km": "km", "kms": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
        "miles": "miles", "mile": "miles", "mm": "mm", "cm": "cm", "metres": "m", "meters": "m", "kg": "kg",
        "kilograms": "kg", "tonnes": "tonnes", "tons": "tonnes", "tonne": "tonnes", "mw": "MW", "gw": "GW",
        "year": "years", "years": "years", "month": "months", "months": "months", "day": "days", "days": "days",
        "week": "weeks", "weeks": "weeks", "hour": "hours", "hours": "hours",
    ]
    private static let qualifiers = [
        "more than", "less than", "fewer than", "at least", "up to", "over", "about", "around", "nearly",
        "almost", "roughly", "approximately", "some", "under",
    ]
    /// Each qualifier with its words, split once.
    static let qualifierWords = qualifiers.map { ($0, $0.split(separator: " ").map(String.init)) }
    static let nounStops: Set<String> = [
        "of", "the", "to", "in", "on", "and", "or", "for", "by", "with", "from", "at", "that", "which", "who",
        "is", "are", "was", "were", "will", "would", "has", "have", "had", "a", "an",
    ]
    static let notPlural: Set<String> = [
        "this", "its", "has", "was", "does", "his", "hers", "ours", "theirs", "yes", "thus", "whereas", "less",
        "news", "always", "perhaps", "besides", "towards", "afterwards", "various", "serious", "previous",
    ]
}
