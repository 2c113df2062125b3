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
    /// Encodes straight into the string's storage: appending to a scalar view one scalar
    /// at a time was the extractors' largest single cost.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var position = 0
            for scalar in scalars {
                if scalar.value < 0x80 {
                    buffer[position] = UInt8(truncatingIfNeeded: scalar.value)
                    position += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[position] = byte
                        position += 1
                    }
                }
            }
            return position
        }
    }
}
