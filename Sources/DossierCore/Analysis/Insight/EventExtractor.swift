/// Finds dated events in sentences: full dates (6 December 2021, December 6, 2021,
/// 2021-12-06), month and year (October 2016), a year with an event verb ("signed in 2018")
/// or an event noun ("the 2016 elections"), and dates relative to the publication date
/// ("on Monday", "yesterday", "last month", "in November") or to the date just given
/// ("the following summer"). Relative dates need a publication date; without one they
/// are left out rather than guessed.
struct EventExtractor {
    struct Found: Equatable {
        var date: EventDate
        /// The date as written: "in October 2016", "on Monday".
        var phrase: String
        /// The event's verb class, for merging reports: "signed", "enacted" …; nil when none.
        var action: String?
        /// Read relative to the publication date ("on Monday"): the day of the news, not a
        /// date outlets could dispute.
        var isRelative = false
    }

    let published: PublicationDate?
    /// The latest date read in this article, for "the following year".
    private(set) var lastDate: EventDate?

    init(published: PublicationDate?) {
        self.published = published
    }

    mutating func events(in sentence: [Unicode.Scalar]) -> [Found] {
        events(in: sentence, tokens: WordToken.tokens(sentence))
    }

    /// `tokens` locate themselves in `sentence`, which may be the whole paragraph.
    mutating func events(in sentence: [Unicode.Scalar], tokens: [WordToken]) -> [Found] {
        // Most sentences hold nothing that can start a date: no number, month, weekday or
        // relative word. They are passed over before any of the work below.
        guard tokens.contains(where: Self.mayStartDate) else { return [] }
        let actions = tokens.indices.compactMap { index in
            tokens[index].bareLexicon.contains(.action) ? Self.actions[tokens[index].bare].map { (index, $0) } : nil
        }
        // A year is an event date when something happens in the sentence: a known action or any past-tense verb.
        let happens = tokens.contains { $0.bareLexicon.contains(.happening) }
        let mentionsEvent = tokens.contains { $0.bareLexicon.contains(.eventNoun) }
        var found: [Found] = []
        var index = 0
        func add(_ date: EventDate?, from start: Int, through end: Int, relative: Bool = false) {
            guard let date else { return }
            lastDate = date
            guard !found.contains(where: { $0.date == date }) else { return }
            // The action word nearest the date names the event: "annexation … in 2014 and … the 2016 elections".
            let nearest = actions.min { abs($0.0 - start) < abs($1.0 - start) }?.1
            found.append(Found(date: date, phrase: String(scalars: sentence[tokens[start].start..<tokens[end].end]), action: nearest,
                               isRelative: relative))
        }
        while index < tokens.count {
            // Every form below starts at a token that can start a date: the others (most
            // words) are passed over without copying them and the token after.
            guard Self.mayStartDate(tokens[index]) else {
                index += 1
                continue
            }
            let token = tokens[index]
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            // 2021-12-06
            if NumberWords.isYear(token), index + 4 < tokens.count, tokens[index + 1].text == "-", tokens[index + 3].text == "-",
               !tokens[index + 1].spaceBefore, let month = Int(tokens[index + 2].text), let day = Int(tokens[index + 4].text),
               (1...12).contains(month), (1...31).contains(day), tokens[index + 2].kind == .number {
                add(EventDate.day(Int(token.text)!, month, day), from: index, through: index + 4)
                index += 5
                continue
            }
            // 6 December 2021
            if token.kind == .number, let day = Int(token.text), (1...31).contains(day), let next, next.isCapitalized,
               let month = NumberWords.months[next.lower], index + 2 < tokens.count, NumberWords.isYear(tokens[index + 2]) {
                add(EventDate.day(Int(tokens[index + 2].text)!, month, day), from: index, through: index + 2)
                index += 3
                continue
            }
            if token.kind == .word, token.isCapitalized, token.lexicon.contains(.month), let month = NumberWords.months[token.lower],
               token.lower != "may" || next?.kind == .number {
                // December 6, 2021 / Dec. 6, 2021
                var next = next
                var dayAt = index + 1
                if next?.text == ".", index + 2 < tokens.count { dayAt = index + 2; next = tokens[dayAt] }
                if let next, next.kind == .number, let day = Int(next.text), (1...31).contains(day), !NumberWords.isYear(next) {
                    var yearAt = dayAt + 1
                    if yearAt < tokens.count, tokens[yearAt].text == "," { yearAt += 1 }
                    if yearAt < tokens.count, NumberWords.isYear(tokens[yearAt]) {
                        add(EventDate.day(Int(tokens[yearAt].text)!, month, day), from: index, through: yearAt)
                        index = yearAt + 1
                        continue
                    }
                }
                // October 2016
                if let next, NumberWords.isYear(next) {
                    add(EventDate(year: Int(next.text)!, month: month), from: index, through: index + 1)
                    index += 2
                    continue
                }
                // "in November": the latest November up to the publication month.
                if index > 0, ["in", "since", "last"].contains(tokens[index - 1].bare),
                   let published {
                    let year = month <= published.month ? published.year : published.year - 1
                    add(EventDate(year: year, month: month), from: index - 1, through: index, relative: true)
                }
                index += 1
                continue
            }
            // "signed in 2018", "the 2016 US presidential elections"
            if NumberWords.isYear(token), index + 2 < tokens.count, tokens[index + 1].text == "-", !tokens[index + 1].spaceBefore,
               tokens[index + 2].kind == .number {
                index += 3  // a range, "2011-2015", is a period, not a date
                continue
            }
            if NumberWords.isYear(token), index > 0 {
                let year = Int(token.text)!
                let before = tokens[index - 1].bare
                let nounFollows = tokens[(index + 1)..<min(tokens.count, index + 4)].contains { $0.bareLexicon.contains(.eventNoun) }
                if ["in", "since", "by", "of", "until"].contains(before), happens || mentionsEvent {
                    add(EventDate(year: year), from: index - 1, through: index)
                } else if nounFollows, before == "the" || tokens[index - 1].kind == .word {
                    add(EventDate(year: year), from: index - 1, through: index)
                }
                index += 1
                continue
            }
            if token.kind == .word, token.bareLexicon.contains(.relativeWord), let relative = relativeDate(tokens, at: index) {
                add(relative.date, from: relative.start, through: relative.end, relative: true)
                index = relative.end + 1
                continue
            }
            index += 1
        }
        return found
    }

