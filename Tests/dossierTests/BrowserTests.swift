import Foundation
import Testing

/// What a reader sees, checked in a real browser: Debian's headless Chromium (through
/// selenium and chromedriver) with axe-core for accessibility, and the Nu HTML Checker over
/// every page. The checks live in Tests/Browser/check_site.py; `.ci/install-test-deps`
/// installs what they need. Screenshots (375 and 1280 px, light and dark) are written to
/// .build/browser-artifacts/.
@Suite("In a real browser", .serialized)
struct BrowserTests {
    let cli = CommandLineTests()
    static let checker = CommandLineTests.repository.appendingPathComponent("Tests/Browser/check_site.py")
    static let artifacts = CommandLineTests.repository.appendingPathComponent(".build/browser-artifacts")

    func buildDemo(baseURL: String) throws -> URL {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-browser-\(UUID().uuidString)")
        let build = try cli.dossier(["build", "--source", CommandLineTests.repository.path, "--output", output.path,
                                     "--base-url", baseURL])
        #expect(build.status == 0, "\(build.stderr)")
        return output
    }

    func check(_ site: URL, _ arguments: [String]) throws -> CommandLineTests.Run {
        let result = try TestProcess.run(["python3", Self.checker.path, site.path] + arguments)
        return .init(status: result.status, stdout: result.output, stderr: "")
    }

    static let pages = [
        "--page", "=India's S-400 deal",
        "--page", "articles/us-cant-arm-twist-india/=US Can’t Arm-Twist India – Russian Media",
        "--page", "topics/s-400/=S-400",
    ]

    @Test func homeArticleAndTopicPassEveryCheckAndEveryPageValidates() throws {
        let site = try buildDemo(baseURL: "https://example.org/")
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try check(site, Self.pages + ["--validate-all", "--artifacts", Self.artifacts.appendingPathComponent("root").path])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains(" 0 failed"), "\(run.stdout)")
        for shot in ["home-375.png", "home-1280.png", "topics-s-400-375.png", "articles-us-cant-arm-twist-india-1280.png"] {
            #expect(FileManager.default.fileExists(atPath: Self.artifacts.appendingPathComponent("root/\(shot)").path), "\(shot)")
        }
    }

    @Test func everyPageWorksUnderASubpath() throws {
        let site = try buildDemo(baseURL: "https://example.org/dossier/")
        defer { try? FileManager.default.removeItem(at: site) }
        let run = try check(site, Self.pages + ["--base-path", "/dossier/", "--all-pages", "--search-query", "Lavrov",
                                                "--artifacts", Self.artifacts.appendingPathComponent("subpath").path])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains(" 0 failed"), "\(run.stdout)")
        #expect(run.stdout.contains("open pages of the site"), "the search was tried: \(run.stdout)")
    }
}
