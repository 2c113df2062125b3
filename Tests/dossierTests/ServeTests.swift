import Foundation
import Testing

/// `dossier serve` for real: the executable on a free loopback port, curl as the client.
@Suite("Preview server", .serialized)
struct ServeTests {
    let cli = CommandLineTests()

    /// A running `dossier serve` over a copy of the demo.
    final class Server {
        let root: URL
        let port: Int
        let process = Process()
        let base: String
        /// What the server printed to standard error.
        let errorLog = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-serve-\(UUID().uuidString).log")

        /// `prepare` changes the copy before the server starts, `whileStarting` once it is launched.
        init(cli: CommandLineTests, baseURL: String? = nil, arguments: [String] = [],
             prepare: (URL) throws -> Void = { _ in }, whileStarting: (URL) throws -> Void = { _ in }) throws {
            root = try cli.demoCopy()
            try prepare(root)
            if let baseURL {
                let config = root.appendingPathComponent("dossier.yml")
                let text = try String(contentsOf: config, encoding: .utf8)
                    .replacingOccurrences(of: "base_url: \"http://localhost:1313/\"", with: "base_url: \"\(baseURL)\"")
                try text.write(to: config, atomically: true, encoding: .utf8)
            }
            port = try HostingTests.freePort()
            process.executableURL = CommandLineTests.executable
            process.arguments = ["serve", "--source", root.path, "--port", String(port)] + arguments
            let output = Pipe()
            process.standardOutput = output
            FileManager.default.createFile(atPath: errorLog.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errorLog)
            try process.run()
            try whileStarting(root)
            // Wait for "Serving http://127.0.0.1:PORT/…"
            var printed = Data()
            let deadline = Date().addingTimeInterval(20)
            while !String(decoding: printed, as: UTF8.self).contains("Serving "), Date() < deadline {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                printed += chunk
            }
            let line = String(decoding: printed, as: UTF8.self)
            base = line.components(separatedBy: "Serving ").last?.components(separatedBy: " ").first ?? ""
        }

        func stop() -> (status: Int32, seconds: Double) {
            let start = Date()
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: root)
            return (process.terminationStatus, Date().timeIntervalSince(start))
        }

