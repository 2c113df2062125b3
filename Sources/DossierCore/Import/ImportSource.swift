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
        var jobs: [Job] = []
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
                jobs.append(Job(path: nil, data: readStandardInput(), display: "<stdin>", name: "stdin", manifest: explicitManifest))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(.error(path, "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                jobs.append(Job(file: path, manifest: explicitManifest))
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
            jobs += files(in: path).filter { $0 != manifest?.file }.map { Job(file: $0, manifest: manifest) }
        }
        // Reading and decoding thousands of files is independent work: use every core.
        var collected: [ImportRecord] = []
        for (records, jobProblems) in Parallel.map(jobs, read) {
            problems += jobProblems
            collected += records
        }
        return (collected, problems)
    }

    /// One input file (or standard input) and the manifest that applies to it.
    private struct Job: Sendable {
        var path: String?
        var data: Data?
        var display: String
        var name: String
        var manifest: ImportManifest?

        init(path: String?, data: Data?, display: String, name: String, manifest: ImportManifest?) {
            self.path = path
            self.data = data
            self.display = display
            self.name = name
            self.manifest = manifest
        }

        init(file: String, manifest: ImportManifest?) {
            self.init(path: file, data: nil, display: file, name: (file as NSString).lastPathComponent, manifest: manifest)
        }
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

    private static func read(_ job: Job) -> ([ImportRecord], [Diagnostic]) {
        guard let data = job.data ?? job.path.flatMap(FileManager.default.contents(atPath:)) else {
            return ([], [.error(job.display, "cannot read the file")])
        }
        let isRecords = RecordFile.isRecordFile(job.display)
        if !isRecords && data.count > clippingSizeLimit {
            let megabytes = (Double(data.count) / 1_048_576 * 10).rounded() / 10
            return ([], [.error(job.display, "\(megabytes) MB is too large for one clipping (limit \(clippingSizeLimit / 1_048_576) MB); put many articles in a .jsonl or .csv file instead")])
        }
        let text: String
        switch TextFile.decode(data, displayPath: job.display) {
        case .success(let decoded): text = decoded
        case .failure(let error): return ([], error.diagnostics)
        }
        guard !text.allSatisfy(\.isWhitespace) else { return ([], [.error(job.display, "the file is empty")]) }
        let manifestFields = job.manifest?.fields(for: job.name)
        if isRecords {
            var (records, problems) = RecordFile.records(in: text, file: job.display, displayName: job.name)
            if let manifestFields { records = records.map { var record = $0; record.fillMissing(from: manifestFields); return record } }
            return (records, problems)
        }
        var record = ImportRecord(name: job.name, text: text)
        if let manifestFields { record.fillMissing(from: manifestFields) }
        return ([record], [])
    }
}
