import Foundation
import SwiftCSV

/// Reads scraper output — JSON Lines, a JSON array, or CSV with a header row — into
/// import records. A bad record is reported with its line or row and the rest still import.
enum RecordFile {
    static let extensions = ["jsonl", "ndjson", "json", "csv"]

    static func isRecordFile(_ path: String) -> Bool {
        extensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// Rows of named fields, in file order, each with its place for messages.
    struct Row {
        var place: String
        var line: Int?
        var fields: [String: String]
    }

    static func rows(in text: String, file: String) -> (rows: [Row], problems: [Diagnostic]) {
        switch (file as NSString).pathExtension.lowercased() {
        case "csv": return csvRows(text, file: file)
        case "json": return jsonArrayRows(text, file: file)
        default: return jsonLinesRows(text, file: file)
        }
    }

    static func records(in text: String, file: String, displayName: String) -> (records: [ImportRecord], problems: [Diagnostic]) {
        let (rows, problems) = rows(in: text, file: file)
        var records: [ImportRecord] = []
        var all = problems
        for row in rows {
            var named: [ImportRecord.Field: String] = [:]
            for (key, value) in row.fields {
                if let field = ImportRecord.Field.named(key), named[field] == nil { named[field] = value }
            }
            guard let body = named[.text], !body.trimmingSpaces.isEmpty else {
                let expected = ImportRecord.Field.text.names.joined(separator: ", ")
                all.append(.error(file, line: row.line, "\(row.place) has no article text (expected a field named one of: \(expected))"))
                continue
            }
            records.append(ImportRecord(name: "\(displayName)#\(row.place.split(separator: " ").last ?? "")", fields: named, text: body))
        }
        return (records, all)
    }

    private static func jsonLinesRows(_ text: String, file: String) -> ([Row], [Diagnostic]) {
        var rows: [Row] = []
        var problems: [Diagnostic] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            let place = "record \(rows.count + problems.count + 1)"
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                problems.append(.error(file, line: index + 1, "\(place) is not a JSON object on one line"))
                continue
            }
            rows.append(Row(place: place, line: index + 1, fields: object.mapValues(flatten)))
        }
        return (rows, problems)
    }

    private static func jsonArrayRows(_ text: String, file: String) -> ([Row], [Diagnostic]) {
        guard let array = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any] else {
            return ([], [.error(file, "expected a JSON array of article objects (or use .jsonl for one object per line)")])
        }
        var rows: [Row] = []
        var problems: [Diagnostic] = []
        for (index, item) in array.enumerated() {
            guard let object = item as? [String: Any] else {
                problems.append(.error(file, "record \(index + 1) is not a JSON object"))
                continue
            }
            rows.append(Row(place: "record \(index + 1)", line: nil, fields: object.mapValues(flatten)))
        }
        return (rows, problems)
    }

    private static func csvRows(_ text: String, file: String) -> ([Row], [Diagnostic]) {
        do {
            let csv = try CSV<Named>(string: text, delimiter: CSVDelimiter.guessed(string: text), loadColumns: false)
            let rows = csv.rows.enumerated().map { Row(place: "row \($0.offset + 1)", line: nil, fields: $0.element) }
            return (rows, [])
        } catch {
            return ([], [.error(file, "cannot read the CSV: \(error)")])
        }
    }

    /// Scrapers nest values: `"authors": ["A", "B"]`, `"source": {"name": "HT"}`.
    private static func flatten(_ value: Any) -> String {
        switch value {
        case let string as String: return string
        case let number as NSNumber: return number.stringValue
        case let list as [Any]: return list.map(flatten).filter { !$0.isEmpty }.joined(separator: ", ")
        case let object as [String: Any]:
            for key in ["name", "title", "value", "url"] {
                if let inner = object[key] { return flatten(inner) }
            }
            return ""
        default: return ""
        }
    }
}
