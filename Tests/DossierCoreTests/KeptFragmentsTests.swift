import Foundation
import Testing
@testable import DossierCore

@Suite("Timeline entries kept between preview builds")
struct KeptFragmentsTests {
    private static let entryMarker = "<li class=\"timeline__entry"

    private static func source(_ site: FixtureSite, _ path: String) throws -> String {
        try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The demo built once with a preview's cache, and the renderings that build kept.
    private static func builtDemo() throws -> (FixtureSite, BuildCache, KeptFragments.Renderings) {
        let site = try IncrementalBuildTests.demoCopy()
        let cache = BuildCache()
        _ = try IncrementalBuildTests.build(site, cache: cache)
        return (site, cache, try renderings(cache))
    }

    private static func renderings(_ cache: BuildCache) throws -> KeptFragments.Renderings {
        let kept: KeptFragments.Renderings = try #require(cache.take(KeptFragments.timelineCacheName))
        cache.keep(KeptFragments.timelineCacheName, kept)
        return kept
    }

    /// An entry's key is worked out once per build, whoever asks for it (page keys, pages,
    /// the renderings kept); another entry gets its own.
    @Test func anEntrysKeyIsWorkedOutOncePerBuild() {
        func entry(_ key: String) -> TimelineEntry {
            TimelineEntry(date: EventDate(year: 2018), reports: [], topicSlugs: [], key: key, statedDates: [], articleCount: 1)
        }
        let keys = TimelineEntryKeys()
        let first = entry("deal signed"), second = entry("deal signed")
        var made = 0
        #expect(keys.key(of: first) { made += 1; return 1 } == 1)
        #expect(keys.key(of: first) { made += 1; return 2 } == 1)
        #expect(keys.key(of: second) { made += 1; return 3 } == 3)
        #expect(made == 2)
    }

    /// A dated event added to one article renders only its own entry again: every other entry
    /// on the timeline and topic pages comes from the renderings the build before kept, here
    /// swapped for a stand-in that shows where they land. Without the stand-in, the pages are
    /// those of a build from scratch.
    @Test func aDateEditRendersOnlyTheNewEntry() throws {
        let (site, cache, first) = try Self.builtDemo()
        defer { site.remove() }
        #expect(first.html.count > 5)
        #expect(first.html.values.allSatisfy { $0.hasPrefix(Self.entryMarker) })
        let article = "content/articles/us-cant-arm-twist-india.md"
        let text = try Self.source(site, article)
        try site.write(article, text + "\nThe talks on the rifles began on 3 March 2017.\n")
        _ = try IncrementalBuildTests.expectSameAsScratch(site, cache: cache, "a date added")
        let second = try Self.renderings(cache)
        let added = Set(second.html.keys).subtracting(first.html.keys)
        #expect(added.count >= 1 && added.count <= 2, "only the new entry and the one it joined: \(added.count)")
        #expect(Set(first.html.keys).isSubset(of: second.html.keys))

        let standIn = "<li class=\"timeline__entry kept\"></li>"
        cache.keep(KeptFragments.timelineCacheName, KeptFragments.Renderings(
            partial: second.partial, shape: second.shape, html: second.html.mapValues { _ in standIn }))
        try site.write(article, text + "\nThe rifle plant opened on 9 June 2016.\n")
        _ = try IncrementalBuildTests.build(site, cache: cache)
        let timeline = try site.read("timeline/index.html")
        let standIns = timeline.components(separatedBy: standIn).count - 1
        #expect(standIns >= 5, "the kept entries: \(standIns)")
        let rendered = timeline.components(separatedBy: Self.entryMarker + "\"").count - 1
            + timeline.components(separatedBy: Self.entryMarker + " insight--conflict\"").count - 1
        #expect(rendered >= 1 && rendered <= 2, "the new entry only: \(rendered)")
        #expect(timeline.contains("June 2016"))
        // The article's topic page lists its oldest events, the new one among them.
        let topic = try site.read("topics/s-400/index.html")
        #expect(topic.contains("June 2016") && topic.contains(standIn))
        #expect(topic.components(separatedBy: Self.entryMarker + "\"").count + topic.components(separatedBy: Self.entryMarker + " insight--conflict\"").count - 2 <= 2)
    }

    /// An edit of the entry's partial, or a new base path, renders every entry again.
    @Test func anEditedPartialRendersEveryEntryAgain() throws {
        let (site, cache, first) = try Self.builtDemo()
        defer { site.remove() }
        let partial = "templates/partials/timeline-entry.mustache"
        try site.write(partial, try Self.source(site, partial).replacingOccurrences(of: "</li>", with: "<!-- edited --></li>"))
        _ = try IncrementalBuildTests.expectSameAsScratch(site, cache: cache, "the entry partial edited")
        let second = try Self.renderings(cache)
        #expect(second.shape != first.shape)
        #expect(second.html.count == first.html.count)
        #expect(second.html.values.allSatisfy { $0.contains("<!-- edited -->") })
        let config = try Self.source(site, "dossier.yml")
        try site.write("dossier.yml", config.replacingOccurrences(of: "http://localhost:1313/", with: "http://localhost:1313/dossier/"))
        _ = try IncrementalBuildTests.expectSameAsScratch(site, cache: cache, "the base path changed")
        let third = try Self.renderings(cache)
        #expect(third.shape != second.shape && third.html.count == second.html.count)
        #expect(third.html.values.allSatisfy { !$0.contains("href=\"/articles/") })
    }

    /// A theme that includes the partial inside `{{#timeline}}`, as themes did before
    /// `entry_html`, still finds every field of the entry.
    @Test func aThemeThatIncludesThePartialStillSeesTheFields() throws {
        let site = try IncrementalBuildTests.demoCopy()
        defer { site.remove() }
        let template = "templates/timeline.mustache"
        try site.write(template, try Self.source(site, template).replacingOccurrences(of: "{{{entry_html}}}", with: "{{>partials/timeline-entry}}"))
        #expect(try Self.source(site, template).contains("{{#timeline}}\n{{>partials/timeline-entry}}"))
        _ = try IncrementalBuildTests.build(site, cache: nil)
        let included = try site.read("timeline/index.html")
        try site.write(template, try Self.source(site, template).replacingOccurrences(of: "{{>partials/timeline-entry}}", with: "{{{entry_html}}}"))
        _ = try IncrementalBuildTests.build(site, cache: nil)
        let printed = try site.read("timeline/index.html")
        let squeezed = { (page: String) in page.filter { !$0.isWhitespace } }
        #expect(included.contains(Self.entryMarker))
        #expect(squeezed(included) == squeezed(printed))
    }

    /// `PageContext.timelineEntryNames`, which the warning below reads, is exactly what the
    /// entries hold, their reports' cards included.
    @Test func theEntryNamesAreWhatEntriesHold() throws {
        let corpus = try #require(ContentLoader(root: FixtureSite.repository).load().corpus)
        let dossier = DossierAnalyzer().analyze(corpus).dossier
        let contexts = try PageContext(dossier: dossier, urls: SiteURLs(baseURL: corpus.config.baseURL), templates: FixtureSite.templates())
        let page = try #require(PagePlanner.plan(dossier).first { if case .timeline = $0.route { return true } else { return false } })
        let items = try #require(contexts.context(for: page)["timeline"] as? [FragmentItem])
        #expect(!items.isEmpty)
        let seen = items.reduce(into: Set<String>()) { $0.formUnion(FixtureSite.names(in: $1.fields)) }
        #expect(seen == PageContext.timelineEntryNames, "\(seen.symmetricDifference(PageContext.timelineEntryNames))")
    }

    /// A page value in the entry's partial would render as nothing when `entry_html` prints
    /// it: the build names it, with file and line. The default partial uses none.
    @Test func aPageValueInTheEntryPartialIsNamed() throws {
        let site = try IncrementalBuildTests.demoCopy()
        defer { site.remove() }
        let partial = "templates/partials/timeline-entry.mustache"
        let clean = try IncrementalBuildTests.build(site, cache: nil)
        #expect(!clean.diagnostics.contains { $0.file == partial }, "\(clean.diagnostics)")
        try site.write(partial, try Self.source(site, partial) + "{{#reports}}{{outlet}}{{/reports}}\n{{page.title}} {{site.title}}\n")
        let report = try IncrementalBuildTests.build(site, cache: nil)
        let named = report.diagnostics.filter { $0.file == partial }
        #expect(named.map(\.line) == [9, 9], "\(named)")
        #expect(named.contains { $0.message.hasPrefix("'page.title' renders as nothing here: entry_html is rendered once from each entry's own fields") })
        #expect(named.contains { $0.message.hasPrefix("'site.title' renders as nothing here") })
        // Without the partial, a template that prints `entry_html` fails the build, naming it,
        // and the site built before stays as it was.
        let built = try site.snapshot()
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(partial))
        let errors = site.buildErrors()
        #expect(errors.contains { $0.file == "templates/timeline.mustache" && $0.line != nil
            && $0.message == "'entry_html' is rendered from partials/timeline-entry.mustache, which is missing from the templates folder" }, "\(errors)")
        #expect(try site.snapshot() == built)
    }

    /// After a build that rendered something new, the store keeps only the entries the pages
    /// now show, and asks which those are only then; a rendering is used while its key and
    /// shape hold.
    @Test func theStoreKeepsTheEntriesThePagesShow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kept-fragments-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("partials"), withIntermediateDirectories: true)
        try "<li>{{n}}</li>\n".write(to: folder.appendingPathComponent("partials/entry.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet.load(from: folder, displayFolder: "templates", required: []).get()
        func store(_ kept: KeptFragments.Renderings?, shape: Int = 1) -> KeptFragments {
            KeptFragments(partial: "partials/entry", valueName: "entry_html", templates: templates, shape: shape, kept: kept)
        }
        let first = store(nil)
        for key in 0..<4 { #expect(first.html(for: key) { ["n": key] } == "<li>\(key)</li>") }
        var kept = first.forNextBuild { Set(0..<4) }
        #expect(Set(kept.html.keys) == Set(0..<4))
        // An edit per build replaces the oldest entry by a new one.
        for edit in 1...3 {
            let build = store(kept)
            #expect(build.html(for: edit + 3) { ["n": edit + 3] } == "<li>\(edit + 3)</li>")
            #expect(build.html(for: edit) { Issue.record("kept \(edit) rendered again"); return [:] } == "<li>\(edit)</li>")
            #expect(build.renderedCount == 1)
            kept = build.forNextBuild { Set(edit..<(edit + 4)) }
            #expect(Set(kept.html.keys) == Set(edit..<(edit + 4)), "edit \(edit)")
        }
        // Nothing new rendered: nothing to drop, and the pages' keys are not asked for.
        let quiet = store(kept)
        #expect(quiet.html(for: 4) { [:] } == "<li>4</li>")
        let same = quiet.forNextBuild { Issue.record("asked for the current keys"); return [] }
        #expect(same.html == kept.html)
        // Other templates or another base path: nothing kept is used.
        let other = store(kept, shape: 2)
        #expect(other.html(for: 5) { ["n": "again"] } == "<li>again</li>")
    }
}
