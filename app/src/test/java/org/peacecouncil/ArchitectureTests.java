package org.peacecouncil;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The charter's rules are pure policies: no Spring, no SQL, no clock; services load the record, ask, then write. */
class ArchitectureTests {

    static final JavaClasses COUNCIL = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.peacecouncil");

    @Test
    void policiesUseNeitherSpringNorTheDatabase() {
        noClasses().that().resideInAPackage("..rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta..", "tools.jackson..")
                .check(COUNCIL);
    }

    @Test
    void policiesReadNoClock() {
        noClasses().that().resideInAPackage("..rules..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(COUNCIL);
    }

    @Test
    void policiesReachNoStore() {
        noClasses().that().resideInAPackage("..rules..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Store")
                .check(COUNCIL);
    }
}
