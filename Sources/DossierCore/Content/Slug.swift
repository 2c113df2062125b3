import Foundation

/// URL slugs: the one rule for what may become a folder name under `public/`.
public enum Slug {
    /// Lowercase ASCII letters, digits, `-` and `_`, starting with a letter or digit.
    /// This excludes `/`, `..`, dots and everything a path could escape with.
    public static func isValid(_ slug: String) -> Bool {
        guard let first = slug.unicodeScalars.first, isAllowed(first), first != "-", first != "_" else { return false }
        return slug.unicodeScalars.allSatisfy(isAllowed)
    }

    /// Makes a slug from any text: "S-400 Triumf" → "s-400-triumf", "Čapek’s" → "capeks".
    /// Returns "" when nothing usable remains; callers decide the fallback.
    public static func make(from text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en"))
        var slug = ""
        var pendingDash = false
        for scalar in folded.lowercased().unicodeScalars {
            if isAllowed(scalar) && scalar != "-" && scalar != "_" {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else if Self.silent.contains(scalar) {
                continue  // "America’s" → "americas", not "america-s"
            } else {
                pendingDash = true
            }
        }
        return slug
    }

    private static let silent: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}"]

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
    }

    public static let rule = "use lowercase letters, digits, '-' and '_' only, e.g. lavrov-hails-s-400-deal"
}
