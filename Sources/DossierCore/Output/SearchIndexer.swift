import Foundation

/// Site search by Pagefind (PyPI `pagefind[bin]`): run over the staged site so the index is
/// part of the same atomic swap. Search is on when Pagefind is installed; otherwise the build
/// says how to turn it on and the theme shows no search box.
public struct SearchIndexer: Sendable {
    /// The command that runs Pagefind, e.g. ["python3", "-m", "pagefind"].
    public let command: [String]

    public static let installHint = "site search is off: install Pagefind with  pip install 'pagefind[bin]'  to turn it on"

    /// `DOSSIER_PAGEFIND` (a path), then `pagefind` on the PATH, then the Python module.
    public static func locate() -> SearchIndexer? {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [[String]] = []
        if let explicit = environment["DOSSIER_PAGEFIND"], !explicit.isEmpty {
            if explicit == "off" { return nil }
            candidates.append([explicit])
        }
        candidates += [["pagefind"], ["python3", "-m", "pagefind"]]
        for command in candidates where (try? run(command + ["--version"])) != nil {
            return SearchIndexer(command: command)
        }
        return nil
    }

    /// Indexes the site's HTML into `<site>/pagefind/`.
    public func index(site: URL) throws {
        do {
            try Self.run(command + ["--site", site.path, "--output-subdir", "pagefind", "--silent"])
        } catch let failure as Failure {
            throw DossierError([.error("pagefind", "search indexing failed: \(failure.message)")])
        }
    }

    struct Failure: Error { var message: String }

    @discardableResult
    private static func run(_ arguments: [String]) throws -> String {
        let result = try Subprocess.run(arguments)
        guard result.status == 0 else { throw Failure(message: (result.errors + result.output).trimmingSpaces) }
        return result.output
    }
}
