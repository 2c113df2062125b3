/// What the last build wrote of each page of its plan, by position: its file, dependency key
/// and fingerprint. While the plan stays the same (most edits), a rebuild reads and updates
/// these by index instead of looking 13,000 paths up in dictionaries.
struct PageRecord: Sendable {
    /// `PagePlanner.key` of the plan the pages came from.
    var plan: Int
    var paths: [String]
    var keys: [Int?]
    var fingerprints: [UInt64?]
    /// The theme's files, which the output also holds.
    var assets: [String]

    /// Each of these pages' last key and fingerprint, matched by position when the plan is
    /// the same, else by path.
    func entries(plan: Int, paths: [String]) -> [(key: Int?, fingerprint: UInt64)?] {
        func entry(_ index: Int) -> (key: Int?, fingerprint: UInt64)? { fingerprints[index].map { (keys[index], $0) } }
        if plan == self.plan { return self.paths.indices.map(entry) }
        let position = Dictionary(self.paths.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return paths.map { position[$0].flatMap(entry) }
    }
}
