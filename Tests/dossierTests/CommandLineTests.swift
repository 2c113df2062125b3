import Foundation
import Testing

/// Runs the real `dossier` executable, as a user would.
@Suite("The dossier command")
struct CommandLineTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable sits beside the test bundle in SwiftPM's build folder.
    static let executable: URL = {
        let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                          URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        return candidates.map { $0.appendingPathComponent("dossier") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? repository.appendingPathComponent(".build/debug/dossier")
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    @discardableResult
    func dossier(_ arguments: [String], in folder: URL? = nil, stdin: String? = nil,
                 environment: [String: String] = [:], launching launcher: URL? = nil, arguments launcherArguments: [String] = []) throws -> Run {
        let process = Process()
        process.executableURL = launcher ?? Self.executable
        process.arguments = launcher == nil ? arguments : launcherArguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: stdoutData, as: UTF8.self),
                   stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// A copy of the demo dossier (config, content, templates) in a temporary folder.
    func demoCopy() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for item in ["dossier.yml", "content", "templates"] {
            try FileManager.default.copyItem(at: Self.repository.appendingPathComponent(item), to: root.appendingPathComponent(item))
        }
        return root
    }

    @Test func buildsTheDemoWithDefaults() throws {
        let root = try demoCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try dossier(["build", "--verbose"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Built 28 pages"))
        // The stamp and the review count are stages too, and each stage shows its processor time.
        for stage in ["load", "analyze", "render", "write", "stamp", "review"] {
            #expect(run.stderr.contains("  \(stage) "), "timing for \(stage)")
        }
        #expect(run.stderr.contains(" ms  processor "), "\(run.stderr)")
        // The analyze stage says how much processor time went to cmark-gfm, and the render
        // stage how much its pages spent in swift-mustache.
        let lines = run.stderr.split(separator: "\n").map(String.init)
        for (stage, part) in [("analyze", "Markdown"), ("render", "templates")] {
            let line = try #require(lines.firstIndex { $0.hasPrefix("  \(stage) ") })
            let next = lines[min(line + 1, lines.count - 1)]
            #expect(next.hasPrefix("    of which \(part): processor "), "\(run.stderr)")
            let spent = next.split(separator: " ").dropLast().last.flatMap { Double($0) }
            #expect((spent ?? 0) > 0, "\(next)")
        }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("public/topics/s-400/index.html").path))
    }

    /// On a terminal (a pseudo-terminal from `script`) long work shows a progress bar on
    /// standard error, cleared before the summary; piped, the same run shows none. The bar's
    /// one-second delay is set to zero so the demo counts as long work.
    @Test func aProgressBarOnATerminalOnly() throws {
        let root = try demoCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let command = "'\(Self.executable.path)' build --no-search"
        let terminal = try dossier([], in: root, environment: ["DOSSIER_PROGRESS_AFTER_MS": "0", "TERM": "xterm"],
                                   launching: URL(fileURLWithPath: "/usr/bin/script"), arguments: ["-qec", command, "/dev/null"])
        #expect(terminal.status == 0, "\(terminal.stdout)")
        #expect(terminal.stdout.contains("\r\u{1B}[2Krender   ["))
        #expect(terminal.stdout.contains("\r\u{1B}[2Krender   [------------------------------]  0/27"))
        #expect(terminal.stdout.contains("] 27/27"))
        #expect(terminal.stdout.contains("\r\u{1B}[2KBuilt 27 pages"))
        let piped = try dossier(["build", "--no-search"], in: root, environment: ["DOSSIER_PROGRESS_AFTER_MS": "0", "TERM": "xterm"])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(!piped.stderr.contains("\u{1B}["))
        #expect(!piped.stdout.contains("\u{1B}["))

        let clipping = root.appendingPathComponent("clipping.txt")
        try "India takes delivery of the first S-400 unit\n\nThe first unit arrived this week, officials said.\n".write(to: clipping, atomically: true, encoding: .utf8)
        let imported = try dossier([], in: root, environment: ["DOSSIER_PROGRESS_AFTER_MS": "0", "TERM": "xterm"],
                                   launching: URL(fileURLWithPath: "/usr/bin/script"),
                                   arguments: ["-qec", "'\(Self.executable.path)' import --date 2021-12-06 clipping.txt", "/dev/null"])
        #expect(imported.status == 0, "\(imported.stdout)")
        #expect(imported.stdout.contains("\r\u{1B}[2Kimport   [##############################] 1/1"))
        #expect(imported.stdout.contains("\r\u{1B}[2Kclipping.txt → content/articles/"))
    }

    @Test func brokenInputFailsWithFileAndLineAndKeepsTheOutput() throws {
        let root = try demoCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("site")
        #expect(try dossier(["build", "--source", root.path, "--output", output.path]).status == 0)
        let home = try Data(contentsOf: output.appendingPathComponent("index.html"))

        let article = root.appendingPathComponent("content/articles/us-cant-arm-twist-india.md")
        var text = try String(contentsOf: article, encoding: .utf8)
        text = text.replacingOccurrences(of: "topics: [S-400, CAATSA]", with: "topics: S-400")
        try text.write(to: article, atomically: true, encoding: .utf8)
        try "{{#x}}".write(to: root.appendingPathComponent("templates/topics.mustache"), atomically: true, encoding: .utf8)

        let run = try dossier(["build", "--source", root.path, "--output", output.path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("content/articles/us-cant-arm-twist-india.md:6: error: 'topics' must be a list"))
        #expect(run.stderr.contains("templates/topics.mustache:1: error: template syntax error"))
        #expect(run.stderr.contains("2 errors; nothing was written"))
        #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == home)

        let check = try dossier(["check", "--source", root.path])
        #expect(check.status != 0)
        #expect(check.stderr.contains("us-cant-arm-twist-india.md:6"))
    }

    @Test func checkListsEntriesForReview() throws {
        let run = try dossier(["check", "--source", Self.repository.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("content/articles/us-cant-arm-twist-india.md: review: publication date unknown"))
        #expect(run.stdout.contains("OK: 27 pages would be built"))
    }

    @Test func checkListsConflictsBetweenArticles() throws {
        let run = try dossier(["check", "--source", Self.repository.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("content/articles/after-meeting-with-his-indian-counterpart-rajnath-singh.md: review: attribution conflict: “Our Indian friends clearly and firmly…” is attributed to Sergey Shoigu here"))
        #expect(run.stdout.contains("content/articles/the-deal-between-india-and-russia-for-s-400-air-defence.md: review: figure conflict: S-400 deal value is “$5.4-billion” here"))
        #expect(run.stdout.contains("content/articles/us-cant-arm-twist-india.md: review: date conflict: “October 2016” dates this October 2016; other articles date it 2015, 2018"))
    }

    @Test func importTurnsAClippingIntoAnEntryAndKeepsHandEdits() throws {
        let root = try demoCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let clipping = """
        Home » Delhi Weighs S400 Options

        Delhi Weighs S400 Options

        {{^userSubscribed}} {{/userSubscribed}}

         date 2021-12-07 India is weighing its S400 options under CAATSA. Officials said so.
        1. This line only looks like a list.
        """
        let first = try dossier(["import", "-", "--source", root.path, "--outlet", "Test Wire"], stdin: clipping)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("content/articles/delhi-weighs-s400-options.md: created"))
        #expect(first.stdout.contains("removed: {{^userSubscribed}} {{/userSubscribed}}"))
        let entry = root.appendingPathComponent("content/articles/delhi-weighs-s400-options.md")
        let text = try String(contentsOf: entry, encoding: .utf8)
        #expect(text.contains("title: Delhi Weighs S400 Options\ndate: 2021-12-07\nsource: Test Wire\n"))
        #expect(text.contains("topics: [S-400, CAATSA]"))
        #expect(text.contains("\n1\\. This line only looks like a list."))

        let again = try dossier(["import", "-", "--source", root.path, "--outlet", "Test Wire"], stdin: clipping)
        #expect(again.stdout.contains(": unchanged"))

        try (text + "\nAn editor's note.\n").write(to: entry, atomically: true, encoding: .utf8)
        let kept = try dossier(["import", "-", "--source", root.path, "--outlet", "Test Wire"], stdin: clipping)
        #expect(kept.stdout.contains("kept"))
        #expect(try String(contentsOf: entry, encoding: .utf8).contains("An editor's note."))

        let build = try dossier(["build", "--source", root.path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("Built 30 pages"))
    }

    @Test func aBatchGoesPastBadFilesThenFailsListingThem() throws {
        let root = try demoCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let inbox = root.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try Data().write(to: inbox.appendingPathComponent("a-empty.txt"))
        try Data([0x00, 0x01, 0x02]).write(to: inbox.appendingPathComponent("b-binary.txt"))
        try Data("AUKUS Worries Moscow\n\nLavrov criticised AUKUS.\n".utf8).write(to: inbox.appendingPathComponent("c-good.txt"))
        try Data("Caf".utf8 + [0xE9]).write(to: inbox.appendingPathComponent("d-latin1.txt"))

        let run = try dossier(["import", "--source", root.path, inbox.path])
        #expect(run.status != 0)
        #expect(run.stdout.contains("c-good.txt → content/articles/aukus-worries-moscow.md: created"))
        #expect(run.stdout.contains("1 entry (1 created); 3 inputs failed"))
        let errorLines = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errorLines.count == 3)
        #expect(errorLines.contains { $0.contains("a-empty.txt: error: the file is empty") })
        #expect(errorLines.contains { $0.contains("b-binary.txt:1: error: NUL byte at byte 0") })
        #expect(errorLines.contains { $0.contains("d-latin1.txt:1: error: invalid UTF-8 at byte 3") })
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("content/articles/aukus-worries-moscow.md").path))
    }

    @Test func dryRunWithForceShowsWhatWouldChangeAndWritesNothing() throws {
        let root = try demoCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let seeds = Self.repository.appendingPathComponent("Tests/DossierCoreTests/Fixtures/clippings/seeds/004_6eabe02b36afcf69.txt")
        let entry = root.appendingPathComponent("content/articles/us-cant-arm-twist-india.md")
        let before = try Data(contentsOf: entry)
        let run = try dossier(["import", "--source", root.path, "--dry-run", "--force", seeds.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("us-cant-arm-twist-india.md: would overwrite"))
        #expect(run.stdout.contains("differs in: summary, title, body"))
        #expect(try Data(contentsOf: entry) == before)
        let kept = try dossier(["import", "--source", root.path, seeds.path])
        #expect(kept.stdout.contains("kept (differs from this import, perhaps edited by hand; --force overwrites)"))
        #expect(try Data(contentsOf: entry) == before)
    }

    @Test func newCreatesADossierThatBuilds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try dossier(["new", folder.path, "--title", "Drones"])
        #expect(created.status == 0, "\(created.stderr)")
        let build = try dossier(["build"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(try String(contentsOf: folder.appendingPathComponent("public/index.html"), encoding: .utf8).contains("<h1>Drones</h1>"))
        let again = try dossier(["new", folder.path])
        #expect(again.status != 0)
        #expect(again.stderr.contains("not empty"))
    }

    @Test func publishRefusesUntilBuiltThenPushesToABareRepository() throws {
        let root = try demoCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let remote = root.appendingPathComponent("remote.git")
        let initialise = Process()
        initialise.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        initialise.arguments = ["git", "init", "-q", "--bare", remote.path]
        try initialise.run()
        initialise.waitUntilExit()

        let early = try dossier(["publish", "--git", remote.path], in: root)
        #expect(early.status != 0 && early.stderr.contains("run 'dossier build' first"))
        #expect(try dossier(["build"], in: root).status == 0)
        let dry = try dossier(["publish", "--git", remote.path, "--dry-run"], in: root)
        #expect(dry.stdout.contains("added    index.html") && dry.stdout.contains("Dry run: would publish"))
        let run = try dossier(["publish", "--git", remote.path, "--branch", "pages"], in: root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Published to \(remote.path) pages (commit "))
        let folder = try dossier(["publish", "--to", root.appendingPathComponent("www").path], in: root)
        #expect(folder.status == 0 && folder.stdout.contains("Published to"))
        #expect(try dossier(["publish"], in: root).stderr.contains("give exactly one of --git REMOTE or --to DIR"))
    }

    @Test func twoBuildsOfTheDemoAreByteIdentical() throws {
        let root = try demoCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        func snapshot(_ folder: URL) throws -> [String: Data] {
            var files: [String: Data] = [:]
            for path in FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [] {
                var isDirectory: ObjCBool = false
                let url = folder.appendingPathComponent(path)
                // Pagefind (1.5.2) names and orders its index files differently on every run.
                guard !path.hasPrefix("pagefind/"), FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
                      !isDirectory.boolValue else { continue }
                files[path] = try Data(contentsOf: url)
            }
            return files
        }
        for arguments in [["build", "--no-search"], ["build"]] {
            let first = root.appendingPathComponent("first"), second = root.appendingPathComponent("second")
            #expect(try dossier(arguments + ["--output", first.path], in: root).status == 0)
            #expect(try dossier(arguments + ["--output", second.path], in: root).status == 0)
            let a = try snapshot(first), b = try snapshot(second)
            #expect(a.count > 20 && a == b, "\(arguments): \(Set(a.keys).symmetricDifference(b.keys))")
        }
    }

    @Test func withoutPagefindTheBuildSaysHowToTurnSearchOn() throws {
        let root = try demoCopy()
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try dossier(["build"], in: root, environment: ["DOSSIER_PAGEFIND": "off"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("site search is off: install Pagefind with  pip install 'pagefind[bin]'"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public/search").path))
    }

    @Test func badArgumentsAreRefused() throws {
        let run = try dossier(["build", "--base-url", "ftp://x"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--base-url must be an absolute http(s) URL"))
        let missing = try dossier(["build", "--source", "/nonexistent-dossier"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no dossier.yml"))
    }
}
