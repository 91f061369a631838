package org.peacecouncil.search.web;

import java.util.Locale;

import org.peacecouncil.platform.SearchTerms;
import org.peacecouncil.search.Search;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: a box, and what the council's records hold of its words. */
@Controller
class SearchPages {

    private final Search search;

    SearchPages(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model, Locale locale) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("found", q == null || q.isBlank() ? null : search.find(SearchTerms.of(q), locale));
        model.addAttribute("shown", Search.SHOWN);
        return "search";
    }
}
