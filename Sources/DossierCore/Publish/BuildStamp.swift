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
        let manager = FileManager.default
        var paths = [SiteConfig.fileName]
        for folder in ["content", "templates"] {
            let found = manager.enumerator(atPath: source.appendingPathComponent(folder).path)?.allObjects as? [String] ?? []
            paths += found.map { "\(folder)/\($0)" }
        }
        var bytes: [UInt8] = []
        for path in paths.sorted() {
            var isDirectory: ObjCBool = false
            let url = source.appendingPathComponent(path)
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let data = manager.contents(atPath: url.path) else { continue }
            bytes += Array(path.utf8) + [0] + Array(ContentHash.hex(data).utf8) + [0]
        }
        return ContentHash.hex(bytes)
    }
}
