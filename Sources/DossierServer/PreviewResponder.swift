import DossierCore
import Foundation

/// Answers preview requests from the current build: files under the base path, directories
/// as index.html, the 404 page with status 404, ETags, the live-reload script and, after a
/// failed rebuild, an error overlay in every page. Refuses any path that could leave the site.
public struct PreviewResponder: Sendable {
    public let state: PreviewState
    /// "/" or "/dossier/": where the site lives, as in its base URL.
    public let basePath: String

    public init(state: PreviewState, basePath: String) {
        self.state = state
        self.basePath = basePath
    }

    public var eventsPath: String { basePath + "_dossier/events" }

    public struct Answer: Equatable, Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: Data
    }

    /// - Parameter rawPath: the request path as sent, still percent-encoded, without the query.
    public func answer(rawPath: String, ifNoneMatch: String?) -> Answer {
        let (site, errors) = state.current
        if rawPath == basePath.dropLast() || (rawPath == "/" && basePath != "/") {
            return Answer(status: 302, headers: ["Location": basePath], body: Data())
        }
        guard rawPath.hasPrefix(basePath) else { return notFound(site: site, errors: errors) }
        guard let relative = Self.safeRelativePath(String(rawPath.dropFirst(basePath.count))) else {
            return Answer(status: 403, headers: ["Content-Type": "text/plain; charset=utf-8"], body: Data("Forbidden\n".utf8))
        }
        guard let site else { return errorPage(errors) }
        let manager = FileManager.default
        var file = site.appendingPathComponent(relative)
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: file.path, isDirectory: &isDirectory), isDirectory.boolValue {
            if !relative.isEmpty && !rawPath.hasSuffix("/") {
                return Answer(status: 301, headers: ["Location": rawPath + "/"], body: Data())
            }
            file = file.appendingPathComponent("index.html")
        }
        // A link inside the site must not lead out of it.
        let root = site.resolvingSymlinksInPath().path + "/"
        guard file.resolvingSymlinksInPath().path.hasPrefix(root) else {
            return Answer(status: 403, headers: ["Content-Type": "text/plain; charset=utf-8"], body: Data("Forbidden\n".utf8))
        }
        guard let data = manager.contents(atPath: file.path), !relative.hasPrefix(BuildStamp.fileName) else {
            return notFound(site: site, errors: errors)
        }
        return respond(data, type: Self.contentType(file.pathExtension), status: 200, errors: errors, ifNoneMatch: ifNoneMatch)
    }

    private func notFound(site: URL?, errors: [String]) -> Answer {
        let page = site.flatMap { FileManager.default.contents(atPath: $0.appendingPathComponent(Route.notFound.outputFile).path) }
        return respond(page ?? Data("<!DOCTYPE html><title>Not found</title><h1>Not found</h1>".utf8),
                       type: "text/html; charset=utf-8", status: 404, errors: errors, ifNoneMatch: nil)
    }

    /// Before any build succeeded there is no site: show the errors alone.
    private func errorPage(_ errors: [String]) -> Answer {
        let html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head><body><h1>Build failed</h1></body></html>"
        return respond(Data(html.utf8), type: "text/html; charset=utf-8", status: 500, errors: errors, ifNoneMatch: nil)
    }

    private func respond(_ data: Data, type: String, status: Int, errors: [String], ifNoneMatch: String?) -> Answer {
        var body = data
        if type.hasPrefix("text/html") { body = LiveReload.inject(into: data, eventsPath: eventsPath, errors: errors) }
        let tag = "\"\(ContentHash.hex(body))\""
        var headers = ["Content-Type": type, "ETag": tag, "Cache-Control": "no-cache"]
        if status == 200, let ifNoneMatch, ifNoneMatch.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == tag }) {
            headers["Content-Type"] = nil
            return Answer(status: 304, headers: headers, body: Data())
        }
        return Answer(status: status, headers: headers, body: body)
    }

    /// The decoded path below the site, or nil when it could climb out (`..`, `%2e%2e`,
    /// encoded slashes, NUL) or is not valid UTF-8.
    static func safeRelativePath(_ encoded: String) -> String? {
        guard !encoded.contains("\\"), let decoded = encoded.removingPercentEncoding,
              !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." }),
              !encoded.split(separator: "/").contains(where: { $0 == ".." }) else { return nil }
        // An encoded slash would let one segment hide a path; no page needs one.
        guard !encoded.lowercased().contains("%2f") else { return nil }
        return parts.joined(separator: "/")
    }

    static func contentType(_ ext: String) -> String {
        switch ext.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "woff2": return "font/woff2"
        case "wasm": return "application/wasm"
        default: return "application/octet-stream"
        }
    }
}
