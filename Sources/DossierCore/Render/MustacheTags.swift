import Foundation

/// The tags of a Mustache template, found by a light scan (default `{{ }}` delimiters).
enum MustacheTags {
    struct Tag {
        var line: Int
        /// "#", "^", "/", ">", "<", "$", "!", "&", "{", "=" or "" for a plain variable.
        var sigil: String
        var name: String

        var isVariable: Bool { ["", "#", "^", "&", "{"].contains(sigil) && name != "." }
    }

    static func scan(_ text: String) -> [Tag] {
        var tags: [Tag] = []
        for (offset, line) in text.lines.enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                guard let close = rest.range(of: "}}") else { break }
                var body = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                rest = rest[close.upperBound...]
                if rest.first == "}" { rest = rest.dropFirst() }  // the third brace of {{{name}}}
                var sigil = ""
                if let first = body.first, "#^/><$!&{=%".contains(first) {
                    sigil = String(first)
                    body = body.dropFirst().trimmingCharacters(in: .whitespaces)
                }
                // Transforms: {{uppercased(name)}} uses "name".
                if let open = body.firstIndex(of: "("), let close = body.lastIndex(of: ")"), open < close {
                    body = String(body[body.index(after: open)..<close])
                }
                tags.append(Tag(line: offset + 1, sigil: sigil, name: body))
            }
        }
        return tags
    }
}
