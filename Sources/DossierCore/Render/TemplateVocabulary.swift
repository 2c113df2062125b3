/// Every name a page context can hold (documented in templates/README.md). A template that
/// uses any other name is almost surely a typo, since Mustache renders unknown names as
/// nothing; the build warns with the file and line, and fails with `--strict`.
public enum TemplateVocabulary {
    public static let names: Set<String> = [
        // every page
        "site", "page", "is_home",
        // site
        "title", "description", "language", "home_url", "articles_url", "topics_url", "outlets_url", "feed_url",
        "stylesheet_url", "favicon_url", "article_count", "topic_count", "outlet_count", "base_path", "search_url",
        "header_html", "footer_html",
        // page
        "url", "canonical_url", "og_type", "tags", "published_time", "prev_url", "next_url", "feed_title", "json_ld",
        // lists and cards
        "topics", "latest", "has_latest", "has_more_articles", "outlets", "articles", "mentions", "related",
        "has_related", "related_topics", "has_related_topics", "related_topics_html", "newer", "older", "article", "topic", "outlet",
        "name", "slug", "count", "count_label", "shared", "shared_label", "is_unknown",
        "date", "date_iso", "has_date", "source", "has_source", "outlet_url", "summary", "has_summary",
        "card_html", "meta_html", "body_html", "author", "has_author", "original_url", "has_original_url",
        "explainer_html", "has_explainer", "passage", "has_passage", "before", "match", "after", "text",
        // across the articles: quotes, figures, timeline, coverage
        "quotes_url", "figures_url", "timeline_url", "coverage_url", "insight", "quotes_label", "figures_label",
        "timeline_label", "coverage_label", "quote_groups", "has_quote_groups", "quote_groups_more", "figure_groups",
        "has_figure_groups", "figure_groups_more", "timeline", "has_timeline", "timeline_more", "conflict_label",
        "is_conflict", "is_reconcilable", "speakers", "carriers", "speaker", "wording", "is_reworded", "is_corrected", "measure",
        "values", "value", "reports", "figure", "qualifier", "sentence", "other_dates", "phrase", "entry_html", "reach",
        "outlets_label", "independent_label", "coverage_topics", "coverage_rows", "cells", "has_count",
        "syndicated", "has_syndicated",
        // pagination
        "pagination", "page_count", "has_pages", "pages", "number", "is_current", "gap_before", "prev_label", "next_label",
    ]

    /// Names a template uses that no context provides: `{{titel}}`, `{{#artcle}}`.
    static func unknownNames(in text: String, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for tag in MustacheTags.scan(text) where tag.isVariable {
            guard let first = tag.name.split(separator: ".").first.map(String.init), first != "", !names.contains(first) else { continue }
            let hint = Levenshtein.nearest(to: first, in: Array(names)).map { " (did you mean '\($0)'?)" } ?? ""
            problems.append(.warning(file, line: tag.line, "unknown variable '\(tag.name)'\(hint): Mustache would render it as nothing"))
        }
        return problems
    }
}
