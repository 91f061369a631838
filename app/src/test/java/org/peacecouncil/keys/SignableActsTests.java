package org.peacecouncil.keys;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.peacecouncil.charter.SignatureRules;

import static org.assertj.core.api.Assertions.assertThat;

/** The acts a charter can require signed are exactly those that declare themselves signable, each naming real fields. */
class SignableActsTests {

    private final SignableActs acts = new SignableActs();

    @Test
    void theCharterFormatsListOfSignableActsIsTheActsOwnDeclarations() {
        assertThat(acts.all().stream().map(SignableActs.Act::act)).containsExactlyInAnyOrderElementsOf(SignatureRules.SIGNABLE);
    }

    @Test
    void everySignableActNamesItsObjectSignerAndFieldsAmongItsComponentsAndCarriesASignature() throws Exception {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition d) {
                return true;
            }
        };
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(org.peacecouncil.platform.Signable.class));
        for (var definition : scanner.findCandidateComponents("org.peacecouncil")) {
            var type = Class.forName(definition.getBeanClassName());
            var names = Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
            var signable = type.getAnnotation(org.peacecouncil.platform.Signable.class);
            assertThat(names).as(type.getSimpleName()).contains(signable.object(), signable.signer(), "signature").containsAll(Arrays.asList(signable.fields()));
            assertThat(Arrays.asList(signable.fields())).as(type.getSimpleName() + ": no time is signed").doesNotContain("recordedAt", "actor");
        }
    }
}
