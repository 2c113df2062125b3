import Mustache

/// A list item whose partial is rendered once per key of what it shows and kept between
/// preview builds (`KeptFragments`): templates print it with triple braces,
/// `{{{entry_html}}}`, and it sees only the item's own fields, as `card_html` does. A theme
/// that includes the partial itself, or reads the fields, still finds them all; they are made
/// on the first look-up, since an item whose rendering is kept needs none (a timeline entry's
/// fields copy ten article cards).
///
/// Made and read by the one page it is on, so on one thread.
final class FragmentItem: MustacheParent {
    private let key: Int
    let store: KeptFragments
    private var make: (() -> [String: Any])?
    private var made: [String: Any] = [:]

    init(key: Int, store: KeptFragments, fields: @escaping () -> [String: Any]) {
        self.key = key
        self.store = store
        make = fields
    }

    /// The item's fields, made on first use.
    var fields: [String: Any] {
        if let make {
            made = make()
            self.make = nil
        }
        return made
    }

    func child(named name: String) -> Any? {
        name == store.valueName ? Rendered(item: self) : fields[name]
    }

    /// The item's partial, rendered or found kept.
    var html: String { store.html(for: key) { fields } }

    private struct Rendered: MustacheCustomRenderable {
        let item: FragmentItem
        var renderText: String { item.html }
        var isNull: Bool { false }
    }
}
