import Foundation
import Yams

/// Per-file fields for a batch of plain clippings: a CSV (`file,outlet,date,url`) or a YAML
/// list of mappings with the same keys. Field names are matched like records' fields.
public struct ImportManifest: Sendable {
    /// By file name (the last path component).
    var entries: [String: [ImportRecord.Field: String]] = [:]
    public let file: String

    public static let defaultNames = ["manifest.csv", "manifest.yml", "manifest.yaml"]

    public static func load(_ path: String) -> Result<ImportManifest, DossierError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(DossierError([.error(path, "cannot read the manifest")]))
        }
        return TextFile.decode(data, displayPath: path).flatMap { parse($0, file: path) }
    }

    static func parse(_ text: String, file: String) -> Result<ImportManifest, DossierError> {
        var manifest = ImportManifest(file: file)
        var problems: [Diagnostic] = []
        let rows: [(place: String, fields: [String: String])]
        if file.lowercased().hasSuffix(".csv") {
            let read = RecordFile.rows(in: text, file: file)
            problems += read.problems
            rows = read.rows.map { ($0.place, $0.fields) }
        } else {
            guard let list = (try? Yams.load(yaml: text)) as? [Any] else {
                return .failure(DossierError([.error(file, "expected a YAML list such as:\n- file: 000.txt\n  outlet: Hindustan Times\n  date: 2021-12-06\n  url: https://…")]))
            }
            rows = list.enumerated().map { index, item in
                let object = item as? [String: Any] ?? [:]
                return ("entry \(index + 1)", object.mapValues { "\($0)" })
            }
        }
        for row in rows {
            var named: [ImportRecord.Field: String] = [:]
            for (key, value) in row.fields {
                guard let field = ImportRecord.Field.named(key) else {
                    problems.append(.error(file, "\(row.place): unknown column '\(key)'; use file, outlet, date, url, title or author"))
                    continue
                }
                named[field] = value
            }
            guard let name = named.removeValue(forKey: .file), !name.trimmingSpaces.isEmpty else {
                problems.append(.error(file, "\(row.place) names no file"))
                continue
            }
            manifest.entries[(name.trimmingSpaces as NSString).lastPathComponent] = named
        }
        return problems.isEmpty ? .success(manifest) : .failure(DossierError(problems))
    }

    func fields(for fileName: String) -> [ImportRecord.Field: String]? {
        entries[fileName]
    }
}
