/// Number vocabulary shared by the figure and date extractors.
enum NumberWords {
    static let small: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    ]
    static let scales: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12,
        "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
    ]
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
    ]

    /// A digit token's value: "6,01,427" → 601427, "5.4" → 5.4.
    static func value(of digits: String) -> Double? {
        digits.utf8.contains(UInt8(ascii: ",")) ? Double(String(digits.filter { $0 != "," })) : Double(digits)
    }

    /// A plain four-digit number that reads as a year.
    static func isYear(_ token: WordToken) -> Bool {
        // Number tokens are ASCII digits with "," or "." inside: four bytes of digits only.
        token.kind == .number && token.text.utf8.count == 4 && token.text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            && (1900...2100).contains(Int(token.text) ?? 0)
    }
}
