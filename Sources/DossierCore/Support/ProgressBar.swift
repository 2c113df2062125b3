import Foundation

/// A one-line progress bar on a terminal ("render [#######-------]  612/1229"), for builds
/// and imports that take longer than `delay`: shorter work prints nothing, and so does any
/// work whose output is not a terminal (CI logs, pipes), which `--verbose` serves instead.
public final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool
    private let delay: Duration
    private let write: @Sendable (String) -> Void
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    private var lastLine = ""
    private var lastStage = ""
    private let lock = NSLock()
    static let width = 30

    /// - Parameters:
    ///   - isTerminal: whether the output is a terminal (by default: standard error is one and TERM is not "dumb").
    ///   - write: where the bar goes (by default standard error).
    public init(isTerminal: Bool = ProgressBar.standardErrorIsTerminal, delay: Duration = ProgressBar.defaultDelay,
                write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        enabled = isTerminal
        self.delay = delay
        self.write = write
        started = clock.now
    }

    /// One second, or `DOSSIER_PROGRESS_AFTER_MS` milliseconds (tests use 0 to see the bar on short work).
    public static var defaultDelay: Duration {
        .milliseconds(ProcessInfo.processInfo.environment["DOSSIER_PROGRESS_AFTER_MS"].flatMap { Int($0) } ?? 1000)
    }

    public static var standardErrorIsTerminal: Bool {
        isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// A `WorkProgress` that draws on this bar.
    public func progress() -> WorkProgress {
        WorkProgress { [self] state in update(state) }
    }

    /// Draws once the work has run for `delay`.
    public func update(_ state: WorkProgress.State) {
        guard enabled else { return }
        lock.withLock {
            let now = clock.now
            guard now - started >= delay else { return }
            // A new stage and the end of one are always drawn; counts in between ten times a second.
            if let lastDrawn, now - lastDrawn < .milliseconds(100), state.stage == lastStage, state.done != state.total { return }
            lastStage = state.stage
            lastDrawn = now
            let line = Self.line(state)
            guard line != lastLine else { return }
            lastLine = line
            write("\r\u{1B}[2K" + line)
        }
    }

    /// Clears the bar, so what the command prints next starts on a clean line.
    public func finish() {
        lock.withLock {
            guard !lastLine.isEmpty else { return }
            write("\r\u{1B}[2K")
            lastLine = ""
        }
    }

    static func line(_ state: WorkProgress.State) -> String {
        let stage = state.stage.padding(toLength: 8, withPad: " ", startingAt: 0)
        guard let total = state.total, total > 0 else { return stage }
        let done = min(state.done, total)
        let filled = width * done / total
        let count = String(done).leftPadded(to: String(total).count)
        return "\(stage) [" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] \(count)/\(total)"
    }
}

private extension String {
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: " ", count: length - count) + self
    }
}
