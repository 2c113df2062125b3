/// How each schema.org type writes itself, keys in sorted order as `JSONEncoder`'s
/// `.sortedKeys` gives them (`SchemaOrgJSONTests` compares the two).
extension SchemaOrg.Named: JSONLDWritable {
    func write(to json: inout JSONWriter) {
        json.object { $0.field("@type", type); $0.field("name", name) }
    }
}

extension SchemaOrg.NewsArticle: JSONLDWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("@context", context); json.field("@type", type); json.field("about", about)
            json.field("author", author); json.field("datePublished", datePublished); json.field("description", description)
            json.field("headline", headline); json.field("inLanguage", inLanguage); json.field("isBasedOn", isBasedOn)
            json.field("mainEntityOfPage", mainEntityOfPage); json.field("publisher", publisher); json.field("url", url)
        }
    }
}

extension SchemaOrg.ListItem: JSONLDWritable {
    func write(to json: inout JSONWriter) {
        json.object { $0.field("@type", type); $0.field("name", name); $0.field("position", position); $0.field("url", url) }
    }
}

extension SchemaOrg.ItemList: JSONLDWritable {
    func write(to json: inout JSONWriter) {
        json.object { $0.field("@type", type); $0.field("itemListElement", itemListElement); $0.field("numberOfItems", numberOfItems) }
    }
}

extension SchemaOrg.CollectionPage: JSONLDWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("@context", context); json.field("@type", type); json.field("description", description)
            json.field("mainEntity", mainEntity); json.field("name", name); json.field("url", url)
        }
    }
}

extension SchemaOrg.ArticleRef: JSONLDWritable {
    func write(to json: inout JSONWriter) {
        json.object { $0.field("@type", type); $0.field("headline", headline); $0.field("publisher", publisher); $0.field("url", url) }
    }
}

extension SchemaOrg.Quotation: JSONLDWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("@type", type); json.field("creator", creator); json.field("isPartOf", isPartOf)
            json.field("spokenByCharacter", spokenByCharacter); json.field("text", text)
        }
    }
}

extension SchemaOrg.Claim: JSONLDWritable {
    func write(to json: inout JSONWriter) {
        json.object { $0.field("@type", type); $0.field("about", about); $0.field("appearance", appearance); $0.field("text", text) }
    }
}

extension SchemaOrg.Graph: JSONLDWritable {
    func write(to json: inout JSONWriter) {
        json.object { $0.field("@context", context); $0.field("@graph", graph) }
    }
}

extension SchemaOrg.Node: JSONLDWritable {
    func write(to json: inout JSONWriter) {
        switch self {
        case .collectionPage(let page): page.write(to: &json)
        case .quotation(let quotation): quotation.write(to: &json)
        case .claim(let claim): claim.write(to: &json)
        }
    }
}
