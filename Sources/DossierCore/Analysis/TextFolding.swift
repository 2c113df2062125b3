/// Folds text so that spellings readers treat as the same compare equal: case, Unicode
/// hyphens and dashes (S‐400, S–400), apostrophes (America’s), odd spaces.
///
/// Folding maps one Unicode scalar to one scalar, so a position in folded text is the same
/// position in the original: matches map back for passages and highlighting. ASCII, the
/// bulk of news text, takes a fast path.
enum TextFolding {
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 {
            return (0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 0x20)) : (value == 0x60 ? "'" : scalar)
        }
        if let mapped = replacements[scalar] { return mapped }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    /// Built as UTF-8 bytes: appending to a `String.UnicodeScalarView` one scalar at a time
    /// cost more than the folding (every quote of a dossier is folded for grouping).
    static func foldedString(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            UTF8.encode(fold(scalar)) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        let properties = scalar.properties
        // Marks count as part of a word, so "S-400" does not match the start of "S-400́x".
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    private static let replacements: [Unicode.Scalar: Unicode.Scalar] = {
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        for dash in [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xFE63, 0xFF0D] { map[Unicode.Scalar(dash)!] = "-" }
        for apostrophe in [0x2019, 0x2018, 0x02BC, 0x2032] { map[Unicode.Scalar(apostrophe)!] = "'" }
        for space in [0x00A0, 0x2009, 0x202F, 0x2007] { map[Unicode.Scalar(space)!] = " " }
        return map
    }()
}
