import Foundation

/// Collects import records from files, folders (recursively) and `-` (standard input).
///
/// Plain files are clippings; `.jsonl`, `.json` and `.csv` files hold records. A folder's
/// `manifest.csv` / `manifest.yml` (or `--manifest`) gives outlet, date and URL per file.
/// Bad files are reported and skipped, so a batch always gets through its good files.
public enum ImportSource {
    /// A news article is well under this; a bigger plain file is almost surely not one clipping.
    public static let clippingSizeLimit = 2 * 1024 * 1024

    public static func collect(paths: [String], manifest manifestPath: String? = nil,
                               readStandardInput: () -> Data) -> (records: [ImportRecord], problems: [Diagnostic]) {
        var records: [ImportRecord] = []
        var problems: [Diagnostic] = []
        var explicitManifest: ImportManifest?
        if let manifestPath {
            switch ImportManifest.load(manifestPath) {
            case .success(let loaded): explicitManifest = loaded
            case .failure(let error): return ([], error.diagnostics)
            }
        }
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                read(readStandardInput(), display: "<stdin>", name: "stdin", manifest: explicitManifest, into: &records, &problems)
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(.error(path, "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                readFile(path, manifest: explicitManifest, into: &records, &problems)
                continue
            }
            var manifest = explicitManifest
            if manifest == nil, let found = ImportManifest.defaultNames.map({ (path as NSString).appendingPathComponent($0) })
                .first(where: manager.fileExists(atPath:)) {
                switch ImportManifest.load(found) {
                case .success(let loaded): manifest = loaded
                case .failure(let error): problems += error.diagnostics; continue
                }
            }
            for file in files(in: path) where manifest?.file != file {
                readFile(file, manifest: manifest, into: &records, &problems)
            }
        }
        return (records, problems)
    }

    /// Regular files below a folder, sorted, skipping hidden ones and manifests.
    private static func files(in folder: String) -> [String] {
        let manager = FileManager.default
        let found = (manager.enumerator(atPath: folder)?.allObjects as? [String]) ?? []
        return found.sorted()
            .filter { path in !path.split(separator: "/").contains { $0.hasPrefix(".") } }
            .filter { !ImportManifest.defaultNames.contains(($0 as NSString).lastPathComponent.lowercased()) }
            .map { (folder as NSString).appendingPathComponent($0) }
            .filter { var dir: ObjCBool = false; return manager.fileExists(atPath: $0, isDirectory: &dir) && !dir.boolValue }
    }

    private static func readFile(_ path: String, manifest: ImportManifest?, into records: inout [ImportRecord], _ problems: inout [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.append(.error(path, "cannot read the file"))
            return
        }
        read(data, display: path, name: (path as NSString).lastPathComponent, manifest: manifest, into: &records, &problems)
    }

    private static func read(_ data: Data, display: String, name: String, manifest: ImportManifest?,
                             into records: inout [ImportRecord], _ problems: inout [Diagnostic]) {
        let isRecords = RecordFile.isRecordFile(display)
        if !isRecords && data.count > clippingSizeLimit {
            let megabytes = (Double(data.count) / 1_048_576 * 10).rounded() / 10
            problems.append(.error(display, "\(megabytes) MB is too large for one clipping (limit \(clippingSizeLimit / 1_048_576) MB); put many articles in a .jsonl or .csv file instead"))
            return
        }
        let text: String
        switch TextFile.decode(data, displayPath: display) {
        case .success(let decoded): text = decoded
        case .failure(let error): problems += error.diagnostics; return
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            problems.append(.error(display, "the file is empty"))
            return
        }
        if isRecords {
            let read = RecordFile.records(in: text, file: display, displayName: name)
            problems += read.problems
            for var record in read.records {
                if let fields = manifest?.fields(for: name) { record.fillMissing(from: fields) }
                records.append(record)
            }
        } else {
            var record = ImportRecord(name: name, text: text)
            if let fields = manifest?.fields(for: name) { record.fillMissing(from: fields) }
            records.append(record)
        }
    }
}
