import Foundation

/// A partial's renderings by the key of what it shows (`FragmentItem`), kept by the preview
/// from one build for the next while the templates and base path stay the same. A dated
/// event added to one article shifts every later timeline entry by one, so every timeline
/// page after it renders again; with the entries kept, that is the new entry's partial and
/// the pages put together from the two hundred others already rendered.
///
/// Pages render on all cores, hence the lock; two threads may both render one entry, and
/// either copy is kept.
final class KeptFragments: @unchecked Sendable {
    static let timelineCacheName = "timeline-entries"

    /// The timeline entries' store, `entry_html`, from what the preview kept in `cache`.
    static func timeline(templates: TemplateSet, shape: Int, cache: BuildCache?) -> KeptFragments {
        KeptFragments(partial: Fragment.partials["entry_html"]!, valueName: "entry_html", templates: templates, shape: shape,
                      kept: cache?.take(timelineCacheName))
    }

    /// The partial, e.g. "partials/timeline-entry", and the value that prints it, "entry_html".
    let partial: String
    let valueName: String
    let templates: TemplateSet
    /// The templates and base path the renderings were made with (`KeptCards.shape`).
    let shape: Int
    private let lock = NSLock()
    /// The build before's renderings (read on all cores, never changed), and this build's new ones.
    private let kept: [Int: String]
    private var made: [Int: String] = [:]

    /// How many this build rendered rather than found kept.
    var renderedCount: Int { lock.withLock { made.count } }

    /// What the preview keeps between builds.
    struct Renderings {
        let partial: String
        let shape: Int
        let html: [Int: String]
    }

    init(partial: String, valueName: String, templates: TemplateSet, shape: Int, kept: Renderings?) {
        self.partial = partial
        self.valueName = valueName
        self.templates = templates
        self.shape = shape
        self.kept = kept.flatMap { $0.shape == shape && $0.partial == partial ? $0.html : nil } ?? [:]
    }

    /// The partial rendered from `fields` (`TemplateSet.renderFragment`), or kept.
    func html(for key: Int, fields: () -> [String: Any]) -> String {
        if let html = kept[key] ?? lock.withLock({ made[key] }) { return html }
        let html = templates.renderFragment(fields(), template: partial)
        lock.withLock { made[key] = html }
        return html
    }

    /// What the next build starts from: this build's renderings and the kept ones whose key
    /// is still `current`, so that the store holds one dossier's entries however many edits
    /// came before (a page not rendered this time keeps its entries for the next).
    /// - Parameter current: every key the pages now show; asked only when this build
    ///   rendered something new, since otherwise nothing was added.
    func forNextBuild(current: () -> Set<Int>) -> Renderings {
        let made = lock.withLock { self.made }
        guard !made.isEmpty else { return Renderings(partial: partial, shape: shape, html: kept) }
        let keys = current()
        return Renderings(partial: partial, shape: shape, html: kept.merging(made) { $1 }.filter { keys.contains($0.key) })
    }
}
