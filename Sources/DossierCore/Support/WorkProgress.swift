import Foundation

/// How far long work has got: the stage it is in and, when known, how many of the stage's
/// items are done. Workers on any thread call `advance()`; the observer (the command
/// line's progress bar) is told of every change, one at a time.
public final class WorkProgress: @unchecked Sendable {
    public struct State: Sendable, Equatable {
        public var stage: String
        public var done: Int
        public var total: Int?
    }

    private let lock = NSLock()
    private var state = State(stage: "", done: 0, total: nil)
    private let observer: @Sendable (State) -> Void

    public init(observer: @escaping @Sendable (State) -> Void) {
        self.observer = observer
    }

    /// Starts a stage: "render", 1,229 pages.
    public func begin(_ stage: String, total: Int? = nil) {
        lock.withLock {
            state = State(stage: stage, done: 0, total: total)
            observer(state)
        }
    }

    public func advance(by count: Int = 1) {
        lock.withLock {
            state.done += count
            observer(state)
        }
    }
}
