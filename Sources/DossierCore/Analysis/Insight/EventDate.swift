/// A date at the precision the text gives: a year, a month or a day.
public struct EventDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var dayOfMonth: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        dayOfMonth = day
    }

    /// "2018", "2016-10", "2021-12-06".
    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let month, month > 0, let dayOfMonth { text += String(format: "-%02d", dayOfMonth) }
        return text
    }

    /// For readers: "2018", "October 2016", "6 December 2021".
    public var readable: String {
        if let day = self.day { return day.longForm }
        guard let month else { return String(year) }
        return "\(PublicationDate.monthNames[month - 1]) \(year)"
    }

    public static func < (a: EventDate, b: EventDate) -> Bool {
        (a.year, a.month ?? 0, a.dayOfMonth ?? 0) < (b.year, b.month ?? 0, b.dayOfMonth ?? 0)
    }

    /// Whether two dates can describe the same moment: "2018" fits "2018-10", not "2016-10".
    func isCompatible(with other: EventDate) -> Bool {
        guard year == other.year else { return false }
        guard let month, let otherMonth = other.month else { return true }
        guard month == otherMonth else { return false }
        guard let dayOfMonth, let otherDay = other.dayOfMonth else { return true }
        return dayOfMonth == otherDay
    }

    init(_ date: PublicationDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }

    /// A day that exists, or nil: "31 February 2021" is not a date.
    static func day(_ year: Int, _ month: Int, _ day: Int) -> EventDate? {
        PublicationDate(year: year, month: month, day: day).map(EventDate.init)
    }

    /// The full date, when the text gave the day.
    var day: PublicationDate? {
        guard let month, let dayOfMonth else { return nil }
        return PublicationDate(year: year, month: month, day: dayOfMonth)
    }
}

extension EventDate {
    /// Reads "2018", "2016-10" or "2021-12-06".
    init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }), let year = parts[0], (1...9999).contains(year) else { return nil }
        let month = parts.count > 1 ? parts[1] : nil
        if let month, !(1...12).contains(month) { return nil }
        if parts.count > 2 {
            guard let day = parts[2], let date = PublicationDate(year: year, month: month!, day: day) else { return nil }
            self.init(date)
            return
        }
        self.init(year: year, month: month)
    }
}
