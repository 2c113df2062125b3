import Yams

/// Typed, located access to a YAML mapping, recording a diagnostic for every problem.
///
/// Every key must be one of `allowedKeys`: an unknown key is an error that names the
/// nearest known key, so a typo never silently drops a field.
struct YAMLFields {
    let file: String
    private let lineOffset: Int
    private var values: [String: Node] = [:]
    private var keyLines: [String: Int] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    /// Fails only when the YAML cannot be read at all; field problems land in `diagnostics`.
    static func parse(_ yaml: String, file: String, lineOffset: Int, allowedKeys: [String]) -> Result<YAMLFields, DossierError> {
        var fields = YAMLFields(file: file, lineOffset: lineOffset)
        let root: Node?
        do {
            // Swift strings are UTF-8; naming it saves Yams a look at the environment per file.
            // Every field is read as text and typed here (`bool`, `positiveInt`, dates), so
            // scalars need no implicit tags: the default resolver tries up to seven regular
            // expressions on each one, which was a third of reading a large dossier's files.
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(DossierError([fields.describe(error)]))
        } catch {
            return .failure(DossierError([.error(file, line: lineOffset + 1, "invalid YAML: \(error)")]))
        }
        guard let root else { return .success(fields) }  // empty document: no fields
        guard let mapping = root.mapping else {
            return .failure(DossierError([.error(file, line: fields.line(root),
                "expected 'key: value' fields, e.g. title: India signs S-400 deal")]))
        }
        for (keyNode, value) in mapping {
            let line = fields.line(keyNode)
            guard let key = keyNode.scalar?.string else {
                fields.diagnostics.append(.error(file, line: line, "a field name must be plain text"))
                continue
            }
            if fields.values[key] != nil {
                fields.diagnostics.append(.error(file, line: line, "'\(key)' is given twice; keep one"))
                continue
            }
            guard allowedKeys.contains(key) else {
                let hint = Levenshtein.nearest(to: key, in: allowedKeys).map { " (did you mean '\($0)'?)" } ?? ""
                let known = allowedKeys.joined(separator: ", ")
                fields.diagnostics.append(.error(file, line: line, "unknown key '\(key)'\(hint); known keys: \(known)"))
                continue
            }
            fields.values[key] = value
            fields.keyLines[key] = line
        }
        return .success(fields)
    }

    private init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    func line(of key: String) -> Int? { keyLines[key] }

    private func line(_ node: Node) -> Int? {
        node.mark.map { $0.line + lineOffset }
    }

    fileprivate func nodeLine(_ node: Node) -> Int? { line(node) }
    fileprivate func node(_ key: String) -> Node? { values[key] }
    fileprivate mutating func report(key: String, _ message: String) { fail(key, message) }
    fileprivate mutating func report(line: Int?, _ message: String) {
        diagnostics.append(.error(file, line: line, message))
    }

    private func describe(_ error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return .error(file, line: mark.line + lineOffset, "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
            return .error(file, line: context.mark.line + lineOffset, "\(keys) given twice in one mapping; keep one")
        default:
            return .error(file, line: lineOffset + 1, "invalid YAML: \(error)")
        }
    }

    private mutating func fail(_ key: String, _ message: String) {
        diagnostics.append(.error(file, line: keyLines[key], message))
    }

    /// A scalar as text; nil when absent or written as YAML null / empty.
    mutating func string(_ key: String) -> String? {
        guard let node = values[key] else { return nil }
        guard let scalar = node.scalar else {
            fail(key, "'\(key)' must be a single value, not a list or a mapping")
            return nil
        }
        if scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return scalar.string
    }

    mutating func requiredString(_ key: String, example: String) -> String? {
        let problemsBefore = diagnostics.count
        if let value = string(key)?.trimmingSpaces, !value.isEmpty { return value }
        if diagnostics.count == problemsBefore {
            diagnostics.append(.error(file, line: keyLines[key] ?? lineOffset,
                "'\(key)' is required, e.g. \(key): \(example)"))
        }
        return nil
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let text = string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            fail(key, "'\(key)' must be true or false, not '\(text)'")
            return nil
        }
    }

    mutating func positiveInt(_ key: String) -> Int? {
        guard let text = string(key) else { return nil }
        guard let value = Int(text), value > 0 else {
            fail(key, "'\(key)' must be a whole number above 0, not '\(text)'")
            return nil
        }
        return value
    }

    /// A list of plain values. A lone value is an error: `topics: S-400` is almost always
    /// a forgotten pair of brackets, and guessing would hide it.
    mutating func stringList(_ key: String, example: String) -> [String]? {
        guard let node = values[key] else { return nil }
        if let scalar = node.scalar, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) { return [] }
        guard let sequence = node.sequence else {
            fail(key, "'\(key)' must be a list, e.g. \(key): \(example)")
            return nil
        }
        var items: [String] = []
        for item in sequence {
            guard let text = item.scalar?.string.trimmingSpaces, !text.isEmpty else {
                diagnostics.append(.error(file, line: line(item) ?? keyLines[key],
                    "every item of '\(key)' must be a plain non-empty value, e.g. \(key): \(example)"))
                return nil
            }
            items.append(text)
        }
        return items
    }
}

extension YAMLFields {
    /// One entry of a list of mappings: its plain fields with their lines.
    struct Entry {
        var values: [String: String]
        var lines: [String: Int]
        var line: Int?
    }

    /// A list of small mappings (e.g. `corrections:`); every entry's keys must be in `allowedKeys`.
    mutating func mappingList(_ key: String, allowedKeys: [String], example: String) -> [Entry]? {
        guard let node = node(key) else { return nil }
        if let scalar = node.scalar, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) { return [] }
        guard let sequence = node.sequence else {
            report(key: key, "'\(key)' must be a list of entries, e.g.\n\(example)")
            return nil
        }
        var entries: [Entry] = []
        for item in sequence {
            guard let mapping = item.mapping else {
                report(line: nodeLine(item), "every item of '\(key)' must be a mapping of fields, e.g.\n\(example)")
                return nil
            }
            var entry = Entry(values: [:], lines: [:], line: nodeLine(item))
            for (keyNode, value) in mapping {
                let name = keyNode.scalar?.string ?? ""
                let line = nodeLine(keyNode)
                guard allowedKeys.contains(name) else {
                    let hint = Levenshtein.nearest(to: name, in: allowedKeys).map { " (did you mean '\($0)'?)" } ?? ""
                    report(line: line, "unknown field '\(name)' in '\(key)'\(hint); known fields: \(allowedKeys.joined(separator: ", "))")
                    return nil
                }
                guard let text = value.scalar?.string else {
                    report(line: line, "'\(name)' in '\(key)' must be a single value")
                    return nil
                }
                entry.values[name] = text
                entry.lines[name] = line
            }
            entries.append(entry)
        }
        return entries
    }
}

extension YAMLFields {
    mutating func add(_ problems: [Diagnostic]) { diagnostics += problems }
}
