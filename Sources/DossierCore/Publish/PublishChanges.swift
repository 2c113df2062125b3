/// What a publish adds, changes and deletes, for the report and `--dry-run`.
public struct PublishChanges: Sendable, Equatable {
    public var added: [String] = []
    public var changed: [String] = []
    public var deleted: [String] = []

    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && deleted.isEmpty }

    public var lines: [String] {
        added.map { "added    \($0)" } + changed.map { "changed  \($0)" } + deleted.map { "deleted  \($0)" }
    }

    public var summary: String { "\(added.count) added, \(changed.count) changed, \(deleted.count) deleted" }
}
