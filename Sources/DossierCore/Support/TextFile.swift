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
        let original = [UInt8](data)
        if let nul = original.firstIndex(of: 0) {
            return .failure(DossierError([.error(displayPath, line: lineNumber(at: nul, in: original),
                "NUL byte at byte \(nul); this looks like a binary file, not text")]))
        }
        var bytes = original
        // A UTF-8 byte order mark carries no meaning; drop it.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // Windows ("\r\n") and old Mac ("\r") line endings become "\n", or every value would keep a "\r".
        if bytes.contains(0x0D) {
            var normalized: [UInt8] = []
            normalized.reserveCapacity(bytes.count)
            for (index, byte) in bytes.enumerated() where byte != 0x0D || index + 1 == bytes.count || bytes[index + 1] != 0x0A {
                normalized.append(byte == 0x0D ? 0x0A : byte)
            }
            bytes = normalized
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            // Offsets and lines are counted in the file as it is on disk.
            let offset = firstInvalidUTF8Offset(original) ?? 0
            return .failure(DossierError([.error(displayPath, line: lineNumber(at: offset, in: original),
                "invalid UTF-8 at byte \(offset); save the file as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)")]))
        }
        return .success(text)
    }

    private static func lineNumber(at offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
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
