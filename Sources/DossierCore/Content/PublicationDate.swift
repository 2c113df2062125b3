import Foundation

/// A calendar date without time or zone: what a news clipping actually tells us.
public struct PublicationDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The current date in UTC: what "dated in the future" is measured against.
    public static func today(now: Date = Date()) -> PublicationDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return PublicationDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The date `days` later (earlier when negative): "yesterday" is `adding(days: -1)`.
    func adding(days: Int) -> PublicationDate {
        let moved = Self.calendar.date(byAdding: .day, value: days, to: instant)!
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: moved)
        return PublicationDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// 1 = Sunday … 7 = Saturday.
    var weekday: Int { Self.calendar.component(.weekday, from: instant) }

    private var instant: Date {
        Self.calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    public var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    /// "6 December 2021": unambiguous for readers everywhere.
    public var longForm: String {
        "\(day) \(Self.monthNames[month - 1]) \(year)"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
