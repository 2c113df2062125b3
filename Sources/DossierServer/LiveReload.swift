import Foundation

/// The script and overlay added to every HTML page the preview serves (never to `public/`).
enum LiveReload {
    static func inject(into html: Data, eventsPath: String, errors: [String]) -> Data {
        var page = String(decoding: html, as: UTF8.self)
        var snippet = script(eventsPath: eventsPath)
        if !errors.isEmpty { snippet = overlay(errors) + snippet }
        if let end = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: snippet, at: end.lowerBound)
        } else {
            page += snippet
        }
        return Data(page.utf8)
    }

    /// Reloads after a rebuild, swaps stylesheets in place after a stylesheet-only change,
    /// and reloads to show (or clear) the error overlay. EventSource reconnects by itself.
    static func script(eventsPath: String) -> String {
        """
        <script data-dossier-live-reload>
        (function () {
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("reload", function () { location.reload(); });
          events.addEventListener("failed", function () { location.reload(); });
          events.addEventListener("css", function (e) {
            var urls = JSON.parse(e.data);
            document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
              var name = link.getAttribute("href").split("/").pop().replace(/\\.[0-9a-f]{10}\\.css$/, ".css");
              if (urls[name]) link.setAttribute("href", urls[name]);
            });
          });
        })();
        </script>

        """
    }

    /// Every message of the failed build, escaped: file:line and what to do.
    static func overlay(_ errors: [String]) -> String {
        let items = errors.map { "<li>\(escape($0))</li>" }.joined()
        return """
        <div id="dossier-error-overlay" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.96);color:#fff;font:15px/1.5 ui-monospace,monospace;padding:2rem">
        <h2 style="color:#ff8a80;margin-top:0">The last rebuild failed</h2><ul>\(items)</ul>
        <p>The page refreshes by itself after the next good build.</p></div>

        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
