#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files under a folder, read with `readdir`: FileManager's enumerator spends tens of
/// milliseconds on a thousand files, more than a whole preview rebuild should take.
enum DirectoryListing {
    /// Paths of files (and symbolic links) relative to `folder`, sorted; sub-folders are
    /// descended into when `recursive`, links to folders are not followed.
    static func files(in folder: String, recursive: Bool) -> [String] {
        var found: [String] = []
        func walk(_ path: String, _ prefix: String) {
            guard let directory = opendir(path) else { return }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                guard name != ".", name != ".." else { continue }
                var isFolder = Int(entry.pointee.d_type) == Int(DT_DIR)
                if Int(entry.pointee.d_type) == Int(DT_UNKNOWN) {
                    // Some file systems do not fill in the type.
                    var info = stat()
                    isFolder = lstat(path + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                }
                if !isFolder {
                    found.append(prefix + name)
                } else if recursive {
                    walk(path + "/" + name, prefix + name + "/")
                }
            }
        }
        walk(folder, "")
        return found.sorted()
    }
}