    /// Whether a date read by `events` can start at this token: a number (a year, a day), a
    /// capitalised month, or the word a relative date turns on.
    private static func mayStartDate(_ token: WordToken) -> Bool {
        switch token.kind {
        case .number: return true
        case .symbol: return false
        case .word:
            return token.isCapitalized && token.lexicon.contains(.month) || token.bareLexicon.contains(.relativeWord)
        }
    }

    static let relativeWords = Set(NumberWords.weekdays.keys).union(["today", "yesterday", "last", "following"])

    /// "on Monday", "today", "yesterday", "last month", "last year", "the following summer".
    private func relativeDate(_ tokens: [WordToken], at index: Int) -> (date: EventDate?, start: Int, end: Int)? {
        let word = tokens[index].bare
        if let weekday = NumberWords.weekdays[word] {
            guard let published else { return (nil, index, index) }
            let back = (published.weekday - weekday + 7) % 7
            let start = index > 0 && tokens[index - 1].bare == "on" ? index - 1 : index
            return (EventDate(published.adding(days: -back)), start, index)
        }
        switch word {
        case "today": return (published.map(EventDate.init), index, index)
        case "yesterday": return (published.map { EventDate($0.adding(days: -1)) }, index, index)
        case "last" where index + 1 < tokens.count:
            guard let published else { return nil }
            if tokens[index + 1].bare == "month" {
                let month = published.month
                return (month == 1 ? EventDate(year: published.year - 1, month: 12) : EventDate(year: published.year, month: month - 1), index, index + 1)
            }
            if tokens[index + 1].bare == "year" { return (EventDate(year: published.year - 1), index, index + 1) }
            return nil
        case "following" where index > 0 && tokens[index - 1].bare == "the" && index + 1 < tokens.count:
            guard let lastDate, ["year", "summer", "spring", "autumn", "fall", "winter"].contains(tokens[index + 1].bare) else { return nil }
            return (EventDate(year: lastDate.year + 1), index - 1, index + 1)
        default:
            return nil
        }
    }

    /// Verbs that make a year an event date, by class: outlets that say "inked" and "signed"
    /// report the same event.
    static let actions: [String: String] = {
        var map: [String: String] = [:]
        for verb in ["signed", "inked", "sealed", "finalised", "finalized", "concluded", "clinched", "reached", "agreed", "struck", "signing"] { map[verb] = "signed" }
        for verb in ["passed", "enacted", "adopted"] { map[verb] = "enacted" }
        for verb in ["delivered", "delivery", "deliveries", "arrived", "inducted", "deployed"] { map[verb] = "delivered" }
        for verb in ["annexed", "annexation", "invaded", "invasion"] { map[verb] = "annexed" }
        for noun in ["election", "elections", "polls"] { map[noun] = "election" }
        for verb in ["imposed", "sanctioned", "waived"] { map[verb] = "sanctions" }
        for verb in ["began", "started", "launched", "kicked", "opened", "held", "met", "visited", "visits", "announced",
                     "ordered", "bought", "purchased", "approved", "tested", "elected", "founded", "established",
                     "hailed", "said", "told", "introduced", "cancelled", "canceled", "renewed", "withdrew", "meddling"] {
            map[verb] = map[verb] ?? verb
        }
        return map
    }()

    static let pastTense: Set<String> = [
        "came", "began", "went", "took", "made", "paid", "sold", "bought", "met", "won", "gave", "saw", "led", "held",
        "became", "fell", "rose", "left", "built", "sent", "set", "put", "got", "brought", "struck", "froze", "chose",
    ]
    static let eventNouns: Set<String> = [
        "election", "elections", "summit", "war", "visit", "meeting", "talks", "dialogue", "olympics", "crisis",
        "deal", "agreement", "treaty", "invasion", "annexation", "attack", "attacks", "polls", "coup", "referendum",
    ]
}
