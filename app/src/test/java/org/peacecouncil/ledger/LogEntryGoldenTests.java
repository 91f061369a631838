package org.peacecouncil.ledger;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.peacecouncil.platform.RecordedAct;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log is a permanent public format: every act type's entry bytes are pinned here. Each act is built with the
 * same sample values (a text field holds its own name, dates and times are fixed) and its entry must equal
 * {@code log-format/<type>.v<version>.json} byte for byte, so renaming a record or one of its fields, or
 * changing a field's type, fails until the act gets a new version and the change is documented in
 * docs/log-format.md. Set {@code -Dlog-format.write=true} once to write the file of a new act type.
 */
class LogEntryGoldenTests {

    static final Instant SAMPLE_TIME = Instant.parse("2026-01-22T11:02:00.123456Z");
    static final LocalDate SAMPLE_DATE = LocalDate.parse("2026-01-22");
    static final Path DOC = Path.of("..", "docs", "log-format.md");

    private final LogEntryFormat format = new LogEntryFormat();

    @TestFactory
    Stream<DynamicTest> everyActTypesEntryIsPinnedByItsGoldenFile() {
        return actTypes().stream().map(type -> DynamicTest.dynamicTest(LogEntryFormat.declaration(type).value(), () -> {
            var declaration = LogEntryFormat.declaration(type);
            String entry = format.entry(41, sample(type));
            Path golden = Path.of("src", "test", "resources", "log-format", declaration.value() + ".v" + declaration.version() + ".json");
            if (Boolean.getBoolean("log-format.write") && !Files.exists(golden)) {
                Files.writeString(golden, entry + "\n", StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden entry of %s", declaration.value()).exists();
            assertThat(entry).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8).strip());
        }));
    }

    @Test
    void everyActTypeHasItsOwnNameAndIsListedWithItsVersionInTheFormatDocument() throws IOException {
        var names = new HashSet<String>();
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (var type : actTypes()) {
            var declaration = LogEntryFormat.declaration(type);
            assertThat(names.add(declaration.value())).as("type name %s used twice", declaration.value()).isTrue();
            assertThat(doc).as("docs/log-format.md lists %s", declaration.value())
                    .contains("| `" + declaration.value() + "` | " + declaration.version() + " |");
            for (RecordComponent field : payloadFields(type)) {
                assertThat(doc).as("docs/log-format.md lists %s.%s", declaration.value(), field.getName())
                        .containsPattern("\\| `" + declaration.value() + "` \\|[^\\n]*`" + field.getName() + "`");
            }
        }
    }

    /** A signed act's entry, with its signature block beside the payload, pinned as {@code <type>.v<version>.signed.json}. */
    @TestFactory
    Stream<DynamicTest> everySignableActsSignedEntryIsPinnedByItsGoldenFile() {
        var signable = actTypes().stream().filter(t -> t.isAnnotationPresent(org.peacecouncil.platform.Signable.class)).toList();
        assertThat(signable).as("signable act types").hasSizeGreaterThan(10);
        return signable.stream().map(type -> DynamicTest.dynamicTest(LogEntryFormat.declaration(type).value() + " signed", () -> {
            var declaration = LogEntryFormat.declaration(type);
            String entry = format.entry(41, signedSample(type));
            assertThat(entry).contains("\"signature\":{\"fields\":[").contains("\"keyId\":\"0123456789abcdef\"");
            Path golden = Path.of("src", "test", "resources", "log-format", declaration.value() + ".v" + declaration.version() + ".signed.json");
            if (Boolean.getBoolean("log-format.write") && !Files.exists(golden)) {
                Files.writeString(golden, entry + "\n", StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden signed entry of %s", declaration.value()).exists();
            assertThat(entry).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8).strip());
            assertThat(entry.replace("\"signature\":" + entry.substring(entry.indexOf("{\"fields\":["), entry.indexOf("},\"state\"") + 1) + ",", ""))
                    .as("an act's signed entry is its unsigned entry with the signature block added")
                    .isEqualTo(format.entry(41, sample(type)));
        }));
    }

