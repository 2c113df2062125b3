import Foundation

/// URL slugs: the one rule for what may become a folder or file name under `public/` and `content/`.
public enum Slug {
    /// Lowercase ASCII letters, digits, `-` and `_`, starting with a letter or digit.
    /// This excludes `/`, `..`, dots and everything a path could escape with.
    public static func isValid(_ slug: String) -> Bool {
        guard let first = slug.unicodeScalars.first, isAllowed(first), first != "-", first != "_" else { return false }
        return slug.unicodeScalars.allSatisfy(isAllowed)
    }

    /// Makes a slug from any text: "S-400 Triumf" → "s-400-triumf", "Čapek’s" → "capeks",
    /// "США" → "ssa" (transliterated). Returns "" when nothing usable remains.
    public static func make(from text: String, maxLength: Int = 80) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in latin(text).lowercased().unicodeScalars {
            if isAllowed(scalar) && scalar != "-" && scalar != "_" {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else if silent.contains(scalar) {
                continue  // "America’s" → "americas", not "america-s"
            } else {
                pendingDash = true
            }
        }
        if slug.count > maxLength {
            slug = String(slug.prefix(maxLength))
            if let dash = slug.lastIndex(of: "-") { slug = String(slug[..<dash]) }
        }
        // Windows cannot create files with these names, whatever the extension.
        if reservedOnWindows.contains(slug) { slug += "-article" }
        return slug
    }

    /// ASCII text, transliterating other scripts; the ICU transform runs only when needed.
    private static func latin(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let replaced = String(text.map { silentCharacters.contains($0) ? "'" : $0 })
        guard !replaced.unicodeScalars.allSatisfy(\.isASCII) else { return replaced }
        return replaced.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false)
            ?? replaced.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    }

    private static let silentCharacters: Set<Character> = ["\u{2019}", "\u{2018}", "\u{02BC}"]
    private static let silent: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}"]
    private static let reservedOnWindows: Set<String> = Set(["con", "prn", "aux", "nul"]
        + (1...9).map { "com\($0)" } + (1...9).map { "lpt\($0)" })

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
    }

    public static let rule = "use lowercase letters, digits, '-' and '_' only, e.g. lavrov-hails-s-400-deal"
}
