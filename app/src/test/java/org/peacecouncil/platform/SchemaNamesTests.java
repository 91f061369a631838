package org.peacecouncil.platform;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No two types the API reads or answers share a schema name in the API document: the document generator would
 * describe both with one of them (an election ballot was once documented with a motion ballot's fields, and a ballot
 * sent as documented counted as an abstention). Every type reachable from a controller is walked.
 */
class SchemaNamesTests {

    @Test
    void noTwoTypesOfTheApiShareASchemaName() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        var named = new TreeMap<String, Set<String>>();
        var seen = new HashSet<Type>();
        for (var candidate : scanner.findCandidateComponents("org.peacecouncil")) {
            for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    continue;
                }
                walk(method.getGenericReturnType(), named, seen);
                for (var parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        walk(parameter.getParameterizedType(), named, seen);
                    }
                }
            }
        }
        assertThat(named).as("types walked").hasSizeGreaterThan(20);
        named.forEach((name, types) -> assertThat(types).as("schema " + name).hasSize(1));
    }

    private static void walk(Type type, Map<String, Set<String>> named, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            walk(parameterized.getRawType(), named, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                walk(argument, named, seen);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || c.isPrimitive() || c.isEnum() || c.getName().startsWith("java.")
                || !c.getName().startsWith("org.peacecouncil.")) {
            return;
        }
        var schema = c.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        if (schema != null && !schema.type().isEmpty()) {
            return; // written as a plain value (a typed id), not a schema of its own
        }
        String name = schema != null && !schema.name().isEmpty() ? schema.name() : c.getSimpleName();
        named.computeIfAbsent(name, n -> new TreeSet<>()).add(c.getName());
        if (c.isRecord()) {
            for (var component : c.getRecordComponents()) {
                walk(component.getGenericType(), named, seen);
            }
        }
    }
}
