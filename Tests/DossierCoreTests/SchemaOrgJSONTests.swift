import Foundation
import Testing
@testable import DossierCore

/// The JSON-LD the pages carry is what `JSONEncoder` (sorted keys, slashes unescaped) writes
/// for the same values, with "<", ">" and "&" escaped as before: checked on every schema.org
/// type, with texts that hold quotes, backslashes, slashes, control characters and non-ASCII.
@Suite("Schema.org JSON")
struct SchemaOrgJSONTests {
    static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Byte by byte, as the pages always escaped them ("<" followed by a combining mark too).
        var escaped: [UInt8] = []
        for byte in try encoder.encode(value) {
            switch byte {
            case UInt8(ascii: "<"): escaped += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): escaped += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): escaped += Array("\\u0026".utf8)
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    static func texts(seed: UInt64) -> [String] {
        var random = SplitMix(seed: seed)
        let pieces = ["a", "Z", " ", "\"", "\\", "/", "<", ">", "&", "\n", "\r", "\t", "\u{8}", "\u{c}", "\u{1}", "\u{1f}",
                      "\u{7f}", "é", "’", "₹", "\u{2028}", "🙂", "\u{0301}"]
        return (0..<200).map { _ in (0..<random.int(0...16)).map { _ in random.pick(pieces) }.joined() }
    }

    @Test func everyTypeWritesWhatJSONEncoderWrites() throws {
        var random = SplitMix(seed: 21)
        for text in Self.texts(seed: 22) {
            func maybe(_ value: String) -> String? { random.int(0...1) == 0 ? nil : value }
            let named = SchemaOrg.Named(type: "Person", name: text)
            let article = SchemaOrg.NewsArticle(headline: text, url: "https://example.org/a/" + text, mainEntityOfPage: text,
                                                inLanguage: "en", about: random.int(0...1) == 0 ? [] : [SchemaOrg.Thing(name: text)],
                                                datePublished: maybe("2021-12-06"), description: maybe(text),
                                                author: random.int(0...1) == 0 ? nil : named, publisher: random.int(0...1) == 0 ? nil : named,
                                                isBasedOn: maybe(text))
            #expect(PageMeta.jsonLD(article) == (try Self.encoded(article)), "\(text.debugDescription)")
            let reference = SchemaOrg.ArticleRef(headline: text, url: text, publisher: random.int(0...1) == 0 ? nil : named)
            let page = SchemaOrg.CollectionPage(name: text, description: text, url: text,
                                                mainEntity: SchemaOrg.ItemList(numberOfItems: 2, itemListElement: [
                                                    SchemaOrg.ListItem(position: 1, name: text, url: text),
                                                    SchemaOrg.ListItem(position: -20, name: "", url: "/"),
                                                ]))
            let graph = SchemaOrg.Graph(graph: [
                .collectionPage(page),
                .quotation(SchemaOrg.Quotation(text: text, spokenByCharacter: random.int(0...1) == 0 ? nil : named,
                                               creator: random.int(0...1) == 0 ? nil : named, isPartOf: [reference, reference])),
                .claim(SchemaOrg.Claim(text: text, about: random.int(0...1) == 0 ? nil : SchemaOrg.Thing(name: text), appearance: [])),
            ])
            #expect(PageMeta.jsonLD(graph) == (try Self.encoded(graph)), "\(text.debugDescription)")
            #expect(PageMeta.jsonLD(SchemaOrg.Graph(graph: [])) == (try Self.encoded(SchemaOrg.Graph(graph: []))))
        }
    }
}
