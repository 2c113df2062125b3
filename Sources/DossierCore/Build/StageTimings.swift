import Foundation

/// How long each stage of a build took, in order, the processor time it used on all cores
/// (so a stage that does not use them shows), and the process's peak memory when it
/// ended, for `--verbose`.
public struct StageTimings: Sendable, CustomStringConvertible {
    public private(set) var stages: [(name: String, seconds: Double)] = []
    /// Peak resident memory, in bytes, at the end of each stage (by name).
    public private(set) var peakMemory: [String: Int] = [:]
    /// User and system time of the whole process during each stage (by name), in seconds.
    public private(set) var processorSeconds: [String: Double] = [:]
    /// Processor time of named parts of a stage (by stage), summed over its threads: where
    /// a stage's time went, e.g. the render stage's time in swift-mustache.
    public private(set) var parts: [String: [(name: String, processorSeconds: Double)]] = [:]

    public init() {}

    /// Runs `body`, adding its duration to the stage `name`.
    public mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now, startProcessor = Self.processorTime()
        defer {
            add(name, seconds: Self.seconds(ContinuousClock.now - start))
            processorSeconds[name, default: 0] += Self.processorTime() - startProcessor
            peakMemory[name] = Self.peakResidentBytes()
        }
        return try body()
    }

    public mutating func add(_ name: String, seconds: Double) {
        if let index = stages.firstIndex(where: { $0.name == name }) {
            stages[index].seconds += seconds
        } else {
            stages.append((name, seconds))
        }
    }

    /// Records that `part` of `stage` took this much processor time on all threads together.
    public mutating func note(_ stage: String, part: String, processorSeconds: Double) {
        parts[stage, default: []].append((part, processorSeconds))
    }

    public var total: Double { stages.reduce(0) { $0 + $1.seconds } }

    public var description: String {
        let lines = stages.map { stage in
            let memory = peakMemory[stage.name].map { "  (peak memory \($0 >> 20) MiB)" } ?? ""
            let processor = processorSeconds[stage.name].map { "  processor \(Self.format($0))" } ?? ""
            let line = "  \(stage.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(Self.format(stage.seconds))\(processor)\(memory)"
            return ([line] + (parts[stage.name] ?? []).map { "    of which \($0.name): processor \(Self.format($0.processorSeconds))" })
                .joined(separator: "\n")
        }
        return (lines + ["  \("total".padding(toLength: 10, withPad: " ", startingAt: 0)) \(Self.format(total))"])
            .joined(separator: "\n")
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    /// User plus system time the process has used so far, on all its threads.
    static func processorTime() -> Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Processor time the calling thread has used so far.
    static func threadProcessorTime() -> Double {
        var time = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return 0 }
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The most memory the process has held so far (the kernel keeps the figure in KiB).
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return usage.ru_maxrss * 1024
    }

    static func format(_ seconds: Double) -> String {
        let milliseconds = (seconds * 10_000).rounded() / 10
        return "\(milliseconds) ms"
    }
}
