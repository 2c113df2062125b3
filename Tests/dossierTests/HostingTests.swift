import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The built demo served by a real nginx under /dossier/ on a loopback port, crawled by
/// linkchecker: no broken internal link, feeds and assets included.
@Suite("Hosted by nginx under a subpath", .serialized)
struct HostingTests {
    let cli = CommandLineTests()

    /// A port the kernel says is free right now.
    static func freePort() throws -> Int {
        let probe = try TestProcess.run(["python3", "-c",
            "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"])
        return Int(probe.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 18_313
    }

    func status(of url: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func nginxServesTheSiteUnderASubpathWithNoBrokenLink() async throws {
        let port = try Self.freePort()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-nginx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let base = "http://127.0.0.1:\(port)/dossier/"
        let build = try cli.dossier(["build", "--source", CommandLineTests.repository.path, "--output", site.path, "--base-url", base])
        #expect(build.status == 0, "\(build.stderr)")

        let config = """
        daemon off;
        pid \(folder.path)/nginx.pid;
        error_log \(folder.path)/error.log;
        events {}
        http {
            include /etc/nginx/mime.types;
            access_log off;
            client_body_temp_path \(folder.path)/body;
            proxy_temp_path \(folder.path)/proxy;
            fastcgi_temp_path \(folder.path)/fastcgi;
            uwsgi_temp_path \(folder.path)/uwsgi;
            scgi_temp_path \(folder.path)/scgi;
            server {
                listen 127.0.0.1:\(port);
                location /dossier/ { alias \(site.path)/; index index.html; }
                error_page 404 /dossier/404.html;
            }
        }
        """
        try config.write(to: folder.appendingPathComponent("nginx.conf"), atomically: true, encoding: .utf8)
        let nginx = Process()
        nginx.executableURL = URL(fileURLWithPath: "/usr/sbin/nginx")
        nginx.arguments = ["-p", folder.path, "-c", folder.appendingPathComponent("nginx.conf").path]
        try nginx.run()
        defer {
            nginx.terminate()
            nginx.waitUntilExit()
        }
        var ready = false
        for _ in 0..<50 where !ready {
            ready = (try? await status(of: base))?.0 == 200
            if !ready { try await Task.sleep(nanoseconds: 100_000_000) }
        }
        #expect(ready, "nginx did not answer: \((try? String(contentsOf: folder.appendingPathComponent("error.log"), encoding: .utf8)) ?? "")")

        let crawl = try TestProcess.run(["linkchecker", "--no-status", base, base + "sitemap.xml"])
        #expect(crawl.status == 0, "\(crawl.output)")
        #expect(crawl.output.contains("0 errors found"), "\(crawl.output)")
        let checked = crawl.output.split(separator: "\n").first { $0.contains("links in") && $0.contains("URLs checked") } ?? ""
        // "That's it. 27 links in 27 URLs checked. …": every page, feed and asset was reached.
        let urls = checked.split(separator: " ").firstIndex(of: "URLs").flatMap { index in Int(checked.split(separator: " ")[index - 1]) } ?? 0
        #expect(urls >= 25, "crawled only: \(checked)")

        for path in ["feed.xml", "topics/s-400/feed.xml", "sitemap.xml", "robots.txt", "assets/favicon.svg", "search/"] {
            #expect(try await status(of: base + path).0 == 200, "\(path)")
        }
        let missing = try await status(of: base + "no-such-page/")
        #expect(missing.0 == 404 && missing.1.contains("Page not found"))
    }
}
