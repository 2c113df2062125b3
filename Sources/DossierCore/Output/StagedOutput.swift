import Foundation

/// Writes a whole site into a staging folder beside the output, then swaps it in.
///
/// Until `commit()` the previous output is untouched; if anything fails, `discard()`
/// removes the staging folder and the old site stays exactly as it was.
public final class StagedOutput: @unchecked Sendable {
    public let output: URL
    public let staging: URL
    private let stagingPath: String
    private let manager = FileManager.default
    private var committed = false
    private let counter = NSLock()
    private var written = 0
    public var filesWritten: Int { counter.withLock { written } }

    /// Files in the old output that belong to the user, not to the build, and survive the swap.
    static let keptFiles = [".gitkeep"]

    public init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        let token = UUID().uuidString.prefix(8)
        staging = parent.appendingPathComponent(".\(self.output.lastPathComponent).staging-\(token)")
        stagingPath = staging.path
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        try manager.createDirectory(at: staging, withIntermediateDirectories: false)
    }

    deinit {
        if !committed { try? manager.removeItem(at: staging) }
    }

    /// Writes `data` at a relative path such as "articles/lavrov/index.html", making its
    /// folders as needed. Safe to call from several threads at once.
    public func write(_ data: Data, to relativePath: String) throws {
        try FileWriter.write(data, to: try resolve(relativePath), makingFolders: true)
        counter.withLock { written += 1 }
    }

    /// Swaps the staged site in for the old output.
    public func commit() throws {
        for name in Self.keptFiles {
            let old = output.appendingPathComponent(name)
            let new = staging.appendingPathComponent(name)
            if manager.fileExists(atPath: old.path) && !manager.fileExists(atPath: new.path) {
                try manager.copyItem(at: old, to: new)
            }
        }
        if manager.fileExists(atPath: output.path) {
            let retired = staging.deletingLastPathComponent()
                .appendingPathComponent(".\(output.lastPathComponent).old-\(UUID().uuidString.prefix(8))")
            try manager.moveItem(at: output, to: retired)
            do {
                try manager.moveItem(at: staging, to: output)
            } catch {
                try? manager.moveItem(at: retired, to: output)  // put the old site back
                throw error
            }
            try? manager.removeItem(at: retired)
        } else {
            try manager.moveItem(at: staging, to: output)
        }
        committed = true
    }

    public func discard() {
        guard !committed else { return }
        try? manager.removeItem(at: staging)
    }

    /// Refuses any path that could leave the staging folder. Joined as text: a `URL` costs
    /// more than writing a small page.
    private func resolve(_ relativePath: String) throws -> String {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard !relativePath.hasPrefix("/"), !parts.isEmpty,
              parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\\") }) else {
            throw OutputPathError(path: relativePath)
        }
        return stagingPath + "/" + relativePath
    }
}

public struct OutputPathError: Error, CustomStringConvertible {
    public var path: String
    public var description: String { "refusing to write '\(path)': it would leave the output folder" }
}
