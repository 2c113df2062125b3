import ArgumentParser
import DossierCore
import Foundation

struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Publish the built site: to a git branch (--git) or a folder a web server reads (--to).",
        discussion: "Refuses when the sources changed since the last successful build, or when it included drafts.")

    @OptionGroup var source: SourceOptions

    @Option(help: "The built site (default: public/ in the source folder).") var output: String?
    @Option(help: "A git remote (URL or path) to push the site to.") var git: String?
    @Option(help: "The branch to publish to, with --git.") var branch = "gh-pages"
    @Option(help: "The commit message, with --git.") var message = "Publish dossier"
    @Option(help: "A folder to make mirror the site, switched atomically.") var to: String?
    @Flag(help: "List what would be added, changed and deleted; publish nothing.") var dryRun = false

    func validate() throws {
        guard (git == nil) != (to == nil) else { throw ValidationError("give exactly one of --git REMOTE or --to DIR") }
    }

    func run() throws {
        let logger = ConsoleLogHandler.logger(verbose: false)
        let outputURL = output.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? source.url.appendingPathComponent("public")
        let site = PublishSource(source: source.url, output: outputURL)
        do {
            let changes: PublishChanges
            if let git {
                let config = try loadConfig()
                var publisher = GitPublisher(site: site, remote: git)
                publisher.branch = branch
                publisher.message = message
                publisher.cname = config.cname
                publisher.nojekyll = config.nojekyll
                let result = try publisher.publish(dryRun: dryRun)
                changes = result.changes
                report(changes, destination: "\(git) \(branch)", commit: result.commit)
            } else if let to {
                changes = try FolderPublisher(site: site, target: URL(fileURLWithPath: to, isDirectory: true)).publish(dryRun: dryRun)
                report(changes, destination: to, commit: nil)
            }
        } catch let error as DossierError {
            throw fail(error, logger, footer: "nothing was published")
        }
    }

    private func loadConfig() throws -> SiteConfig {
        let loaded = ContentLoader(root: source.url).load()
        guard let config = loaded.corpus?.config else { throw DossierError(loaded.diagnostics.filter { $0.severity == .error }) }
        return config
    }

    private func report(_ changes: PublishChanges, destination: String, commit: String?) {
        for line in changes.lines { print(line) }
        if dryRun {
            print("Dry run: would publish to \(destination): \(changes.summary)")
        } else if changes.isEmpty {
            print("Nothing to publish: \(destination) already holds this site")
        } else {
            print("Published to \(destination)\(commit.map { " (commit \($0.prefix(12)))" } ?? ""): \(changes.summary)")
        }
    }
}