        var errors: String {
            (try? String(contentsOf: errorLog, encoding: .utf8)) ?? ""
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let url = root.appendingPathComponent(path)
            try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: false, encoding: .utf8)
        }
    }

    struct Reply {
        var status: Int
        var headers: String
        var body: String
    }

    /// One request with curl: status, raw headers and body.
    func http(_ url: String, _ extra: [String] = []) throws -> Reply {
        let result = try TestProcess.run(["curl", "-s", "--path-as-is", "--max-time", "10", "-D", "-", url] + extra)
        let parts = result.output.components(separatedBy: "\r\n\r\n")
        let head = parts.first ?? ""
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        return Reply(status: status, headers: head, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }

    /// Reads a Server-Sent Events stream in the background with curl.
    final class EventStream: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var received = ""

        init(_ url: String) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["curl", "-sN", "--max-time", "60", url]
            let output = Pipe()
            process.standardOutput = output
            output.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let text = String(decoding: handle.availableData, as: UTF8.self)
                self?.lock.withLock { self?.received += text }
            }
            try process.run()
            _ = wait(for: ": connected", timeout: 10)
        }

        var text: String { lock.withLock { received } }

        /// Waits until `marker` has arrived (after `after` characters), or the timeout.
        func wait(for marker: String, after offset: Int = 0, timeout: Double = 10) -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if String(text.dropFirst(offset)).contains(marker) { return true }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return false
        }

        func close() { process.terminate() }
    }

    @Test func servesPagesAssetsThe404PageWithETagsAndHEAD() throws {
        let server = try Server(cli: cli)
        defer { _ = server.stop() }
        #expect(server.base == "http://127.0.0.1:\(server.port)/")
        let home = try http(server.base)
        #expect(home.status == 200 && home.headers.contains("Content-Type: text/html; charset=utf-8"))
        #expect(home.body.contains("<h1>India&#39;s S-400 deal</h1>") && home.body.contains("new EventSource(\"/_dossier/events\")"))
        let stylesheet = try #require(home.body.components(separatedBy: "rel=\"stylesheet\" href=\"").dropFirst().first?.components(separatedBy: "\"").first)
        let css = try http("http://127.0.0.1:\(server.port)\(stylesheet)")
        #expect(css.status == 200 && css.headers.contains("Content-Type: text/css"))
        let feed = try http(server.base + "feed.xml")
        #expect(feed.status == 200 && feed.headers.contains("Content-Type: application/xml"))

        let missing = try http(server.base + "no-such-page/")
        #expect(missing.status == 404 && missing.body.contains("Page not found"))

        let head = try http(server.base, ["-I"])
        #expect(head.status == 200 && !head.body.contains("<h1") && head.headers.contains("Content-Length: "), "HEAD: headers only")
        let etag = try #require(home.headers.split(separator: "\r\n").first { $0.hasPrefix("ETag: ") }?.dropFirst(6))
        #expect(try http(server.base, ["-H", "If-None-Match: \(etag)"]).status == 304)
        #expect(try http(server.base, ["-H", "If-None-Match: \"other\""]).status == 200)
        #expect(!FileManager.default.fileExists(atPath: server.root.appendingPathComponent("public/index.html").path),
                "the preview never writes public/")
    }

    @Test func refusesPathsThatLeaveTheSite() throws {
        let server = try Server(cli: cli)
        defer { _ = server.stop() }
        for path in ["../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "assets/..%2f..%2f..%2fetc%2fpasswd", "topics/%2E%2E/%2E%2E/%2E%2E/etc/passwd"] {
            let reply = try http(server.base + path)
            #expect(reply.status == 403 || reply.status == 404, "\(path): \(reply.status)")
            #expect(!reply.body.contains("root:"), "\(path) leaked a file")
        }
        // A link in the theme that points out of it is not published, so not served.
        try FileManager.default.createSymbolicLink(atPath: server.root.appendingPathComponent("templates/assets/leak.txt").path,
                                                   withDestinationPath: "/etc/passwd")
        try server.edit("content/articles/us-cant-arm-twist-india.md") { $0 + "\nTouched.\n" }
        Thread.sleep(forTimeInterval: 1)
        let leak = try http(server.base + "assets/leak.txt")
        #expect(leak.status == 404 && !leak.body.contains("root:"))
    }

    @Test func editsReloadStylesheetsSwapAndAFailedBuildShowsAnOverlayUntilFixed() throws {
        let server = try Server(cli: cli)
        defer { _ = server.stop() }
        let events = try EventStream(server.base + "_dossier/events")
        defer { events.close() }

        var mark = events.text.count
        try server.edit("content/articles/us-cant-arm-twist-india.md") { $0 + "\nAn editor's addition.\n" }
        #expect(events.wait(for: "event: reload", after: mark))
        #expect(try http(server.base + "articles/us-cant-arm-twist-india/").body.contains("An editor’s addition.") ||
                (try http(server.base + "articles/us-cant-arm-twist-india/").body.contains("An editor's addition.")))

        mark = events.text.count
        try server.edit("templates/assets/style.css") { $0 + "\n/* a new rule */\n" }
        #expect(events.wait(for: "event: css", after: mark))
        #expect(String(events.text.dropFirst(mark)).contains("{\"style.css\":\"/assets/style."))

        mark = events.text.count
        try server.edit("templates/topics.mustache") { $0 + "{{#unclosed}}\n" }
        #expect(events.wait(for: "event: failed", after: mark))
        let broken = try http(server.base + "topics/")
        #expect(broken.status == 200 && broken.body.contains("id=\"dossier-error-overlay\""))
        #expect(broken.body.contains("templates/topics.mustache:"), "the overlay names the file and line")
        #expect(try http(server.base).body.contains("id=\"dossier-error-overlay\""), "every page shows it")

        mark = events.text.count
        try server.edit("templates/topics.mustache") { $0.replacingOccurrences(of: "{{#unclosed}}\n", with: "") }
        #expect(events.wait(for: "event: reload", after: mark))
        #expect(!(try http(server.base + "topics/")).body.contains("dossier-error-overlay"))
    }

    /// The sources are watched from the start: edits saved while the first build runs (here
    /// in its first second, on a dossier large enough to take longer) are built
    /// right after it, not left for the next edit to bring in.
    @Test func editsSavedDuringTheFirstBuildAreBuiltAfterIt() throws {
        let delays = [0.1, 0.4, 0.8]
        func path(_ number: Int) -> String { "content/articles/report-\(number).md" }
        let server = try Server(cli: cli, prepare: { root in
            for number in 0..<1500 {
                let body = String(repeating: "The S-400 battery number \(number) was inspected on Monday, an official said. ", count: 30)
                try "---\ntitle: Report \(number)\ndate: 2021-12-06\nsource: Test Times\ntopics: [S-400]\n---\n\n\(body)\n"
                    .write(to: root.appendingPathComponent(path(number)), atomically: false, encoding: .utf8)
            }
        }, whileStarting: { root in
            var waited = 0.0
            for (number, delay) in delays.enumerated() {
                Thread.sleep(forTimeInterval: delay - waited)
                waited = delay
                let url = root.appendingPathComponent(path(number))
                try (try String(contentsOf: url, encoding: .utf8) + "\nSaved while starting, \(number).\n")
                    .write(to: url, atomically: false, encoding: .utf8)
            }
        })
        defer { _ = server.stop() }
        for number in delays.indices {
            let deadline = Date().addingTimeInterval(20)
            var page = ""
            while !page.contains("Saved while starting, \(number)."), Date() < deadline {
                page = try http(server.base + "articles/report-\(number)/").body
                Thread.sleep(forTimeInterval: 0.1)
            }
            #expect(page.contains("Saved while starting, \(number)."), "edit \(number): \(server.errors)")
        }
    }

    @Test func rebuildsOnlyWhatChangedAndShowsABadCorrectionUntilFixed() throws {
        let server = try Server(cli: cli, arguments: ["--verbose"])
        defer { _ = server.stop() }
        let events = try EventStream(server.base + "_dossier/events")
        defer { events.close() }
        let article = "content/articles/us-cant-arm-twist-india.md"

        var mark = events.text.count
        try server.edit(article) { $0 + "\nAn editor's addition.\n" }
        #expect(events.wait(for: "event: reload", after: mark))
        // The first rebuild after the staged start writes in place; `--verbose` prints the stages.
        let log = server.errors
        #expect(log.contains("stages: load"), "\(log)")
        let written = log.components(separatedBy: " files written").dropLast().compactMap { Int($0.split(separator: " ").last ?? "") }
        #expect(written.count >= 2 && written.last! < 10, "only the pages that show the edit: \(written)")

        mark = events.text.count
        try server.edit(article) { $0.replacingOccurrences(of: "topics: [S-400, CAATSA]\n",
                                                           with: "topics: [S-400, CAATSA]\ncorrections:\n  - quote: \"words nobody said\"\n    speaker: X\n") }
        #expect(events.wait(for: "event: failed", after: mark))
        let broken = try http(server.base)
        #expect(broken.body.contains("us-cant-arm-twist-india.md:8"), "the overlay names the file and line")
        #expect(broken.body.contains("matches no quote found in this article"))

        mark = events.text.count
        try server.edit(article) { $0.replacingOccurrences(of: "corrections:\n  - quote: \"words nobody said\"\n    speaker: X\n", with: "") }
        #expect(events.wait(for: "event: reload", after: mark))
        #expect(!(try http(server.base)).body.contains("dossier-error-overlay"))
    }

    @Test func worksUnderASubpathBaseURL() throws {
        let server = try Server(cli: cli, baseURL: "https://example.org/dossier/")
        defer { _ = server.stop() }
        #expect(server.base == "http://127.0.0.1:\(server.port)/dossier/")
        let home = try http(server.base)
        #expect(home.status == 200 && home.body.contains("href=\"/dossier/topics/\""))
        #expect(home.body.contains("new EventSource(\"/dossier/_dossier/events\")"))
        let root = try http("http://127.0.0.1:\(server.port)/")
        #expect(root.status == 302 && root.headers.contains("Location: /dossier/"))
        let events = try EventStream(server.base + "_dossier/events")
        defer { events.close() }
        let mark = events.text.count
        try server.edit("content/articles/us-cant-arm-twist-india.md") { $0 + "\nMore.\n" }
        #expect(events.wait(for: "event: reload", after: mark))
    }

    @Test func stopsWithinASecondOnSIGTERMAndSIGINTEvenWithOpenPages() throws {
        for signal in [SIGTERM, SIGINT] {
            let before = Set((try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? [])
            let server = try Server(cli: cli)
            let events = try EventStream(server.base + "_dossier/events")
            defer { events.close() }
            let previews = Set((try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? [])
                .subtracting(before).filter { $0.hasPrefix("dossier-preview-") }
            #expect(previews.count == 1)
            let start = Date()
            kill(server.process.processIdentifier, signal)
            server.process.waitUntilExit()
            let seconds = Date().timeIntervalSince(start)
            #expect(server.process.terminationStatus == 0, "signal \(signal)")
            #expect(seconds < 1, "stopped in \(seconds) s")
            for name in previews {
                #expect(!FileManager.default.fileExists(atPath: NSTemporaryDirectory() + "/" + name), "no stray files")
            }
            try? FileManager.default.removeItem(at: server.root)
        }
    }

    @Test func aBusyPortNamesTheNextFreeOne() throws {
        let port = try HostingTests.freePort()
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c",
            "import socket,time; s=socket.socket(); s.bind(('127.0.0.1', \(port))); s.listen(); print('ok', flush=True); time.sleep(30)"]
        let out = Pipe()
        holder.standardOutput = out
        try holder.run()
        defer { holder.terminate() }
        _ = out.fileHandleForReading.availableData  // "ok": the port is taken
        let run = try cli.dossier(["serve", "--source", CommandLineTests.repository.path, "--port", String(port)])
        #expect(run.status != 0)
        #expect(run.stderr.contains("port \(port) is busy; the next free one is "))
    }

    @Test func anotherAddressNeedsHostAndWarns() throws {
        let server = try Server(cli: cli, arguments: ["--host", "0.0.0.0"])
        #expect(server.base == "http://0.0.0.0:\(server.port)/")
        #expect(try http("http://127.0.0.1:\(server.port)/").status == 200)
        #expect(server.stop().status == 0)
        #expect(server.errors.contains("warning: listening on 0.0.0.0: anyone who can reach this machine can read the preview"))
    }
}
