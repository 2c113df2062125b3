/// Character-like questions asked of Unicode scalars: the extractors work on scalars, which
/// are several times cheaper to make and index than grapheme clusters.
extension Unicode.Scalar {
    var asciiValue: UInt8? { isASCII ? UInt8(value) : nil }
    var isLetter: Bool { isASCII ? (value >= 65 && value <= 90) || (value >= 97 && value <= 122) : properties.isAlphabetic }
    var isUppercase: Bool { isASCII ? value >= 65 && value <= 90 : properties.isUppercase }
    var isLowercase: Bool { isASCII ? value >= 97 && value <= 122 : properties.isLowercase }
    var isWhitespace: Bool { isASCII ? value == 32 || (value >= 9 && value <= 13) : properties.isWhitespace }
    var isNumber: Bool { isASCII ? value >= 48 && value <= 57 : properties.numericType != nil }
    var isMark: Bool { properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark }
}

extension String {
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        self.init(view)
    }
}
