package org.peacecouncil;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Modules use each other only through their published APIs, without cycles. */
class ModularityTests {

    // The offline verifier is on the test classpath (the tests run it against the log) but is no application module.
    private static final ApplicationModules MODULES = ApplicationModules.of(PeaceCouncilApplication.class,
            JavaClass.Predicates.resideInAPackage("org.peacecouncil.verifier.."));

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void moduleDocumentationIsWritten() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
