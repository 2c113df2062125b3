import Foundation
import Mustache

/// The site's Mustache templates, read from `templates/` at build time (no recompiling),
/// checked as a whole: syntax errors, missing templates and missing partials or parents
/// are reported together, each with its file and line.
public struct TemplateSet: @unchecked Sendable {
    private let library: MustacheLibrary
    /// Problems that do not stop a build: unknown variable names.
    public let warnings: [Diagnostic]
    /// Changes whenever any template's text changes: part of every page's fingerprint.
    public var fingerprint: UInt64 = 0

    public static let fileExtension = "mustache"

    /// - Parameter displayFolder: how the folder is named in messages, e.g. "templates".
    public static func load(from directory: URL, displayFolder: String, required: [String]) -> Result<TemplateSet, DossierError> {
        load(from: directory, displayFolder: displayFolder, required: required, cache: nil)
    }

    /// With a cache, templates are parsed again only when a file's stamp changed.
    static func load(from directory: URL, displayFolder: String, required: [String], cache: BuildCache?) -> Result<TemplateSet, DossierError> {
        let names = templateNames(in: directory)
        var hasher = Hasher()
        hasher.combine(directory.path)
        hasher.combine(displayFolder)
        hasher.combine(required)
        for name in names {
            hasher.combine(name)
            guard let stamp = FileStamp(path: directory.appendingPathComponent("\(name).\(fileExtension)").path) else {
                return parse(names, from: directory, displayFolder: displayFolder, required: required)
            }
            hasher.combine(stamp)
        }
        return cache.memo("templates", key: hasher.finalize()) {
            parse(names, from: directory, displayFolder: displayFolder, required: required)
        }
    }

