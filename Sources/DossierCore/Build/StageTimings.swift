/// How long each stage of a build took, in order, for `--verbose`.
public struct StageTimings: Sendable, CustomStringConvertible {
    public private(set) var stages: [(name: String, seconds: Double)] = []

    public init() {}

    /// Runs `body`, adding its duration to the stage `name`.
    public mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { add(name, seconds: Self.seconds(clock.now - start)) }
        return try body()
    }

    public mutating func add(_ name: String, seconds: Double) {
        if let index = stages.firstIndex(where: { $0.name == name }) {
            stages[index].seconds += seconds
        } else {
            stages.append((name, seconds))
        }
    }

    public var total: Double { stages.reduce(0) { $0 + $1.seconds } }

    public var description: String {
        let lines = stages.map { "  \($0.name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(Self.format($0.seconds))" }
        return (lines + ["  \("total".padding(toLength: 10, withPad: " ", startingAt: 0)) \(Self.format(total))"])
            .joined(separator: "\n")
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    static func format(_ seconds: Double) -> String {
        let milliseconds = (seconds * 10_000).rounded() / 10
        return "\(milliseconds) ms"
    }
}
