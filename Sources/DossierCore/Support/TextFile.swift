import Foundation

/// Reads user files as strict UTF-8, so a bad byte is reported instead of silently replaced.
enum TextFile {
    static func read(_ url: URL, displayPath: String) -> Result<String, DossierError> {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .failure(DossierError([.error(displayPath, "cannot read the file (\(error.localizedDescription))")]))
        }
        return decode(data, displayPath: displayPath)
    }

    static func decode(_ data: Data, displayPath: String) -> Result<String, DossierError> {
        var bytes = [UInt8](data)
        // A UTF-8 byte order mark carries no meaning; drop it.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = firstInvalidUTF8Offset(bytes) {
            let line = bytes[..<offset].filter { $0 == 0x0A }.count + 1
            return .failure(DossierError([.error(displayPath, line: line,
                "invalid UTF-8 at byte \(offset); save the file as UTF-8")]))
        }
        if let nul = bytes.firstIndex(of: 0) {
            let line = bytes[..<nul].filter { $0 == 0x0A }.count + 1
            return .failure(DossierError([.error(displayPath, line: line,
                "NUL byte at byte \(nul); this looks like a binary file, not text")]))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        // Windows line endings would otherwise leave "\r" on every front matter value.
        return .success(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }
}
