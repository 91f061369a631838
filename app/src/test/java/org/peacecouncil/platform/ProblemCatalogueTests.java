package org.peacecouncil.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem slug the code can answer is listed in docs/problems.md with its one HTTP status: one slug per fault,
 * so that a client can act on the type alone. Read from the sources, so a new refusal cannot go unlisted.
 */
class ProblemCatalogueTests {

    private static final Map<Pattern, String> REFUSALS = Map.of(
            Pattern.compile("(?:Ruling\\.notPermitted|NotPermitted)\\(\\s*\"([a-z0-9-]+)\""), "403",
            Pattern.compile("(?:Ruling\\.ruleViolation|RuleViolation)\\(\\s*\"([a-z0-9-]+)\""), "409",
            Pattern.compile("(?:Ruling\\.invalid|InvalidRequest)\\(\\s*\"([a-z0-9-]+)\""), "400",
            Pattern.compile("super\\(HttpStatus\\.UNAUTHORIZED, \"([a-z0-9-]+)\""), "401");
    private static final Pattern WRITTEN = Pattern.compile("HttpStatus\\.([A-Z_]+),\\s*\"([a-z0-9-]+)\"");
    @Test
    void everySlugTheCodeAnswersIsListedWithItsOneStatus() throws IOException {
        var used = new TreeMap<String, Set<String>>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                REFUSALS.forEach((pattern, status) -> pattern.matcher(source).results()
                        .forEach(m -> used.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(status)));
                WRITTEN.matcher(source).results().forEach(m -> used.computeIfAbsent(m.group(2), k -> new TreeSet<>())
                        .add(String.valueOf(org.springframework.http.HttpStatus.valueOf(m.group(1)).value())));
            }
        }
        assertThat(used).as("slugs found in the code").hasSizeGreaterThan(50);

        var listed = new HashMap<String, String>();
        for (String line : Files.readAllLines(Path.of("..", "docs", "problems.md"))) {
            var cells = line.split("\\|");
            if (line.startsWith("| `") && cells.length >= 4) {
                listed.put(cells[1].strip().replace("`", "").replace("…", ""), cells[2].strip());
            }
        }
        used.forEach((slug, statuses) -> {
            assertThat(statuses).as("one status for %s", slug).hasSize(1);
            assertThat(listed).as("docs/problems.md lists %s", slug).containsEntry(slug, statuses.iterator().next());
        });
    }
}
