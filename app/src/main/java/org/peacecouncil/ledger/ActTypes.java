package org.peacecouncil.ledger;

import java.util.List;
import java.util.TreeSet;

import org.peacecouncil.platform.ActType;
import org.peacecouncil.platform.RecordedAct;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/** The name of every act type the council records, as the log writes it: what a reader may filter the record by. */
@Component
public class ActTypes {

    /** Read from the class path on first use, not at start-up: only the record's filter asks. */
    private volatile List<String> names;

    private static List<String> scan() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isConcrete() && definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(ActType.class));
        var found = new TreeSet<String>();
        for (var definition : scanner.findCandidateComponents("org.peacecouncil")) {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                if (RecordedAct.class.isAssignableFrom(type)) {
                    found.add(type.getAnnotation(ActType.class).value());
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(found);
    }

    public List<String> names() {
        var read = names;
        if (read == null) {
            read = scan();
            names = read;
        }
        return read;
    }

    public boolean isKnown(String name) {
        return names().contains(name);
    }
}
