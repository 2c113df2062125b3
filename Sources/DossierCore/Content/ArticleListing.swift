/// The article files of the previous load, brought up to date with the paths a file watcher
/// reported changed, so a preview rebuild neither lists nor stats 10,000 files to find the
/// one that was saved.
struct ArticleListing {
    static let folder = "content/articles"

    /// `previous` with the reported `changed` paths added or removed (each is checked on
    /// disk), or nil when the report cannot be trusted to name every file: a folder was
    /// created, moved or removed, or the watcher lost events (`BuildOptions.unknownChanges`).
    static func updated(_ previous: [String], changed: Set<String>, root: String) -> (files: [String], changed: Set<String>)? {
        var present: [String] = [], gone: Set<String> = []
        for path in changed {
            if path == BuildOptions.unknownChanges { return nil }
            guard path == "content" || path == folder || path.hasPrefix(folder + "/") else { continue }
            guard path.hasSuffix(".md") else { return nil }
            if isHidden(path) { continue }
            guard let stamp = FileStamp(path: root + "/" + path) else {
                gone.insert(path)
                continue
            }
            if stamp.isFolder { return nil }
            present.append(path)
        }
        // Saving a file that was there already, the common case, leaves the list as it was.
        var files = previous
        let added = present.filter { path in
            let slot = previous.partitionPoint { $0 < path }  // `previous` is sorted
            return slot == previous.count || previous[slot] != path
        }
        if !gone.isEmpty || !added.isEmpty {
            files = Set(previous).subtracting(gone).union(present).sorted()
        }
        return (files, Set(present))
    }

    /// Names the loader never reads: editors' temporary and backup files.
    static func isHidden(_ path: String) -> Bool {
        path.hasPrefix(".") || path.contains("/.")
    }
}
