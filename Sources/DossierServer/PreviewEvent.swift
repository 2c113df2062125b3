/// What the preview tells open pages over Server-Sent Events.
public enum PreviewEvent: Sendable, Equatable {
    /// A rebuild succeeded: reload the page.
    case reload
    /// Only stylesheets changed: swap them in place. Maps theme names to published URLs.
    case stylesheets([String: String])
    /// A rebuild failed: show the errors (the overlay), keep the last good pages.
    case failed([String])

    /// The event in the text/event-stream format.
    var wire: String {
        switch self {
        case .reload:
            return "event: reload\ndata: {}\n\n"
        case .stylesheets(let urls):
            let pairs = urls.sorted { $0.key < $1.key }.map { "\"\(Self.json($0.key))\":\"\(Self.json($0.value))\"" }
            return "event: css\ndata: {\(pairs.joined(separator: ","))}\n\n"
        case .failed(let messages):
            return "event: failed\ndata: \(messages.count) problem\(messages.count == 1 ? "" : "s")\n\n"
        }
    }

    private static func json(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
