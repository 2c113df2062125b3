/// Reads the date formats news sites and scrapers write: `2021-12-06`, `2021-12-06T10:15:00Z`,
/// `2021/12/06`, `December 6, 2021`, `Monday, 6 Dec 2021 10:15 PM IST`, `06 Dec 2021`.
///
/// Purely numeric day/month orders (`06/12/2021`) are refused: they are ambiguous, and a
/// guessed date is worse than none.
enum LooseDate {
    static func parse(_ text: String) -> PublicationDate? {
        let trimmed = text.trimmingSpaces
        // Every readable date has a year: no digits, no date (and no work).
        guard trimmed.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return nil }
        if let iso = isoPrefix(trimmed) { return iso }
        let tokens = trimmed.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        for (index, token) in tokens.enumerated() {
            guard let month = month(token) else { continue }
            // "6 December 2021" / "6 Dec, 2021"
            if index >= 1, index + 1 < tokens.count, let day = day(tokens[index - 1]), let year = year(tokens[index + 1]) {
                return PublicationDate(year: year, month: month, day: day)
            }
            // "December 6, 2021" / "Dec 06 2021"
            if index + 2 < tokens.count, let day = day(tokens[index + 1]), let year = year(tokens[index + 2]) {
                return PublicationDate(year: year, month: month, day: day)
            }
        }
        return nil
    }

    /// `YYYY-MM-DD` or `YYYY/MM/DD`, optionally followed by a time.
    private static func isoPrefix(_ text: String) -> PublicationDate? {
        guard let first = text.first, first.isASCII, first.isNumber else { return nil }
        let head = String(text.prefix(10).map { $0 == "/" ? "-" : $0 })
        guard head.count == 10, let date = PublicationDate(iso: head) else { return nil }
        let rest = text.dropFirst(10)
        guard rest.isEmpty || rest.first == "T" || rest.first == " " || rest.first == "," else { return nil }
        return date
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func month(_ token: String) -> Int? {
        let lower = token.lowercased()
        guard lower.count >= 3, lower.allSatisfy(\.isLetter) else { return nil }
        let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"]
        if let index = full.firstIndex(of: lower) { return index + 1 }
        if lower == "sept" { return 9 }
        if lower.count == 3, let index = months.firstIndex(of: lower) { return index + 1 }
        return nil
    }

    private static func day(_ token: String) -> Int? {
        var digits = token
        for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) {
            digits = String(digits.dropLast(2))
        }
        guard (1...2).contains(digits.count), let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    private static func year(_ token: String) -> Int? {
        guard token.count == 4, let year = Int(token), (1800...2200).contains(year) else { return nil }
        return year
    }
}