    static RecordedAct signedSample(Class<? extends RecordedAct> type) {
        var components = type.getRecordComponents();
        var values = new Object[components.length];
        var types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getType() == org.peacecouncil.platform.ActSignature.class
                    ? new org.peacecouncil.platform.ActSignature("0123456789abcdef", SAMPLE_TIME, "c2lnbmF0dXJl")
                    : sampleOf(components[i].getName(), components[i].getGenericType());
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a sample " + type.getSimpleName(), e);
        }
    }

    @Test
    void theEnvelopeIsCanonicalWithTheActsNameVersionAndState() {
        String entry = format.entry(7, sample(actTypes().get(0)));
        assertThat(entry).startsWith("{\"actor\":").contains("\"seq\":7").contains("\"version\":1")
                .contains("\"time\":\"2026-01-22T11:02:00.123456Z\"").doesNotContain(" ");
    }

    @Test
    void anEntryFitsATileBundlesLengthPrefixOrTheActIsRefused() {
        LogEntryFormat.requireFits(65_535);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LogEntryFormat.requireFits(65_536))
                .isInstanceOf(org.peacecouncil.platform.CouncilProblem.InvalidRequest.class).hasMessageContaining("65535");
    }

    /** Every RecordedAct on the class path, found by scanning, so that no act escapes its golden file. */
    static List<Class<? extends RecordedAct>> actTypes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isConcrete() && definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(RecordedAct.class));
        var types = new ArrayList<Class<? extends RecordedAct>>();
        for (var definition : scanner.findCandidateComponents("org.peacecouncil")) {
            try {
                Class<?> type = Class.forName(definition.getBeanClassName());
                if (type.isRecord() && !type.getName().contains("Test") && type.getName().startsWith("org.peacecouncil.")
                        && !type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
                    types.add(type.asSubclass(RecordedAct.class));
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        types.sort(java.util.Comparator.comparing(Class::getName));
        assertThat(types).as("act types found").hasSizeGreaterThan(20);
        return types;
    }

    static List<RecordComponent> payloadFields(Class<?> type) {
        var envelope = List.of("state", "actor", "recordedAt", "signature");
        return Stream.of(type.getRecordComponents()).filter(c -> !envelope.contains(c.getName())).toList();
    }

    static RecordedAct sample(Class<? extends RecordedAct> type) {
        var components = type.getRecordComponents();
        var values = new Object[components.length];
        var types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sampleOf(components[i].getName(), components[i].getGenericType());
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a sample " + type.getSimpleName(), e);
        }
    }

    /** A record inside an act (a question filed, a caveat): each of its fields sampled as an act's are. */
    private static Object sampleRecord(Class<?> type) {
        var components = type.getRecordComponents();
        var values = new Object[components.length];
        var types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sampleOf(components[i].getName(), components[i].getGenericType());
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a sample " + type.getSimpleName(), e);
        }
    }

    private static Object sampleOf(String name, Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (name.equals("state")) {
            return "AZE";
        }
        if (raw == org.peacecouncil.platform.ActSignature.class) {
            return null; // the unsigned form; the signed form has its own golden file
        }
        if (raw == String.class) {
            return name;
        }
        if (raw == Instant.class) {
            return SAMPLE_TIME;
        }
        if (raw == LocalDate.class) {
            return SAMPLE_DATE;
        }
        if (raw == int.class || raw == Integer.class) {
            return 3;
        }
        if (raw == long.class || raw == Long.class) {
            return 5L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw == List.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            if (element instanceof Class<?> c && c.isRecord()) {
                return List.of(sampleRecord(c));
            }
            return List.of(name + "-1", name + "-2");
        }
        if (raw == Map.class) {
            var map = new TreeMap<String, Integer>();
            map.put(name + "-1", 2);
            map.put(name + "-2", 1);
            return map;
        }
        throw new IllegalStateException("no sample value for a field of type " + type + " (" + name + ")");
    }
}
