import Foundation
import Mustache

/// A partial rendered once and shown on many pages, as Hugo's `partialCached`: an article's
/// card stands on its topics', outlet's and list pages and beside its related articles, and
/// rendering it afresh on each was a third of a large build's rendering. Templates print it
/// with triple braces (`{{{card_html}}}`); it is rendered on first use from its own fields
/// only, so it never depends on the page it lands on (`TemplateSet.renderFragment`).
///
/// It stands in the very card whose fields it renders, and the preview keeps the cards of
/// one build for the next (`KeptCards`), rendered fragments and all. Pages render on all
/// cores, hence the lock (shared by the fragments made together: each holds it only to read
/// or store a string); two threads may both render one, and either copy is kept.
final class Fragment: MustacheCustomRenderable, @unchecked Sendable {
    /// The partial, e.g. "partials/article-card".
    let template: String
    /// What the partial sees: the card's fields.
    private let context: [String: Any]
    private let templates: TemplateSet
    private let lock: NSLock
    private var html: String?

    /// The values rendered from partials, and the partial each is rendered from: a template
    /// that uses one needs that partial (`TemplateSet` reports it missing, with file and line).
    /// `entry_html` is rendered by `FragmentItem`, the others by `Fragment`.
    static let partials = ["card_html": "partials/article-card", "meta_html": "partials/meta", "related_topics_html": "partials/related-topics",
                           "header_html": "partials/header", "footer_html": "partials/footer", "entry_html": "partials/timeline-entry"]

    /// Nil when the theme has no such partial (then no template uses the value, see `partials`).
    init?(_ template: String, context: [String: Any], templates: TemplateSet, lock: NSLock) {
        guard templates.contains(template) else { return nil }
        self.template = template
        self.context = context
        self.templates = templates
        self.lock = lock
    }

    var renderText: String {
        if let html = lock.withLock({ html }) { return html }
        let made = templates.renderFragment(context, template: template)
        lock.withLock { html = made }
        return made
    }

    var isNull: Bool { false }
}
