package org.peacecouncil.charter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.peacecouncil.charter.Charter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/charter")
@Tag(name = "Charter", description = "The rules the council runs by")
class CharterApi {

    private final Charter charter;

    CharterApi(Charter charter) {
        this.charter = charter;
    }

    @GetMapping
    @Operation(summary = "The charter in force, as rules")
    Charter charter() {
        return charter;
    }
}
