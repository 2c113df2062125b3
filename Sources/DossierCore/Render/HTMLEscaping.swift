import Mustache

/// The escaping of `{{value}}` in Dossier's templates: the five characters swift-mustache's
/// HTML content type escapes, with the same entities, found in UTF-8 bytes. Most values need
/// no escape and are returned as they are; the library's escaper walks every `Character` of
/// every value, which was a tenth of a large build's CPU. (It also escapes a `<` or `&` that a
/// combining mark follows, which the library's leaves alone.)
struct HTMLEscaping: MustacheContentType {
    /// Registered with swift-mustache under this name; `TemplateSet` selects it for every template.
    static let name = "DOSSIER_HTML"
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var extra = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "<"), UInt8(ascii: ">"): extra += 3
                case UInt8(ascii: "&"), UInt8(ascii: "'"): extra += 4
                case UInt8(ascii: "\""): extra += 5
                default: break
                }
            }
            guard extra > 0 else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count + extra) { output in
                var count = 0
                func put(_ entity: StaticString) {
                    entity.withUTF8Buffer { for byte in $0 { output[count] = byte; count += 1 } }
                }
                for byte in bytes {
                    switch byte {
                    case UInt8(ascii: "<"): put("&lt;")
                    case UInt8(ascii: ">"): put("&gt;")
                    case UInt8(ascii: "&"): put("&amp;")
                    case UInt8(ascii: "\""): put("&quot;")
                    case UInt8(ascii: "'"): put("&#39;")
                    default: output[count] = byte; count += 1
                    }
                }
                return count
            }
        } ?? text
    }
}

/// A string renders as itself. Without this, swift-mustache tries each `{{value}}` as a
/// template, a lambda and an optional before printing it through `String(describing:)`:
/// four dynamic casts per value, the costliest part of rendering a large dossier.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}
