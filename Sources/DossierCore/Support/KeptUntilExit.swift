import Foundation

/// Holds what a one-shot command no longer needs until the process exits, which returns its
/// memory whole (see `BuildOptions.freesResults`). Never read: only kept.
enum KeptUntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ value: Any) {
        lock.withLock { kept.append(value) }
    }
}
