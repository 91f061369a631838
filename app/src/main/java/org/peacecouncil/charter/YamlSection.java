package org.peacecouncil.charter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One mapping of a charter file, read field by field so that every error names the file, the line and the
 * dotted path of the field. Fields not read are reported as unknown by {@link #noOtherFields()}.
 */
final class YamlSection {

    private final String file;
    private final String path;
    private final Node node;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final Set<String> read = new LinkedHashSet<>();

    YamlSection(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, path.isEmpty() ? "(document)" : path, "expected a mapping of fields");
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw error(tuple.getKeyNode(), path, "field names must be plain text");
            }
            if (fields.put(key.getValue(), tuple) != null) {
                throw error(key, field(key.getValue()), "appears twice");
            }
        }
    }

    CharterFileException error(Node at, String field, String message) {
        return new CharterFileException(file + ":" + (at.getStartMark().getLine() + 1) + ": field '" + field + "': " + message);
    }

    /** An error about a field of this section, reported at the section's line. */
    CharterFileException fail(String key, String message) {
        return error(node, key == null ? path : field(key), message);
    }

    boolean isScalar(String key) {
        var tuple = fields.get(key);
        return tuple != null && tuple.getValueNode() instanceof ScalarNode;
    }

    private String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    Set<String> keys() {
        return fields.keySet();
    }

    private Optional<Node> value(String key) {
        read.add(key);
        var tuple = fields.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && (s.getValue().isEmpty() || s.getValue().equals("~") || s.getValue().equals("null"));
    }

    private Node required(String key) {
        return value(key).orElseThrow(() -> error(node, field(key), "is required"));
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    /** A nested mapping; empty when absent or written as {@code none}. */
    Optional<YamlSection> section(String key) {
        return value(key).filter(v -> !(v instanceof ScalarNode s && s.getValue().equals("none")))
                .map(v -> new YamlSection(file, field(key), v));
    }

    YamlSection requiredSection(String key) {
        return new YamlSection(file, field(key), required(key));
    }

    /** A nested mapping under a key the caller found with {@link #keys()}. */
    YamlSection sectionAt(String key) {
        return new YamlSection(file, field(key), required(key));
    }

    Optional<String> string(String key) {
        return value(key).map(v -> scalar(v, key));
    }

    String requiredString(String key) {
        return scalar(required(key), key);
    }

    private String scalar(Node v, String key) {
        if (!(v instanceof ScalarNode s)) {
            throw error(v, field(key), "expected a single value");
        }
        return s.getValue();
    }

    int integer(String key, int min, int max, int otherwise) {
        var v = value(key);
        if (v.isEmpty()) {
            return otherwise;
        }
        return integerIn(v.get(), key, min, max);
    }

    int requiredInteger(String key, int min, int max) {
        return integerIn(required(key), key, min, max);
    }

    private int integerIn(Node v, String key, int min, int max) {
        String text = scalar(v, key);
        try {
            int n = Integer.parseInt(text.strip());
            if (n < min || n > max) {
                throw error(v, field(key), "must be between " + min + " and " + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw error(v, field(key), "must be a whole number, was '" + text + "'");
        }
    }

    boolean bool(String key, boolean otherwise) {
        var v = value(key);
        if (v.isEmpty()) {
            return otherwise;
        }
        String text = scalar(v.get(), key);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw error(v.get(), field(key), "must be true or false, was '" + text + "'");
        };
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, E otherwise) {
        var v = value(key);
        if (v.isEmpty()) {
            if (otherwise == null) {
                throw error(node, field(key), "is required (one of " + List.of(type.getEnumConstants()) + ")");
            }
            return otherwise;
        }
        String text = scalar(v.get(), key);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.replace('-', '_'))) {
                return constant;
            }
        }
        throw error(v.get(), field(key), "must be one of " + List.of(type.getEnumConstants()) + ", was '" + text + "'");
    }

    /** A value that must convert; the converter's IllegalArgumentException becomes an error at the value's line. */
    <T> Optional<T> converted(String key, Function<String, T> converter) {
        var v = value(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(converter.apply(scalar(v.get(), key)));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw error(v.get(), field(key), e.getMessage());
        }
    }

    List<String> strings(String key, Function<String, String> check) {
        var v = value(key);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!(v.get() instanceof SequenceNode seq)) {
            throw error(v.get(), field(key), "expected a list");
        }
        var out = new ArrayList<String>();
        for (Node item : seq.getValue()) {
            try {
                out.add(check.apply(scalar(item, key)));
            } catch (IllegalArgumentException e) {
                throw error(item, field(key), e.getMessage());
            }
        }
        return List.copyOf(out);
    }

    void noOtherFields() {
        for (var entry : fields.entrySet()) {
            if (!read.contains(entry.getKey())) {
                throw error(entry.getValue().getKeyNode(), field(entry.getKey()), "is not a charter field");
            }
        }
    }
}
