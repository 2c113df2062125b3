import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes whole files with plain POSIX calls.
///
/// Foundation's `Data.write(to:)` fsyncs every file on Linux. For a site or an import of
/// thousands of files that turns a sub-second job into minutes of waiting on the disk, while
/// the atomicity Dossier needs comes from renaming (a staged folder, or a temporary file).
enum FileWriter {
    /// - Parameters:
    ///   - exclusive: fail rather than replace an existing file.
    ///   - makingFolders: create missing parent folders (only when the file cannot be opened,
    ///     so a site's thousands of writes into existing folders cost no extra call).
    static func write(_ data: Data, to path: String, exclusive: Bool = false, makingFolders: Bool = false) throws {
        let flags = O_WRONLY | O_CREAT | (exclusive ? O_EXCL : O_TRUNC) | O_CLOEXEC
        var descriptor = open(path, flags, 0o644)
        if descriptor < 0, errno == ENOENT, makingFolders {
            try makeFolders((path as NSString).deletingLastPathComponent)
            descriptor = open(path, flags, 0o644)
        }
        guard descriptor >= 0 else { throw error(path) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw error(path)
                }
                offset += written
            }
        }
    }

    /// `mkdir -p` with plain system calls: Foundation's `createDirectory` costs ~0.1 ms a call,
    /// which adds up over thousands of page folders.
    static func makeFolders(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw error(path) }
        try makeFolders((path as NSString).deletingLastPathComponent)
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw error(path) }
    }

    /// Writes beside `path`, then renames into place: readers see the old file or the new one.
    static func replace(_ data: Data, at path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\(name).\(UUID().uuidString.prefix(8)).tmp")
        do {
            try write(data, to: temporary)
            guard rename(temporary, path) == 0 else { throw error(path) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    private static func error(_ path: String) -> Error {
        let code = errno
        return CocoaError(.fileWriteUnknown, userInfo: [
            NSFilePathErrorKey: path,
            NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(code)))",
        ])
    }
}
