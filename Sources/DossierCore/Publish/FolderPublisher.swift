import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `dossier publish --to DIR`: DIR becomes a symbolic link to a complete copy of the site in
/// `.DIR.releases/N/`, swapped with one `rename(2)`, so a web server reading DIR sees the old
/// site or the new one, never a mix. Unchanged files are hard links to the previous release.
public struct FolderPublisher: Sendable {
    public let site: PublishSource
    public let target: URL

    public init(site: PublishSource, target: URL) {
        self.site = site
        self.target = target.standardizedFileURL
    }

    var releases: URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).releases")
    }

    /// Publishes (or, with `dryRun`, only reports) and returns what changed.
    public func publish(dryRun: Bool) throws -> PublishChanges {
        let files = try site.verifiedFiles()
        let manager = FileManager.default
        let current = try currentRelease()
        let previous = Set(current.map(filesBelow) ?? [])
        var changes = PublishChanges()
        for path in files {
            let new = site.output.appendingPathComponent(path)
            if !previous.contains(path) {
                changes.added.append(path)
            } else if let current, !manager.contentsEqual(atPath: new.path, andPath: current.appendingPathComponent(path).path) {
                changes.changed.append(path)
            }
        }
        changes.deleted = previous.subtracting(files).sorted()
        guard !dryRun, !changes.isEmpty || current == nil else { return changes }

        try manager.createDirectory(at: releases, withIntermediateDirectories: true)
        let number = (try manager.contentsOfDirectory(atPath: releases.path).compactMap { Int($0) }.max() ?? 0) + 1
        let release = releases.appendingPathComponent(String(number))
        do {
            for path in files {
                let destination = release.appendingPathComponent(path)
                try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                let unchanged = previous.contains(path) && !changes.changed.contains(path)
                if let current, unchanged {
                    try manager.linkItem(at: current.appendingPathComponent(path), to: destination)
                } else {
                    try manager.copyItem(at: site.output.appendingPathComponent(path), to: destination)
                }
            }
            try swapLink(to: release)
        } catch {
            try? manager.removeItem(at: release)
            throw DossierError([.error(target.path, "cannot publish: \(error.localizedDescription); the published site is unchanged")])
        }
        prune(keeping: [release, current].compactMap { $0 })
        return changes
    }

    /// The release DIR points at now; nil when DIR does not exist yet (or is an empty folder).
    private func currentRelease() throws -> URL? {
        let manager = FileManager.default
        if let destination = try? manager.destinationOfSymbolicLink(atPath: target.path) {
            let url = URL(fileURLWithPath: destination, relativeTo: target.deletingLastPathComponent()).standardizedFileURL
            return manager.fileExists(atPath: url.path) ? url : nil
        }
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue, (try manager.contentsOfDirectory(atPath: target.path)).isEmpty else {
            throw DossierError([.error(target.path,
                "exists and is not a link made by 'dossier publish --to': move it away or choose another folder, so nothing in it is lost")])
        }
        try manager.removeItem(at: target)
        return nil
    }

    private func swapLink(to release: URL) throws {
        let relative = "\(releases.lastPathComponent)/\(release.lastPathComponent)"
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).link-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createSymbolicLink(atPath: temporary.path, withDestinationPath: relative)
        guard rename(temporary.path, target.path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "rename: \(String(cString: strerror(code)))"])
        }
    }

    /// Keeps the new release and the one before it (a reader may still be loading from it).
    private func prune(keeping: [URL]) {
        let keep = Set(keeping.map(\.lastPathComponent))
        for name in (try? FileManager.default.contentsOfDirectory(atPath: releases.path)) ?? [] where !keep.contains(name) {
            try? FileManager.default.removeItem(at: releases.appendingPathComponent(name))
        }
    }

    private func filesBelow(_ folder: URL) -> [String] {
        (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }
    }
}
