package org.peacecouncil.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A cell that a spreadsheet would read as a formula is written as text. */
class SpreadsheetSafeTests {

    @Test
    void aCellThatWouldBeAFormulaIsWrittenAsText() {
        assertThat(SpreadsheetSafe.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetSafe.cell("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetSafe.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetSafe.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetSafe.cell("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void anyOtherCellIsWrittenAsItIs() {
        assertThat(SpreadsheetSafe.cell("We abstain.")).isEqualTo("We abstain.");
        assertThat(SpreadsheetSafe.cell("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetSafe.cell("")).isEmpty();
        assertThat(SpreadsheetSafe.cell(null)).isNull();
    }
}
