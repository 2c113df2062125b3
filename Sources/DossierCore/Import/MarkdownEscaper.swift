/// Escapes prose so that cmark-gfm renders it as the same text: a clipped line that starts
/// with "1. " or "# ", or contains `*`, `_`, `<tag>` or backticks, must not turn into markup.
public enum MarkdownEscaper {
    /// First bytes that may start a block marker ("# ", "> ", "- ", "1. " …).
    private static let blockStartBytes: Set<UInt8> = Set("#>-+=0123456789".utf8)

    public static func escape(paragraph: String) -> String {
        var line = paragraph.trimmingSpaces
        // Most prose needs nothing: no inline specials, and no block marker at the start.
        if let first = line.utf8.first, !blockStartBytes.contains(first), !line.utf8.contains(where: isInlineSpecial) {
            return line
        }
        var escaped = ""
        escaped.reserveCapacity(line.count + 8)
        // Block markers only matter at the start of the line.
        if let first = line.first, "#>-+=".contains(first) {
            escaped.append("\\")
            escaped.append(first)
            line.removeFirst()
        } else if let marker = orderedListMarker(line) {
            escaped += line.prefix(marker) + "\\" + String(line[line.index(line.startIndex, offsetBy: marker)])
            line.removeFirst(marker + 1)
        }
        for character in line {
            if let byte = character.asciiValue, isInlineSpecial(byte) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// Bytes that can start inline markup anywhere in a line.
    private static func isInlineSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "~"), UInt8(ascii: "|"):
            return true
        default:
            return false
        }
    }

    /// The offset of the `.` or `)` in "12. " / "3) " at the start of a line.
    private static func orderedListMarker(_ line: String) -> Int? {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count) else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ")" else { return nil }
        return digits.count
    }
}
