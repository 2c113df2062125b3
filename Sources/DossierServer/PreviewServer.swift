import DossierCore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// `dossier serve`: builds into a private folder, watches the sources, rebuilds, and serves
/// the result with live reload over Server-Sent Events, under the base URL's path.
public struct PreviewServer: Sendable {
    public var source: URL
    public var host = "127.0.0.1"
    public var port = 1313
    public var logger: Logger

    public init(source: URL, logger: Logger) {
        self.source = source.standardizedFileURL
        self.logger = logger
    }

    public struct PortBusy: Error, CustomStringConvertible {
        public var port: Int
        public var free: Int?
        public var description: String {
            "port \(port) is busy" + (free.map { "; the next free one is \($0): dossier serve --port \($0)" } ?? "")
        }
    }

    /// Runs until SIGINT or SIGTERM. `ready` receives the address once the server listens.
    public func run(ready: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        guard Self.canBind(host: host, port: port) else {
            throw PortBusy(port: port, free: (port + 1...port + 100).first { Self.canBind(host: host, port: $0) })
        }
        let basePath = Self.basePath(of: source)
        let state = PreviewState()
        let builder = try PreviewBuilder(source: source, state: state, logger: logger)
        defer { builder.cleanUp() }
        // Watching first: an edit saved while the first build runs schedules another build.
        let watcher = try FileWatcher(root: source, folders: ["", "content", "templates"]) { builder.changed($0) }
        defer { watcher.stop() }
        builder.buildFirst()

        let responder = PreviewResponder(state: state, basePath: basePath)
        let router = Router()
        router.get("**") { request, _ in Self.respond(request, responder) }
        router.head("**") { request, _ in Self.respond(request, responder) }
        router.get("/") { request, _ in Self.respond(request, responder) }
        router.head("/") { request, _ in Self.respond(request, responder) }

        let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)\(basePath)"
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "dossier"),
            services: [],
            onServerRunning: { _ in ready(address) },
            logger: Self.httpLogger())
        // The HTTP server shuts down first and waits for open requests: end the event streams
        // as soon as a stop signal arrives, or an open page would hold the server forever.
        let stopSignals = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { state.close() }
            source.resume()
            return source
        }
        defer { stopSignals.forEach { $0.cancel() } }
        try await app.runService(gracefulShutdownSignals: [.sigint, .sigterm])
    }

    /// Quiet unless DOSSIER_HTTP_LOG names a level (e.g. debug), for looking into the server.
    private static func httpLogger() -> Logger {
        guard let level = ProcessInfo.processInfo.environment["DOSSIER_HTTP_LOG"].flatMap(Logger.Level.init(rawValue:)) else {
            return Logger(label: "dossier.http") { _ in SwiftLogNoOpLogHandler() }
        }
        var logger = Logger(label: "dossier.http") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = level
        return logger
    }

    private static func respond(_ request: Request, _ responder: PreviewResponder) -> Response {
        let path = request.uri.path
        if path == responder.eventsPath { return events(responder.state) }
        let answer = responder.answer(rawPath: path, ifNoneMatch: request.headers[.ifNoneMatch])
        var headers = HTTPFields()
        for (name, value) in answer.headers.sorted(by: { $0.key < $1.key }) {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        let body = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body))
        if request.method == .head { headers[.contentLength] = String(answer.body.count) }
        return Response(status: .init(code: answer.status), headers: headers, body: body)
    }

    /// A text/event-stream that lasts as long as the page (or the server).
    private static func events(_ state: PreviewState) -> Response {
        let stream = state.subscribe()
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: ": connected\n\n"))
                for await event in stream { try await writer.write(ByteBuffer(string: event.wire)) }
                try await writer.finish(nil)
            })
    }

    /// The base URL's path from dossier.yml ("/" when it cannot be read: the build will say why).
    static func basePath(of source: URL) -> String {
        SiteConfig.settings(in: source).map { SiteURLs(baseURL: $0.baseURL).basePath } ?? "/"
    }

    /// Whether a listening socket can be opened on host:port right now.
    static func canBind(host: String, port: Int) -> Bool {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &result) == 0, let info = result else { return false }
        defer { freeaddrinfo(result) }
        let socket = Glibc.socket(info.pointee.ai_family, info.pointee.ai_socktype, info.pointee.ai_protocol)
        guard socket >= 0 else { return false }
        defer { close(socket) }
        var yes: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        return bind(socket, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0
    }
}
