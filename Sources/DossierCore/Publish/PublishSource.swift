import Foundation

/// The built site, checked before anything is published: built, current, without drafts.
public struct PublishSource: Sendable {
    public let source: URL
    public let output: URL

    public init(source: URL, output: URL) {
        self.source = source.standardizedFileURL
        self.output = output.standardizedFileURL
    }

    /// Relative paths of every file to publish, after refusing a stale or draft build.
    public func verifiedFiles() throws -> [String] {
        guard let stamp = BuildStamp.read(from: output) else {
            throw DossierError([.error(output.path, "no finished build here: run 'dossier build' first")])
        }
        guard stamp.inputs == BuildStamp.fingerprint(of: source) else {
            throw DossierError([.error(output.path,
                "the sources changed since the last successful build (or the last build failed): run 'dossier build' and publish again")])
        }
        guard !stamp.drafts else {
            throw DossierError([.error(output.path, "the last build included drafts (--drafts): rebuild without it before publishing")])
        }
        let paths = FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []
        return paths.filter { path in
            var isDirectory: ObjCBool = false
            return path != BuildStamp.fileName && path != ".gitkeep"
                && FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }
}
