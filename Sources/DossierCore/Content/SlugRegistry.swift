/// The file each slug belongs to, for reporting two entries that share one. Kept between
/// builds, a rebuild checks only the entries whose slug or file changed instead of hashing
/// 10,000 slugs again.
struct SlugRegistry {
    private var entries: [(slug: String, file: String)] = []
    /// The first file of each slug.
    private var firstFile: [String: String] = [:]
    /// Whether no two entries share a slug (only then is the registry brought up to date).
    private var isClean = true

    /// The registry of these entries, and an error for each entry whose slug an earlier one has.
    static func check(_ entries: [(slug: String, file: String)], kind: String, last: SlugRegistry?) -> (SlugRegistry, [Diagnostic]) {
        if let last, last.isClean, var updated = last.updated(to: entries) {
            updated.entries = entries
            return (updated, [])
        }
        var registry = SlugRegistry()
        registry.entries = entries
        registry.firstFile.reserveCapacity(entries.count)
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            if let other = registry.firstFile[entry.slug] {
                registry.isClean = false
                diagnostics.append(.error(entry.file, "\(kind) slug '\(entry.slug)' is already used by \(other); give one of them another 'slug:'"))
            } else {
                registry.firstFile[entry.slug] = entry.file
            }
        }
        return (registry, diagnostics)
    }

    /// This registry with the changed entries swapped in; nil if that makes a slug shared.
    private func updated(to new: [(slug: String, file: String)]) -> SlugRegistry? {
        guard new.count == entries.count else { return nil }
        // Strings of unchanged entries share storage with the last build's: compared by pointer.
        let changed = new.indices.filter { new[$0].slug != entries[$0].slug || new[$0].file != entries[$0].file }
        guard !changed.isEmpty else { return self }
        var registry = self
        for index in changed { registry.firstFile[entries[index].slug] = nil }
        for index in changed {
            guard registry.firstFile[new[index].slug] == nil else { return nil }
            registry.firstFile[new[index].slug] = new[index].file
        }
        return registry
    }
}
