#if canImport(Glibc)
import Glibc
#endif

/// The article files of the previous load, brought up to date with the paths a file watcher
/// reported changed, so a preview rebuild neither lists nor stats 10,000 files to find the
/// one that was saved.
struct ArticleListing: Sendable, Equatable {
    static let folder = "content/articles"

    /// Paths relative to the dossier, sorted.
    var files: [String]
    /// Those that are symbolic links: their targets may change with no event in the folder,
    /// so they are stamped on every load.
    var links: Set<String>

    init(files: [String], root: String) {
        self.files = files
        links = Set(files.filter { Self.isLink(root + "/" + $0) })
    }

    /// This listing with the reported `changed` paths added or removed (each is checked on
    /// disk), and the files to stamp again; nil when the report cannot be trusted to name
    /// every file: a folder was created, moved or removed, or the watcher lost events
    /// (`BuildOptions.unknownChanges`).
    func updated(changed: Set<String>, root: String) -> (listing: ArticleListing, stamp: Set<String>)? {
        var present: [String] = [], gone: Set<String> = []
        for path in changed {
            if path == BuildOptions.unknownChanges { return nil }
            guard path == "content" || path == Self.folder || path.hasPrefix(Self.folder + "/") else { continue }
            guard path.hasSuffix(".md") else { return nil }
            if Self.isHidden(path) { continue }
            guard let stamp = FileStamp(path: root + "/" + path) else {
                gone.insert(path)
                continue
            }
            if stamp.isFolder { return nil }
            present.append(path)
        }
        // Saving a file that was there already, the common case, leaves the list as it was.
        var listing = self
        let added = present.filter { path in
            let slot = files.partitionPoint { $0 < path }  // `files` is sorted
            return slot == files.count || files[slot] != path
        }
        if !gone.isEmpty || !added.isEmpty {
            listing.files = Set(files).subtracting(gone).union(present).sorted()
            listing.links.subtract(gone)
            listing.links.formUnion(added.filter { Self.isLink(root + "/" + $0) })
        }
        return (listing, Set(present).union(listing.links))
    }

    /// Names the loader never reads: editors' temporary and backup files.
    static func isHidden(_ path: String) -> Bool {
        path.hasPrefix(".") || path.contains("/.")
    }

    private static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}
