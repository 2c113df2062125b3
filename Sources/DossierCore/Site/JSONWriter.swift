/// Writes compact JSON the way `JSONEncoder` does with `.sortedKeys` and
/// `.withoutEscapingSlashes` (tested against it), and escapes "<", ">" and "&" so the text
/// is safe inside `<script>`. The schema.org types write themselves through it
/// (`SchemaOrg+JSON.swift`), their keys in sorted order: `JSONEncoder`'s generic encoding
/// cost about 2 % of a large build's CPU, more than all the page data around it.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// For each open object or array, whether it has a member yet (the next one needs a comma).
    private var hasMember: [Bool] = []
    /// A key was just written: its value takes no comma.
    private var afterKey = false

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array<Element>(_ elements: [Element], _ write: (inout JSONWriter, Element) -> Void) {
        open(UInt8(ascii: "["))
        for element in elements { write(&self, element) }
        close(UInt8(ascii: "]"))
    }

    mutating func key(_ name: String) {
        string(name)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    mutating func string(_ text: String) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        // Most values need no escape: copied whole rather than a byte at a time.
        if text.utf8.contains(where: { Self.escapes[Int($0)] != nil }) {
            for byte in text.utf8 {
                if let escape = Self.escapes[Int(byte)] { bytes += escape } else { bytes.append(byte) }
            }
        } else {
            bytes.append(contentsOf: text.utf8)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func number(_ value: Int) {
        separate()
        bytes += Array(String(value).utf8)
    }

    /// What `string` writes for each byte not written as itself, in one table so the check
    /// for "nothing to escape" and the escaping itself cannot disagree.
    private static let escapes: [[UInt8]?] = (0...255).map { value -> [UInt8]? in
        let byte = UInt8(value)
        func short(_ letter: Unicode.Scalar) -> [UInt8] { [0x5C, UInt8(ascii: letter)] }
        switch byte {
        case UInt8(ascii: "\""): return short("\"")
        case UInt8(ascii: "\\"): return short("\\")
        case 0x08: return short("b")
        case 0x0C: return short("f")
        case 0x0A: return short("n")
        case 0x0D: return short("r")
        case 0x09: return short("t")
        case 0x00..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
            let digits = Array("0123456789abcdef".utf8)
            return [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
        default: return nil
        }
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        hasMember.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        hasMember.removeLast()
        bytes.append(bracket)
    }

    /// A comma before every member of an object or array but its first; none after a key.
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = hasMember.indices.last else { return }
        if hasMember[last] { bytes.append(UInt8(ascii: ",")) }
        hasMember[last] = true
    }
}

/// A value that writes itself as JSON-LD.
protocol JSONLDWritable {
    func write(to json: inout JSONWriter)
}

extension JSONWriter {
    mutating func field(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    mutating func field(_ name: String, _ value: String?) {
        if let value { field(name, value) }
    }

    mutating func field(_ name: String, _ value: Int) {
        key(name)
        number(value)
    }

    mutating func field(_ name: String, _ value: (some JSONLDWritable)?) {
        guard let value else { return }
        key(name)
        value.write(to: &self)
    }

    mutating func field(_ name: String, _ values: [some JSONLDWritable]) {
        key(name)
        array(values) { json, value in value.write(to: &json) }
    }
}
