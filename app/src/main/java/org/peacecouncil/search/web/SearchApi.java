package org.peacecouncil.search.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.peacecouncil.platform.SearchTerms;
import org.peacecouncil.search.Search;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search", description = "One search over members, meetings, motions, funds and missions")
class SearchApi {

    private final Search search;

    SearchApi(Search search) {
        this.search = search;
    }

    @GetMapping
    @Operation(summary = "Members, meetings, motions, funds and missions whose records hold every word of q (case and accents aside), by kind, at most 25 of each")
    Search.Found search(@RequestParam(required = false) String q, Locale locale) {
        return search.find(SearchTerms.of(q), locale);
    }
}
