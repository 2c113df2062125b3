import Foundation
import Testing
import Yams
@testable import DossierCore

@Suite("Parallel work")
struct ParallelTests {
    @Test(arguments: [0, 1, 2, 3, 7, 8, 9, 15, 17, 100, 1001, 10_007])
    func mapKeepsOrderForEveryCount(_ count: Int) {
        let items = Array(0..<count)
        #expect(Parallel.map(items) { $0 * 2 } == items.map { $0 * 2 })
    }

    /// Loading and importing parse YAML on several threads at once: Yams must cope.
    @Test func yamlParsesOnAllCoresAtOnce() {
        let texts = (0..<2000).map { "---\ntitle: \"Article \($0)\"\ndate: 2021-12-06\ntopics: [S-400, CAATSA]\ndraft: false\n---\nBody \($0)\n" }
        let titles = Parallel.map(texts) { text in
            (try? Article.parse(text, file: "a.md", defaultSlug: "a").get())?.title ?? ""
        }
        #expect(titles == (0..<2000).map { "Article \($0)" })
    }

    /// Counts the objects freed, from whichever thread frees them.
    final class Freed: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int { lock.withLock { count } }
        func add() { lock.withLock { count += 1 } }
    }

    final class Tracked: @unchecked Sendable {
        let freed: Freed
        init(_ freed: Freed) { self.freed = freed }
        deinit { freed.add() }
    }

    /// Holding the last references, `release` has freed every element when it returns.
    @Test(arguments: [0, 1, 2, 9, 1001])
    func releaseFreesEveryElement(_ count: Int) {
        let freed = Freed()
        let items = (0..<count).map { _ in Tracked(freed) }
        Parallel.release(consume items)
        #expect(freed.value == count)
    }
}
