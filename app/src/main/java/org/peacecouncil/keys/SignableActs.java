package org.peacecouncil.keys;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.peacecouncil.platform.ActType;
import org.peacecouncil.platform.RecordedAct;
import org.peacecouncil.platform.Signable;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The acts a delegation can sign, as their own declarations ({@link Signable}) say: read once from the classes, so the
 * list the API gives and the payloads it prepares never drift from what the services check.
 */
@Component
public class SignableActs {

    /** One signable act: its public name, the field naming its object, the signed fields, the field naming the signer. */
    public record Act(String act, String object, List<String> fields, String signer) {
    }

    /** Read on first use, not at start-up: only the signing-payload API asks. */
    private volatile Map<String, Act> acts;

    private Map<String, Act> acts() {
        Map<String, Act> read = acts;
        if (read == null) {
            read = scan();
            acts = read;
        }
        return read;
    }

    private static Map<String, Act> scan() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true; // records nested in the modules' event interfaces are not "independent" beans, and need not be
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Signable.class));
        var found = new TreeMap<String, Act>();
        for (var definition : scanner.findCandidateComponents("org.peacecouncil")) {
            Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), SignableActs.class.getClassLoader());
            if (!RecordedAct.class.isAssignableFrom(type) || type.getAnnotation(ActType.class) == null) {
                throw new IllegalStateException(type.getName() + " is @Signable but not a RecordedAct with an @ActType");
            }
            Signable s = type.getAnnotation(Signable.class);
            String name = type.getAnnotation(ActType.class).value();
            found.put(name, new Act(name, s.object(), List.of(s.fields()), s.signer()));
        }
        return java.util.Collections.unmodifiableMap(found);
    }

    public List<Act> all() {
        return List.copyOf(acts().values());
    }

    public java.util.Optional<Act> act(String name) {
        return java.util.Optional.ofNullable(acts().get(name));
    }
}
