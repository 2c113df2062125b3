import Foundation
import Testing
@testable import DossierCore

/// The progress bar: drawn on a terminal once work has run past its delay, never anywhere else.
@Suite("Progress bar")
struct ProgressBarTests {
    /// Collects what a bar writes.
    final class Screen: @unchecked Sendable {
        private let lock = NSLock()
        private var writes: [String] = []
        func write(_ text: String) { lock.withLock { writes.append(text) } }
        var all: [String] { lock.withLock { writes } }
    }

    @Test func drawsStageCountAndBarThenClears() {
        let screen = Screen()
        let bar = ProgressBar(isTerminal: true, delay: .zero, write: screen.write)
        let progress = bar.progress()
        progress.begin("render", total: 10)
        progress.advance(by: 10)
        bar.finish()
        #expect(screen.all == ["\r\u{1B}[2Krender   [------------------------------]  0/10",
                               "\r\u{1B}[2Krender   [##############################] 10/10",
                               "\r\u{1B}[2K"])
        #expect(ProgressBar.line(WorkProgress.State(stage: "render", done: 5, total: 10)) == "render   [###############---------------]  5/10")
        #expect(ProgressBar.line(WorkProgress.State(stage: "import", done: 10, total: 10)) == "import   [##############################] 10/10")
        #expect(ProgressBar.line(WorkProgress.State(stage: "write", done: 0, total: nil)) == "write   ")
    }

    /// Nothing is drawn when the output is not a terminal, nor for work shorter than the delay.
    @Test(arguments: [(false, Duration.zero), (true, Duration.seconds(60))])
    func quiet(isTerminal: Bool, delay: Duration) {
        let screen = Screen()
        let bar = ProgressBar(isTerminal: isTerminal, delay: delay, write: screen.write)
        let progress = bar.progress()
        progress.begin("render", total: 3)
        progress.advance(by: 3)
        bar.finish()
        #expect(screen.all.isEmpty)
    }

    /// Many quick updates draw a few times, and the end of each stage always.
    @Test func redrawsAtMostTenTimesASecondButAlwaysTheEnd() {
        let screen = Screen()
        let bar = ProgressBar(isTerminal: true, delay: .zero, write: screen.write)
        let progress = bar.progress()
        progress.begin("analyze", total: 10_000)
        _ = Parallel.map(Array(0..<10_000)) { _ in progress.advance() }
        let writes = screen.all
        #expect(writes.count < 50)
        #expect(writes.last?.hasSuffix("10000/10000") == true)
    }

    /// A build reports each stage, every article analysed and every page rendered.
    @Test func aBuildReportsItsStagesAndEveryPage() throws {
        final class Log: @unchecked Sendable {
            let lock = NSLock()
            var states: [WorkProgress.State] = []
        }
        let log = Log()
        let site = try IncrementalBuildTests.demoCopy()
        defer { site.remove() }
        var options = BuildOptions(source: site.root, output: site.output)
        options.progress = WorkProgress { state in log.lock.withLock { log.states.append(state) } }
        let report = try BuildPipeline(options: options).build()
        let states = log.lock.withLock { log.states }
        var stages: [String] = []
        for state in states where stages.last != state.stage { stages.append(state.stage) }
        #expect(stages == ["load", "analyze", "render", "write"])
        #expect(states.last { $0.stage == "analyze" }.map { $0.done == $0.total } == true)
        #expect(states.last { $0.stage == "render" } == WorkProgress.State(stage: "render", done: report.pages, total: report.pages))
    }
}
