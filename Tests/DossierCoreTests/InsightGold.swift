import Foundation
import Yams
@testable import DossierCore

/// Gold labels for insight extraction and the scoring that compares extraction with them.
struct InsightGold {
    struct Quote { var text: String; var speaker: String }
    struct FigureLabel { var text: String; var value: Double; var unit: String; var measure: String? }
    struct Event { var date: String; var text: String }
    struct Labels { var quotes: [Quote] = []; var figures: [FigureLabel] = []; var events: [Event] = [] }

    /// By article file, relative to the dossier root.
    var articles: [String: Labels] = [:]
    var duplicates: [[String]] = []

    static let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/insight")

    static func load(_ name: String) throws -> InsightGold {
        let yaml = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        guard let root = try Yams.load(yaml: yaml) as? [String: Any], let articles = root["articles"] as? [String: Any] else {
            throw DossierError([.error(name, "gold file has no 'articles' mapping")])
        }
        var gold = InsightGold()
        for (file, value) in articles {
            let fields = value as? [String: Any] ?? [:]
            var labels = Labels()
            for quote in fields["quotes"] as? [[String: Any]] ?? [] {
                labels.quotes.append(Quote(text: "\(quote["text"]!)", speaker: "\(quote["speaker"]!)"))
            }
            for figure in fields["figures"] as? [[String: Any]] ?? [] {
                let value = (figure["value"] as? Double) ?? Double("\(figure["value"]!)")!
                labels.figures.append(FigureLabel(text: "\(figure["text"]!)", value: value, unit: "\(figure["unit"]!)",
                                                  measure: figure["measure"] as? String))
            }
            for event in fields["events"] as? [[String: Any]] ?? [] {
                labels.events.append(Event(date: "\(event["date"]!)", text: "\(event["text"]!)"))
            }
            gold.articles[file] = labels
        }
        gold.duplicates = (root["duplicates"] as? [[String]]) ?? []
        return gold
    }

    /// Matches found against gold, one to one; counts for precision and recall.
    struct Score: CustomStringConvertible {
        var name: String
        var found = 0, gold = 0, matched = 0
        var misses: [String] = []
        var precision: Double { found == 0 ? 1 : Double(matched) / Double(found) }
        var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
        var description: String {
            String(format: "%@: precision %.3f (%d of %d found), recall %.3f (%d of %d labelled)",
                   name, precision, matched, found, recall, matched, gold)
        }

        mutating func add<F, G>(_ extracted: [F], _ labels: [G], in file: String, same: (F, G) -> Bool,
                                show: (F) -> String, showGold: (G) -> String) {
            found += extracted.count
            gold += labels.count
            var unused = Array(labels.indices)
            for item in extracted {
                if let position = unused.firstIndex(where: { same(item, labels[$0]) }) {
                    matched += 1
                    unused.remove(at: position)
                } else {
                    misses.append("\(file): extra \(name): \(show(item))")
                }
            }
            misses += unused.map { "\(file): missed \(name): \(showGold(labels[$0]))" }
        }
    }

    static func words(_ text: String) -> [String] { QuoteGrouper.normalisedWords(text) }

    /// Same wording, allowing small differences: most words of each found in the other.
    static func sameText(_ a: String, _ b: String) -> Bool {
        let x = words(a), y = words(b)
        guard !x.isEmpty, !y.isEmpty else { return false }
        let setX = Set(x), setY = Set(y)
        let shared = Double(setX.intersection(setY).count)
        return shared / Double(setX.count) >= 0.8 && shared / Double(setY.count) >= 0.8
    }

    /// Same speaker: same surname, or one description's words inside the other's.
    static func sameSpeaker(_ found: String?, _ label: String) -> Bool {
        guard let found else { return false }
        let ignored: Set<String> = ["the", "a", "an", "of", "in", "s"]
        let x = Set(words(found)).subtracting(ignored), y = Set(words(label)).subtracting(ignored)
        guard !x.isEmpty, !y.isEmpty else { return false }
        if x.isSubset(of: y) || y.isSubset(of: x) { return true }
        // Two names with one surname: "Sergei Lavrov" and "Sergey Lavrov".
        let bothNames = label.first?.isUppercase == true && found.first?.isUppercase == true
        return bothNames && words(found).last == words(label).last
    }

    func score(_ dossier: Dossier) -> (quotes: Score, figures: Score, events: Score) {
        var quotes = Score(name: "quotes"), figures = Score(name: "figures"), events = Score(name: "events")
        let fileBySlug = Dictionary(uniqueKeysWithValues: dossier.articles.map { ($0.article.slug, $0.article.file) })
        // A quote that holds two others sits in both their groups: count it once.
        var seen: Set<String> = []
        let allQuotes = dossier.insight.quoteGroups.flatMap(\.quotations).filter { seen.insert($0.articleSlug + "\u{1F}" + $0.text).inserted }
        let allFigures = dossier.insight.figureGroups.flatMap(\.figures)
        let allEvents = dossier.insight.timeline.flatMap(\.reports)
        for (file, labels) in articles.sorted(by: { $0.key < $1.key }) {
            let slug = fileBySlug.first { $0.value == file }?.key
            quotes.add(allQuotes.filter { $0.articleSlug == slug }, labels.quotes, in: file,
                       same: { Self.sameText($0.text, $1.text) && Self.sameSpeaker($0.speaker, $1.speaker) },
                       show: { "“\($0.text.prefix(60))…” — \($0.speaker ?? "nobody")" },
                       showGold: { "“\($0.text.prefix(60))…” — \($0.speaker)" })
            figures.add(allFigures.filter { $0.articleSlug == slug }, labels.figures, in: file,
                        same: { abs($0.value - $1.value) <= 1e-6 * max(1, $1.value) && $0.unit == $1.unit },
                        show: { "\($0.text) = \($0.value) \($0.unit)" },
                        showGold: { "\($0.text) = \($0.value) \($0.unit)" })
            events.add(allEvents.filter { $0.articleSlug == slug }, labels.events, in: file,
                       same: { $0.date.description == $1.date && Self.words($0.sentence).joined(separator: " ").contains(Self.words($1.text).joined(separator: " ")) },
                       show: { "\($0.date) \($0.phrase) in “\($0.sentence.prefix(70))…”" },
                       showGold: { "\($0.date) “\($0.text)”" })
        }
        return (quotes, figures, events)
    }
}