    private static func parse(_ names: [String], from directory: URL, displayFolder: String, required: [String]) -> Result<TemplateSet, DossierError> {
        var problems: [Diagnostic] = []
        var templates: [String: MustacheTemplate] = [:]
        var sources: [String: String] = [:]
        for name in names {
            let file = "\(displayFolder)/\(name).\(fileExtension)"
            switch TextFile.read(directory.appendingPathComponent("\(name).\(fileExtension)"), displayPath: file) {
            case .failure(let error):
                problems += error.diagnostics
            case .success(let text):
                sources[name] = text
                do {
                    templates[name] = try MustacheTemplate(string: withEscaping(text))
                } catch let error as MustacheTemplate.ParserError {
                    problems.append(.error(file, line: max(1, error.context.lineNumber - 1),
                        "template syntax error: \(explain(error.error)) near '\(error.context.line.trimmingSpaces)'"))
                } catch {
                    problems.append(.error(file, "template syntax error: \(error)"))
                }
            }
        }
        for name in required where sources[name] == nil {
            problems.append(.error("\(displayFolder)/\(name).\(fileExtension)",
                "missing template: every dossier needs \(required.map { "\($0).\(fileExtension)" }.joined(separator: ", ")) in \(displayFolder)/"))
        }
        var warnings: [Diagnostic] = []
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            let file = "\(displayFolder)/\(name).\(fileExtension)"
            problems += missingReferences(in: text, file: file, known: Array(sources.keys))
            warnings += TemplateVocabulary.unknownNames(in: text, file: file)
        }
        warnings += renderedAloneProblems(sources, displayFolder: displayFolder)
        guard problems.isEmpty else { return .failure(DossierError(problems + warnings)) }
        var set = TemplateSet(library: MustacheLibrary(templates: templates), warnings: warnings)
        set.fingerprint = sources.sorted { $0.key < $1.key }.reduce(0) { SplitMix.mix($0 ^ ContentHash.value(($1.key + "\u{0}" + $1.value).utf8)) }
        return .success(set)
    }

    /// The template with `HTMLEscaping` selected on a line of its own above it: a standalone
    /// tag, so Mustache drops that line and the template renders as written (error lines are
    /// counted back by one).
    private static func withEscaping(_ text: String) -> String {
        HTMLEscaping.registered
        return "{{% CONTENT_TYPE: \(HTMLEscaping.name) }}\n" + text
    }

    public func render(_ context: [String: Any], template: String) -> String? {
        library.render(context, withTemplate: template)
    }

    /// A partial rendered to stand where a value is printed (`Fragment`, `KeptFragments`):
    /// without its file's last newline, so that the value on a line of its own prints one line
    /// break, as including the partial there did.
    func renderFragment(_ context: [String: Any], template: String) -> String {
        var html = render(context, template: template) ?? ""
        if html.utf8.last == UInt8(ascii: "\n") { html.removeLast() }
        return html
    }

    func contains(_ template: String) -> Bool {
        library.getTemplate(named: template) != nil
    }

    /// Template names relative to the folder without extension ("partials/head"), sorted.
    private static func templateNames(in directory: URL) -> [String] {
        let suffix = ".\(fileExtension)"
        return DirectoryListing.files(in: directory.path, recursive: true).filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }.sorted()
    }

    /// Mustache renders a missing partial as nothing; find such references before that happens,
    /// and values rendered from a partial (`Fragment.partials`) whose partial is missing.
    private static func missingReferences(in text: String, file: String, known: [String]) -> [Diagnostic] {
        MustacheTags.scan(text).compactMap { tag -> Diagnostic? in
            // By the last part of the name: `site.header_html` is one too.
            if tag.isVariable, let partial = Fragment.partials[String(tag.name.split(separator: ".").last ?? "")], !known.contains(partial) {
                return .error(file, line: tag.line,
                    "'\(tag.name)' is rendered from \(partial).\(fileExtension), which is missing from the templates folder")
            }
            guard tag.sigil == ">" || tag.sigil == "<", !tag.name.hasPrefix("*"), !known.contains(tag.name) else { return nil }
            let kind = tag.sigil == ">" ? "partial" : "parent template"
            let hint = Levenshtein.nearest(to: tag.name, in: known).map { " (did you mean '\($0)'?)" } ?? ""
            return .error(file, line: tag.line,
                "\(kind) '\(tag.name)' not found\(hint): expected a file \(tag.name).\(fileExtension) in the templates folder")
        }
    }

    /// The masthead and footer are rendered once per build from `site` alone when a template
    /// prints `site.header_html` or `site.footer_html`, and a timeline entry once from its own
    /// fields when a template prints `entry_html`: any other name in those partials would
    /// render as nothing there, so it is named, with the way out.
    private static func renderedAloneProblems(_ sources: [String: String], displayFolder: String) -> [Diagnostic] {
        let site = { (name: String) in name == "site" || name.hasPrefix("site.") }
        let entry = { (name: String) in PageContext.timelineEntryNames.contains(String(name.prefix { $0 != "." })) }
        let alone: [(value: String, printed: String, knows: (String) -> Bool, from: String)] = [
            ("header_html", "site.header_html", site, "the site values alone"),
            ("footer_html", "site.footer_html", site, "the site values alone"),
            ("entry_html", "entry_html", entry, "each entry's own fields"),
        ]
        var problems: [Diagnostic] = []
        for (value, printed, knows, from) in alone {
            let partial = Fragment.partials[value]!
            guard let text = sources[partial],
                  sources.values.contains(where: { MustacheTags.scan($0).contains { $0.isVariable && $0.name == printed } }) else { continue }
            for tag in MustacheTags.scan(text) where tag.isVariable && !tag.name.isEmpty && !knows(tag.name) {
                problems.append(.warning("\(displayFolder)/\(partial).\(fileExtension)", line: tag.line,
                    "'\(tag.name)' renders as nothing here: \(printed) is rendered once from \(from); include the partial with {{>\(partial)}} to use page values"))
            }
        }
        return problems
    }

    private static func explain(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not closed with '}}'"
        case .expectedSectionEnd: return "a section is never closed (add its {{/name}})"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "only {{$block}} definitions may stand inside {{<parent}}"
        case .textInsideInheritSection: return "text inside {{<parent}} must stand in a {{$block}}"
        case .invalidConfigVariableSyntax: return "invalid {{% config }} tag"
        case .unrecognisedConfigVariable: return "unknown {{% config }} variable"
        }
    }
}
