package org.peacecouncil.finance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The tests' own IATI check catches what it must: a missing value date (the XSD) and a code no codelist has. */
class IatiDocumentCheckTests {

    private static byte[] example(String name) throws IOException {
        try (var in = IatiDocumentCheckTests.class.getResourceAsStream("/iati/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theStandardsExampleValidatesAndTheOneWithoutAValueDateDoesNot() throws IOException {
        assertThat(IatiDocumentCheck.schemaError(example("sample-activity-valid.xml"))).isNull();
        assertThat(IatiDocumentCheck.unknownCodes(example("sample-activity-valid.xml"))).isEmpty();
        assertThat(IatiDocumentCheck.schemaError(example("sample-activity-invalid-missing-value-date.xml"))).contains("value-date");
    }

    @Test
    void aTransactionTypeTheCodelistDoesNotHaveValidatesAgainstTheXsdButIsCaught() throws IOException {
        var bad = new String(example("sample-activity-valid.xml"), StandardCharsets.UTF_8)
                .replace("<transaction-type code=\"13\"/>", "<transaction-type code=\"99\"/>")
                .replace("currency=\"EUR\"", "currency=\"XYZ\"").getBytes(StandardCharsets.UTF_8);
        assertThat(IatiDocumentCheck.schemaError(bad)).as("the XSD alone accepts it").isNull();
        assertThat(IatiDocumentCheck.unknownCodes(bad)).containsExactlyInAnyOrder("transaction-type/@code=99", "value/@currency=XYZ");
    }

    @Test
    void theExporterRefusesToWriteACodeTheCodelistsDoNotHave() {
        assertThat(IatiExport.checked("TransactionType", "13")).isEqualTo("13");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IatiExport.checked("TransactionType", "99"))
                .hasMessageContaining("TransactionType");
    }
}
