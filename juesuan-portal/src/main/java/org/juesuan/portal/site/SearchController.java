package org.juesuan.portal.site;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The full-text search page (全文检索): published disclosures whose unit, region, year, narrative or table line
 * labels hold every term of the query, ten to a page, each with a passage in which the terms are marked.
 */
@Controller
final class SearchController {

    /** The longest query read; the rest is ignored. */
    static final int MAX_QUERY_LENGTH = 200;

    private final SearchIndex index;

    SearchController(SearchIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    @GetMapping("/search")
    String search(
            @RequestParam(name = "q", required = false) @Nullable String query,
            @RequestParam(name = "page", required = false, defaultValue = "1") int page,
            Model model) {
        String q = query == null ? "" : query.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            q = q.substring(0, MAX_QUERY_LENGTH);
        }
        SearchIndex.Page results = index.search(q, page);
        model.addAttribute("q", q);
        model.addAttribute("results", results);
        model.addAttribute("pages", results.pages());
        return "search";
    }
}
