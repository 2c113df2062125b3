/// Splits a content file into its YAML front matter and Markdown body.
///
/// Front matter is delimited by whole `---` lines: the file's first line, and the next
/// line that is exactly `---` (trailing spaces allowed). `----` or `--- x` do not close it.
struct FrontMatter: Equatable {
    /// The YAML between the delimiters.
    var yaml: String
    /// Lines before the YAML's first line (the opening `---`), to turn YAML line numbers into file lines.
    var yamlLineOffset: Int
    var body: String
    /// The file line where the body starts.
    var bodyLine: Int

    static func split(_ text: String, file: String) -> Result<FrontMatter, DossierError> {
        // Without carriage returns, lines end at "\n" bytes: find the delimiters there and
        // cut the text once, rather than splitting the whole body into lines and joining it again.
        if !text.utf8.contains(UInt8(ascii: "\r")), let parts = splitAtNewlines(text) { return .success(parts) }
        return splitByLines(text, file: file)
    }

    /// Line by line on characters, wording the errors. (Files come through `TextFile`, which
    /// turns every line end into "\n", so text with "\r" only comes from elsewhere.)
    static func splitByLines(_ text: String, file: String) -> Result<FrontMatter, DossierError> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isDelimiter(first) else {
            return .failure(DossierError([.error(file, line: 1,
                "missing front matter: the file must start with a line '---', then fields such as 'title: …', then '---'")]))
        }
        guard let close = lines.dropFirst().firstIndex(where: isDelimiter) else {
            return .failure(DossierError([.error(file, line: 1,
                "front matter opened here is never closed: add a line with only '---' after the last field")]))
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, yamlLineOffset: 1, body: body, bodyLine: close + 2))
    }

    /// The split of a file with "\n" line ends, or nil when it has no closed front matter
    /// (`splitByLines` then words the error).
    static func splitAtNewlines(_ text: String) -> FrontMatter? {
        let bytes = text.utf8
        var start = bytes.startIndex
        var number = 0
        var yamlStart = bytes.startIndex
        while true {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let isDelimiter = isDelimiter(text[start..<end])
            if number == 0 {
                guard isDelimiter, end < bytes.endIndex else { return nil }
                yamlStart = bytes.index(after: end)
            } else if isDelimiter {
                let yaml = number == 1 ? "" : String(text[yamlStart..<bytes.index(before: start)])
                let body = end == bytes.endIndex ? "" : String(text[bytes.index(after: end)...])
                return FrontMatter(yaml: yaml, yamlLineOffset: 1, body: body, bodyLine: number + 2)
            }
            guard end < bytes.endIndex else { return nil }
            start = bytes.index(after: end)
            number += 1
        }
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        var line = line
        while line.last == " " || line.last == "\t" { line.removeLast() }
        return line == "---"
    }

    /// Splits a file and reads its front matter fields, allowing only `allowedKeys`.
    static func read(_ text: String, file: String, allowedKeys: [String]) -> Result<(FrontMatter, YAMLFields), DossierError> {
        split(text, file: file).flatMap { parts in
            YAMLFields.parse(parts.yaml, file: file, lineOffset: parts.yamlLineOffset, allowedKeys: allowedKeys)
                .map { (parts, $0) }
        }
    }
}
