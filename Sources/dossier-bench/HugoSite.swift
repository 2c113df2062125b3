import ArgumentParser
import DossierCore
import Foundation

/// A Hugo site equivalent to a dossier built with the default theme: article pages,
/// paginated article, topic and outlet lists (topics and outlets are Hugo taxonomies), lists
/// of topics and outlets, the home page, RSS feeds and the sitemap. Hugo has no equivalent of
/// the cross-source pages (quotes, figures, timeline, coverage), so it does less work.
enum HugoSite {
    /// Writes the configuration and layouts; articles go to `content/articles/`.
    static func writeSkeleton(to root: URL, title: String, pageSize: Int) throws {
        try write(config(title: title, pageSize: pageSize), to: root.appendingPathComponent("config.json"))
        for (path, text) in layouts { try write(text, to: root.appendingPathComponent("layouts/\(path)")) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/articles"), withIntermediateDirectories: true)
    }

    /// One article with JSON front matter (which Hugo reads as it reads YAML).
    static func article(title: String, slug: String, date: String, outlet: String, topics: [String], summary: String,
                        body: String) throws -> String {
        let front: [String: Any] = ["title": title, "slug": slug, "date": date, "outlets": [outlet], "topics": topics, "summary": summary]
        let json = try JSONSerialization.data(withJSONObject: front, options: [.sortedKeys])
        return String(decoding: json, as: UTF8.self) + "\n\n" + body
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Hugo reads `config.json` as it reads YAML or TOML; JSON needs no hand quoting.
    static func config(title: String, pageSize: Int) throws -> String {
        let settings: [String: Any] = [
            "baseURL": "http://localhost:1313/", "languageCode": "en", "title": title, "paginate": pageSize,
            "taxonomies": ["topic": "topics", "outlet": "outlets"],
            "related": ["includeNewer": true, "threshold": 0, "toLower": true, "indices": [["name": "topics", "weight": 100]]],
            "markup": ["goldmark": ["renderer": ["unsafe": false]]],
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: settings, options: [.sortedKeys, .prettyPrinted]), as: UTF8.self)
    }

    /// Templates doing what Dossier's default theme does for the same pages (without the
    /// cross-source pages, which Hugo has no equivalent of).
    static let layouts: [(String, String)] = [
        ("_default/baseof.html", """
        <!DOCTYPE html>
        <html lang="{{ .Site.LanguageCode }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ .Site.Title }}</title>
        <meta name="description" content="{{ with .Summary }}{{ . | plainify }}{{ else }}{{ .Site.Title }}{{ end }}">
        <link rel="canonical" href="{{ .Permalink }}">
        {{ range .AlternativeOutputFormats }}<link rel="{{ .Rel }}" type="{{ .MediaType.Type }}" href="{{ .Permalink }}">{{ end }}
        </head>
        <body>
        <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
        <nav><a href="{{ "/articles/" | relURL }}">Articles</a> <a href="{{ "/topics/" | relURL }}">Topics</a> <a href="{{ "/outlets/" | relURL }}">Outlets</a></nav></header>
        <main>{{ block "main" . }}{{ end }}</main>
        <footer><p>{{ .Site.Title }}: {{ len .Site.RegularPages }} articles</p></footer>
        </body>
        </html>
        """),
        ("partials/card.html", """
        <article class="card">
          <h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
          <p class="meta">{{ with .Date }}{{ if not .IsZero }}<time datetime="{{ .Format "2006-01-02" }}">{{ .Format "2 January 2006" }}</time>{{ end }}{{ end }}
          {{ range .GetTerms "outlets" }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
          {{ with .Params.summary }}<p>{{ . }}</p>{{ end }}
          <ul class="topics">{{ range .GetTerms "topics" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
        </article>
        """),
        ("_default/single.html", """
        {{ define "main" }}
        <article>
          <h1>{{ .Title }}</h1>
          <p class="meta">{{ if not .Date.IsZero }}<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>{{ end }}
          {{ range .GetTerms "outlets" }} · <a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}</p>
          <ul class="topics">{{ range .GetTerms "topics" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
          {{ .Content }}
          {{ with .Params.original_url }}<p><a href="{{ . }}">Original article</a></p>{{ end }}
        </article>
        {{ with .Site.RegularPages.Related . | first 5 }}<h2>Related</h2>{{ range . }}{{ partial "card.html" . }}{{ end }}{{ end }}
        <nav>{{ with .NextInSection }}<a href="{{ .RelPermalink }}">Newer: {{ .Title }}</a>{{ end }}
        {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">Older: {{ .Title }}</a>{{ end }}</nav>
        {{ end }}
        """),
        ("_default/list.html", """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        {{ $pages := .Paginate .Pages }}
        {{ range $pages.Pages }}{{ partial "card.html" . }}{{ end }}
        {{ template "_internal/pagination.html" . }}
        {{ end }}
        """),
        ("_default/terms.html", """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }} articles)</li>{{ end }}</ul>
        {{ end }}
        """),
        ("index.html", """
        {{ define "main" }}
        <h1>{{ .Site.Title }}</h1>
        <h2>Topics</h2>
        <ul>{{ range .Site.Taxonomies.topics.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }} articles){{ with index .Pages 0 }}: latest <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</li>{{ end }}</ul>
        <h2>Latest</h2>
        {{ range first 10 .Site.RegularPages }}{{ partial "card.html" . }}{{ end }}
        <h2>Outlets</h2>
        <ul>{{ range .Site.Taxonomies.outlets.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
        {{ end }}
        """),
    ]
}
