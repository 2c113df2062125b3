import DossierCore

/// Deterministic synthetic news text shaped like the demo's clippings: headlines, datelines,
/// quotes, figures and topic mentions, with the junk real clippings carry.
struct CorpusWriter {
    var rng: SplitMix

    init(seed: UInt64) {
        rng = SplitMix(seed: seed)
    }

    static let mainTopics = ["S-400", "CAATSA", "AUKUS", "AK-203"]
    static let otherTopics = [
        "Quad", "Rafale", "BrahMos", "Tejas", "INS Vikrant", "Chinook", "Apache", "MiG-29", "Su-30MKI", "Kamov Ka-226",
        "Igla-S", "Pinaka", "Arjun", "Netra", "Astra", "Agni-V", "Prithvi", "Nirbhay", "Akash", "Barak-8", "Heron",
        "Predator", "P-8I", "MH-60R", "Scorpene", "Arihant", "Chakra", "Talwar", "Kolkata", "Visakhapatnam",
        "Project 75I", "LCA Mk2", "AMCA", "HAL", "DRDO", "Galwan", "LAC", "Ladakh", "SCO", "BRICS",
    ]
    static let outlets = [
        "Hindustan Times", "Republic World", "NDTV", "The Hindu", "Indian Express", "Times of India", "Mint", "Scroll",
        "The Print", "The Wire", "News18", "India Today", "Deccan Herald", "The Tribune", "Economic Times",
        "Business Standard", "WION", "Firstpost", "Sputnik", "TASS", "RT", "Izvestia", "Reuters", "AP", "AFP",
        "Bloomberg", "Al Jazeera", "BBC", "CNN", "Defense News",
    ]
    static let people = ["Sergey Lavrov", "Sergey Shoigu", "Rajnath Singh", "S Jaishankar", "Vladimir Putin",
                         "Narendra Modi", "Antony Blinken", "Lloyd Austin", "Ajay Bhatt", "Ned Price"]
    static let verbs = ["said", "told reporters", "added", "was quoted as saying", "said in a statement"]
    static let nouns = ["deal", "agreement", "delivery", "contract", "partnership", "dialogue", "summit", "waiver",
                        "sanction", "negotiation", "system", "regiment", "programme", "procurement", "talks"]
    static let adjectives = ["strategic", "bilateral", "advanced", "long-range", "sovereign", "crucial", "major",
                             "fresh", "key", "delayed", "historic", "controversial", "landmark"]
    static let places = ["New Delhi", "Moscow", "Washington", "Beijing", "Canberra", "London", "Ladakh", "Kolkata"]

    /// 1–5 topics, the demo's four weighted heavily.
    mutating func topics() -> [String] {
        var chosen: [String] = []
        let count = rng.int(1...5)
        while chosen.count < count {
            let topic = rng.int(0..<100) < 60 ? rng.pick(Self.mainTopics) : rng.pick(Self.otherTopics)
            if !chosen.contains(topic) { chosen.append(topic) }
        }
        return chosen
    }

    mutating func headline(about topics: [String]) -> String {
        let templates = [
            "{T} {N} moves ahead despite US pressure", "{P} defends {T} {N} in {L}", "What the {T} {N} means for India",
            "{L} and Moscow sign {A} {T} {N}", "US weighs {T} waiver as {N} nears", "{T}: the {A} {N} explained",
        ]
        return fill(rng.pick(templates), topics) + " (\(rng.int(1...9999)))"
    }

    mutating func sentence(about topics: [String]) -> String {
        let templates = [
            "The {A} {T} {N} worth ${M} billion is being implemented, {P} {V}.",
            "\u{201C}We witnessed attempts to undermine this {N},\u{201D} {P} {V} in {L} on {D}.",
            "{P} {V} that the {T} {N} of {K} units was signed in {Y}.",
            "Officials in {L} said the {A} {N} covers {K} systems at a cost of \u{20B9}{C} crore.",
            "The {T} {N} has a range of up to {R} km and has drawn criticism under CAATSA, according to {P}.",
            "In {Y}, the {A} {N} over {T} was discussed at length by {P} and officials from {L}.",
            "About {Q} per cent of the {N} had been completed, {P} {V}.",
            "A {A} {N} between {L} and Moscow on {T} is expected by {D}, sources told the newspaper.",
        ]
        return fill(rng.pick(templates), topics)
    }

    /// A paragraph of 3–6 sentences.
    mutating func paragraph(about topics: [String]) -> String {
        (0..<rng.int(3...6)).map { _ in sentence(about: topics) }.joined(separator: " ")
    }

    mutating func fill(_ template: String, _ topics: [String]) -> String {
        var text = template
        while let range = text.range(of: "{T}") { text.replaceSubrange(range, with: rng.pick(topics)) }
        while let range = text.range(of: "{N}") { text.replaceSubrange(range, with: rng.pick(Self.nouns)) }
        while let range = text.range(of: "{A}") { text.replaceSubrange(range, with: rng.pick(Self.adjectives)) }
        while let range = text.range(of: "{P}") { text.replaceSubrange(range, with: rng.pick(Self.people)) }
        while let range = text.range(of: "{V}") { text.replaceSubrange(range, with: rng.pick(Self.verbs)) }
        while let range = text.range(of: "{L}") { text.replaceSubrange(range, with: rng.pick(Self.places)) }
        while let range = text.range(of: "{M}") { text.replaceSubrange(range, with: "\(rng.int(3...6)).\(rng.int(0...9))") }
        while let range = text.range(of: "{K}") { text.replaceSubrange(range, with: "\(rng.int(2...12))") }
        while let range = text.range(of: "{C}") { text.replaceSubrange(range, with: "\(rng.int(1...9)),\(rng.int(100...999))") }
        while let range = text.range(of: "{R}") { text.replaceSubrange(range, with: "\(rng.int(40...400))") }
        while let range = text.range(of: "{Q}") { text.replaceSubrange(range, with: "\(rng.int(10...95))") }
        while let range = text.range(of: "{Y}") { text.replaceSubrange(range, with: "\(rng.int(2014...2021))") }
        while let range = text.range(of: "{D}") { text.replaceSubrange(range, with: date()) }
        return text
    }

    mutating func date() -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        return "\(rng.int(1...28)) \(rng.pick(months)) \(rng.int(2016...2021))"
    }

    mutating func isoDate() -> String {
        let month = rng.int(1...12), day = rng.int(1...28)
        return "\(rng.int(2016...2021))-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
