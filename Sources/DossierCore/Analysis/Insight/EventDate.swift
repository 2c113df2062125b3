import Foundation

/// A date at the precision the text gives: a year, a month or a day.
public struct EventDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// "2018", "2016-10", "2021-12-06".
    public var description: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let month, month > 0, let day { text += String(format: "-%02d", day) }
        return text
    }

    /// For readers: "2018", "October 2016", "6 December 2021".
    public var readable: String {
        guard let month else { return String(year) }
        let name = Self.monthNames[month - 1]
        guard let day else { return "\(name) \(year)" }
        return "\(day) \(name) \(year)"
    }

    public static func < (a: EventDate, b: EventDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }

    /// Whether two dates can describe the same moment: "2018" fits "2018-10", not "2016-10".
    func isCompatible(with other: EventDate) -> Bool {
        guard year == other.year else { return false }
        guard let month, let otherMonth = other.month else { return true }
        guard month == otherMonth else { return false }
        guard let day, let otherDay = other.day else { return true }
        return day == otherDay
    }

    init?(_ date: PublicationDate) {
        let parts = date.iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    /// Days from a day back: used to resolve "on Monday" and "yesterday".
    func adding(days: Int) -> EventDate? {
        guard let month, let day else { return nil }
        var components = DateComponents()
        components.year = year; components.month = month; components.day = day
        guard let date = Self.calendar.date(from: components),
              let moved = Self.calendar.date(byAdding: .day, value: days, to: date) else { return nil }
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: moved)
        return EventDate(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// 1 = Sunday … 7 = Saturday.
    var weekday: Int? {
        guard let month, let day else { return nil }
        var components = DateComponents()
        components.year = year; components.month = month; components.day = day
        return Self.calendar.date(from: components).map { Self.calendar.component(.weekday, from: $0) }
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
}

extension EventDate {
    /// Reads "2018", "2016-10" or "2021-12-06".
    init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }), let year = parts[0], (1...9999).contains(year) else { return nil }
        let month = parts.count > 1 ? parts[1] : nil
        let day = parts.count > 2 ? parts[2] : nil
        if let month, !(1...12).contains(month) { return nil }
        if let day, !(1...31).contains(day) { return nil }
        self.init(year: year, month: month, day: day)
    }
}
