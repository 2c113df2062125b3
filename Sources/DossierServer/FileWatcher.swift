import Dispatch
import DossierCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders recursively with Linux inotify and reports changed paths.
///
/// Folders created later are watched as they appear. Events arrive on a private queue;
/// `onChange` receives the paths (relative to the root) of each batch read.
public final class FileWatcher: @unchecked Sendable {
    private let root: URL
    private let queue = DispatchQueue(label: "dossier.watcher")
    private var descriptor: Int32 = -1
    private var source: DispatchSourceRead?
    private var folders: [Int32: String] = [:]
    private let onChange: @Sendable ([String]) -> Void

    /// Paths below `root` to watch: folders recursively, files through their folder.
    public init(root: URL, folders watched: [String], onChange: @escaping @Sendable ([String]) -> Void) throws {
        self.root = root.standardizedFileURL
        self.onChange = onChange
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        for folder in watched { addRecursively(folder) }
        let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
        source.setEventHandler { [weak self] in self?.drain() }
        source.setCancelHandler { [descriptor] in close(descriptor) }
        self.source = source
        source.resume()
    }

    public func stop() {
        queue.sync {
            source?.cancel()
            source = nil
        }
    }

    deinit { source?.cancel() }

    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE
                                     | IN_DELETE_SELF | IN_ATTRIB)

    /// Watches `relative` ("" is the root itself) and every folder below it.
    private func addRecursively(_ relative: String) {
        let path = relative.isEmpty ? root.path : root.appendingPathComponent(relative).path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        let watch = inotify_add_watch(descriptor, path, Self.mask)
        guard watch >= 0 else { return }
        folders[watch] = relative
        guard !relative.isEmpty else { return }  // the root is watched for dossier.yml only
        for child in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where !child.hasPrefix(".") {
            addRecursively(relative + "/" + child)
        }
    }

    private func drain() {
        var changed: [String] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset < count {
                let event = buffer.withUnsafeBytes { $0.load(fromByteOffset: offset, as: inotify_event.self) }
                let nameLength = Int(event.len)
                var name = ""
                if nameLength > 0 {
                    let start = offset + MemoryLayout<inotify_event>.size
                    let bytes = buffer[start..<(start + nameLength)].prefix { $0 != 0 }
                    name = String(decoding: bytes, as: UTF8.self)
                }
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    // Events were lost: the next build must look at every file.
                    changed.append(BuildOptions.unknownChanges)
                } else if let folder = folders[event.wd], !name.hasPrefix(".") || name == "" {
                    let path = folder.isEmpty ? name : (name.isEmpty ? folder : folder + "/" + name)
                    if event.mask & UInt32(IN_ISDIR) != 0 && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 && !folder.isEmpty {
                        addRecursively(path)
                    }
                    changed.append(path)
                }
                offset += MemoryLayout<inotify_event>.size + nameLength
            }
        }
        if !changed.isEmpty { onChange(changed) }
    }
}
