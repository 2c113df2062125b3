/// The schema.org types the pages describe themselves with (JSON-LD).
enum SchemaOrg {
    /// A named thing of a schema.org type: a `Thing` (a topic) unless given another (a
    /// `Person`, an `Organization`).
    struct Named: Encodable {
        var type = "Thing"
        var name: String
        enum CodingKeys: String, CodingKey { case type = "@type", name }
    }

    typealias Thing = Named

    struct NewsArticle: Encodable {
        var context = "https://schema.org"
        var type = "NewsArticle"
        var headline: String
        var url: String
        var mainEntityOfPage: String
        var inLanguage: String
        var about: [Thing]
        var datePublished: String?
        var description: String?
        var author: Named?
        var publisher: Named?
        var isBasedOn: String?
        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type", headline, url, mainEntityOfPage, inLanguage, about
            case datePublished, description, author, publisher, isBasedOn
        }
    }

    struct ListItem: Encodable {
        var type = "ListItem"
        var position: Int
        var name: String
        var url: String
        enum CodingKeys: String, CodingKey { case type = "@type", position, name, url }
    }

    struct ItemList: Encodable {
        var type = "ItemList"
        var numberOfItems: Int
        var itemListElement: [ListItem]
        enum CodingKeys: String, CodingKey { case type = "@type", numberOfItems, itemListElement }
    }

    struct CollectionPage: Encodable {
        var context = "https://schema.org"
        var type = "CollectionPage"
        var name: String
        var description: String
        var url: String
        var mainEntity: ItemList
        enum CodingKeys: String, CodingKey { case context = "@context", type = "@type", name, description, url, mainEntity }
    }
}

extension SchemaOrg {
    /// An article a quotation or claim appears in.
    struct ArticleRef: Encodable {
        var type = "NewsArticle"
        var headline: String
        var url: String
        var publisher: Named?
        enum CodingKeys: String, CodingKey { case type = "@type", headline, url, publisher }
    }

    /// schema.org/Quotation: words and who spoke them (a person as `spokenByCharacter`,
    /// anyone else as `creator`), in the articles that carry them.
    struct Quotation: Encodable {
        var type = "Quotation"
        var text: String
        var spokenByCharacter: Named?
        var creator: Named?
        var isPartOf: [ArticleRef]
        enum CodingKeys: String, CodingKey { case type = "@type", text, spokenByCharacter, creator, isPartOf }
    }

    /// schema.org/Claim: a figure as one or more articles state it (`appearance`).
    struct Claim: Encodable {
        var type = "Claim"
        var text: String
        var about: Thing?
        var appearance: [ArticleRef]
        enum CodingKeys: String, CodingKey { case type = "@type", text, about, appearance }
    }

    /// Several schema.org nodes on one page.
    struct Graph: Encodable {
        var context = "https://schema.org"
        var graph: [Node]
        enum CodingKeys: String, CodingKey { case context = "@context", graph = "@graph" }
    }

    enum Node: Encodable {
        case collectionPage(CollectionPage)
        case quotation(Quotation)
        case claim(Claim)

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .collectionPage(let page): try page.encode(to: encoder)
            case .quotation(let quotation): try quotation.encode(to: encoder)
            case .claim(let claim): try claim.encode(to: encoder)
            }
        }
    }
}
