import Foundation

/// The theme's static files (`templates/assets/`), as published: stylesheets and scripts get
/// a content hash in their name (`style.3f2a9c1b0d.css`) so hosts can cache them forever;
/// other files (images, fonts, icons), which stylesheets may refer to by name, keep theirs.
public struct AssetFiles: Sendable {
    public struct File: Sendable {
        /// Below `assets/` in the theme, e.g. "style.css".
        public var path: String
        /// Below `assets/` in the site, e.g. "style.3f2a9c1b0d.css".
        public var publishedPath: String
        public var data: Data
    }

    public var files: [File] = []

    /// Published name by theme name, for `SiteURLs`.
    public var names: [String: String] {
        Dictionary(files.map { ($0.path, $0.publishedPath) }, uniquingKeysWith: { a, _ in a })
    }

    static let hashedExtensions: Set<String> = ["css", "js"]

    public static func load(from folder: URL) throws -> AssetFiles {
        let manager = FileManager.default
        guard manager.fileExists(atPath: folder.path) else { return AssetFiles() }
        let root = folder.resolvingSymlinksInPath().path + "/"
        var assets = AssetFiles()
        for path in (manager.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted() {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            // A symlink could point anywhere on disk: publish only what lives in the folder.
            guard url.resolvingSymlinksInPath().path.hasPrefix(root) else { continue }
            let data = try Data(contentsOf: url)
            assets.files.append(File(path: path, publishedPath: publishedName(path, data), data: data))
        }
        return assets
    }

    static func publishedName(_ path: String, _ data: Data) -> String {
        let ext = (path as NSString).pathExtension
        guard hashedExtensions.contains(ext.lowercased()) else { return path }
        return "\((path as NSString).deletingPathExtension).\(ContentHash.hex(data, length: 10)).\(ext)"
    }
}
