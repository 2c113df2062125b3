import Foundation

/// Each timeline entry's key (`InsightKeys.timelineEntry`), worked out once per build. The
/// page keys, the pages and the renderings kept for the next build all ask for the same few
/// hundred entries, and each key hashes up to five reports and their articles' card keys:
/// asked for three times, that was a tenth of a date edit's rebuild.
///
/// Held by one build's `PageContext.ArticleLookup`, while its dossier holds the entries, so
/// no entry's identity is reused by another.
final class TimelineEntryKeys: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: [ObjectIdentifier: Int] = [:]

    func key(of entry: TimelineEntry, make: () -> Int) -> Int {
        let identity = entry.identity
        if let known = lock.withLock({ keys[identity] }) { return known }
        let key = make()
        lock.withLock { keys[identity] = key }
        return key
    }
}
