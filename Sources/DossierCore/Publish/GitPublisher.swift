import Foundation

/// `dossier publish --git REMOTE`: commits the site as the branch's new tree on top of its
/// history (one commit per publish, holding only what changed) and pushes it. Works for
/// GitHub Pages, Cloudflare Pages and Netlify. The user's own repository is never touched:
/// the commit is made in a private, temporary one.
public struct GitPublisher: Sendable {
    public let site: PublishSource
    public let remote: String
    public var branch = "gh-pages"
    public var message = "Publish dossier"
    /// Written as `CNAME` when set (custom domain on GitHub Pages).
    public var cname: String?
    /// Adds `.nojekyll`, so GitHub Pages serves the files as they are.
    public var nojekyll = true

    public init(site: PublishSource, remote: String) {
        self.site = site
        self.remote = remote
    }

    public struct Result: Sendable {
        public var changes: PublishChanges
        /// The new commit; nil for a dry run or when nothing changed.
        public var commit: String?
    }

    public func publish(dryRun: Bool) throws -> Result {
        let files = try site.verifiedFiles()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-publish-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var git = GitCommand(gitDirectory: scratch.appendingPathComponent("repo.git"))
        git.environment["GIT_INDEX_FILE"] = scratch.appendingPathComponent("index").path
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            try git.run(["init", "-q", "--bare"])
            // A commit needs an author; use the user's git identity, or name Dossier when there is none.
            if (try? git.run(["config", "user.email"])) == nil {
                for key in ["GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"] { git.environment[key] = "Dossier" }
                for key in ["GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"] { git.environment[key] = "dossier@localhost" }
            }
            let parent = try fetchBranch(git)
            let tree = try writeTree(git, files: files)
            let changes = try self.changes(git, from: parent, to: tree)
            guard !dryRun, !changes.isEmpty else { return Result(changes: changes, commit: nil) }
            var arguments = ["commit-tree", tree, "-m", message]
            if let parent { arguments += ["-p", parent] }
            let commit = try git.run(arguments, input: nil)
            try git.run(["push", "-q", remote, "\(commit):refs/heads/\(branch)"])
            return Result(changes: changes, commit: commit)
        } catch let failure as GitCommand.Failure {
            throw DossierError([.error(remote, "publishing failed: \(failure); nothing was pushed")])
        }
    }

    /// The branch's current commit on the remote, fetched; nil when the branch is new.
    private func fetchBranch(_ git: GitCommand) throws -> String? {
        let listed = try git.run(["ls-remote", remote, "refs/heads/\(branch)"])
        guard !listed.isEmpty else { return nil }
        try git.run(["fetch", "-q", remote, "refs/heads/\(branch)"])
        return try git.run(["rev-parse", "FETCH_HEAD"])
    }

    private func writeTree(_ git: GitCommand, files: [String]) throws -> String {
        // Add exactly the published files (not the build stamp) from the output folder.
        try git.run(["add", "-f", "--"] + files, workTree: site.output)
        var extras: [(String, Data)] = []
        if nojekyll { extras.append((".nojekyll", Data())) }
        if let cname { extras.append(("CNAME", Data((cname + "\n").utf8))) }
        for (name, data) in extras {
            let blob = try git.run(["hash-object", "-w", "--stdin"], input: data)
            try git.run(["update-index", "--add", "--cacheinfo", "100644,\(blob),\(name)"])
        }
        return try git.run(["write-tree"])
    }

    private func changes(_ git: GitCommand, from parent: String?, to tree: String) throws -> PublishChanges {
        var changes = PublishChanges()
        guard let parent else {
            changes.added = try git.run(["ls-tree", "-r", "--name-only", tree]).split(separator: "\n").map(String.init)
            return changes
        }
        let listed = try git.run(["diff-tree", "-r", "--no-renames", "--name-status", parent, tree])
        for line in listed.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "A": changes.added.append(parts[1])
            case "D": changes.deleted.append(parts[1])
            default: changes.changed.append(parts[1])
            }
        }
        return changes
    }
}
