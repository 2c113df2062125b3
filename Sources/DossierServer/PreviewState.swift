import Foundation

/// What the preview serves right now: the last good build, the errors of the last failed one,
/// and the open event streams to notify. Shared by the builder and every request.
public final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var site: URL?
    private var errors: [String] = []
    private var streams: [UUID: AsyncStream<PreviewEvent>.Continuation] = [:]
    private var closed = false

    public init() {}

    /// The folder of the last good build, and the errors of a later failed one (empty when fine).
    public var current: (site: URL?, errors: [String]) {
        lock.withLock { (site, errors) }
    }

    public func succeeded(site: URL, event: PreviewEvent) {
        lock.withLock {
            self.site = site
            errors = []
        }
        send(event)
    }

    public func failed(_ messages: [String]) {
        lock.withLock { errors = messages }
        send(.failed(messages))
    }

    /// A stream of events for one open page; it ends when the page goes away or the server stops.
    public func subscribe() -> AsyncStream<PreviewEvent> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<PreviewEvent>.makeStream(bufferingPolicy: .bufferingNewest(8))
        let accepted = lock.withLock { () -> Bool in
            guard !closed else { return false }
            streams[id] = continuation
            return true
        }
        if !accepted { continuation.finish() }
        continuation.onTermination = { [weak self] _ in
            self?.lock.withLock { _ = self?.streams.removeValue(forKey: id) }
        }
        return stream
    }

    private func send(_ event: PreviewEvent) {
        for continuation in lock.withLock({ Array(streams.values) }) { continuation.yield(event) }
    }

    /// Ends every event stream, so a shutdown does not wait on open pages.
    public func close() {
        let open = lock.withLock { () -> [AsyncStream<PreviewEvent>.Continuation] in
            closed = true
            defer { streams = [:] }
            return Array(streams.values)
        }
        for continuation in open { continuation.finish() }
    }
}
