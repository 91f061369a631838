package org.peacecouncil.decisions.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.peacecouncil.decisions.MotionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A motion's transition table is the one docs/decisions.md shows, and acts outside it are refused or impossible. */
class MotionStateTests {

    @Test
    void theTransitionTableIsTheOneTheDocumentationShows() throws IOException {
        var documented = new TreeMap<String, String>();
        for (String line : Files.readAllLines(Path.of("..", "docs", "decisions.md"))) {
            var cells = line.split("\\|");
            if (line.startsWith("| `") && cells.length == 4 && cells[1].strip().matches("`[A-Z_]+`") && cells[2].strip().matches("`[A-Z_]+`")) {
                documented.put(cells[1].strip().replace("`", ""), cells[2].strip().replace("`", "") + " -> "
                        + Arrays.stream(cells[3].split(",")).map(c -> c.strip().replace("`", "")).sorted().collect(Collectors.joining(",")));
            }
        }
        var coded = new TreeMap<String, String>();
        MotionState.TABLE.forEach((act, t) -> coded.put(act.name(), t.from() + " -> "
                + t.to().stream().map(Enum::name).sorted().collect(Collectors.joining(","))));
        assertThat(documented).isEqualTo(coded);
    }

    @Test
    void anActOnAMotionElsewhereIsRefusedNamingWhereItIs() {
        assertThat(MotionState.ruling(MotionState.Act.BREAK_THE_TIE, MotionStatus.TIE_BREAK).isAllowed()).isTrue();
        var refused = (org.peacecouncil.platform.Ruling.Refused) MotionState.ruling(MotionState.Act.BREAK_THE_TIE, MotionStatus.ADOPTED);
        assertThat(refused.slug()).isEqualTo("motion-adopted");
        assertThat(refused.message()).isEqualTo("This motion is not tied (it is adopted).");
    }

    @Test
    void aWriteTheTableDoesNotAllowIsAFaultOfTheCode() {
        assertThat(MotionState.into(MotionState.Act.DECIDE_APPROVAL, MotionStatus.NOT_APPROVED)).isEqualTo(MotionStatus.NOT_APPROVED);
        assertThatThrownBy(() -> MotionState.into(MotionState.Act.DECIDE_BY_OFFICE, MotionStatus.PENDING_APPROVAL))
                .isInstanceOf(IllegalStateException.class);
        for (var act : MotionState.Act.values()) {
            assertThat(Set.of(MotionStatus.values())).containsAll(MotionState.TABLE.get(act).to());
        }
    }
}
