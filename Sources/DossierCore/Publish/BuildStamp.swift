import Foundation

/// What a successful build leaves in the output (`.dossier-build.json`), so `dossier publish`
/// can refuse a site that no longer matches its sources: changed since, a build that failed
/// after the change, or one that included drafts.
public struct BuildStamp: Codable, Equatable, Sendable {
    public static let fileName = ".dossier-build.json"

    /// Fingerprint of every input: dossier.yml, content/ and templates/.
    public var inputs: String
    public var drafts: Bool
    public var baseURL: String

    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return (try? encoder.encode(self)) ?? Data()
    }

    public static func read(from output: URL) -> BuildStamp? {
        guard let data = try? Data(contentsOf: output.appendingPathComponent(fileName)) else { return nil }
        return try? JSONDecoder().decode(BuildStamp.self, from: data)
    }

    /// A hash over the paths and bytes of every input file, in a fixed order.
    public static func fingerprint(of source: URL) -> String {
        var paths = [SiteConfig.fileName]
        for folder in ["content", "templates"] {
            paths += DirectoryListing.files(in: source.appendingPathComponent(folder).path, recursive: true).map { "\(folder)/\($0)" }
        }
        // Files are read and hashed on all cores: a large dossier's content is tens of megabytes.
        let hashes = Parallel.map(paths.sorted()) { path -> [UInt8]? in
            // A link to a folder reads as nothing and is skipped, like a folder.
            guard let data = FileManager.default.contents(atPath: source.appendingPathComponent(path).path) else { return nil }
            return Array(path.utf8) + [0] + Array(ContentHash.hex(data).utf8) + [0]
        }
        let bytes = hashes.compactMap { $0 }.flatMap { $0 }
        return ContentHash.hex(bytes)
    }
}
