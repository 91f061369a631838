package org.peacecouncil.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A standing fuzzer: walks every operation of the API document, as every kind of caller, with bodies, parameters and
 * headers built from the document and then spoiled — wrong types, nulls, enums by number, control characters, huge and
 * deeply nested values, unknown fields, bodies that are not JSON, odd ids and headers. Fixed seed, bounded in count and
 * time. Whatever it sends: no 5xx, every refusal is problem+json, and a refused request changes no row and no log entry.
 */
abstract class StandingFuzzerSpec extends CouncilTest {

    private static final long SEED = 20261202L;
    private static final int REQUESTS = 2500;
    private static final Duration LONGEST = Duration.ofSeconds(150);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Object> HOSTILE = List.of("", " ", "\u0000", "x".repeat(70_000), "\u202Eevil", "<script>alert(1)</script>",
            "../../etc/passwd", "ZZZ", "aze", -1, 0, 2147483648L, 1e308, true, "1000000000-01-01T00:00:00Z", "+1000000000-01-01T00:00:00Z",
            "2026-13-45T99:99:99Z", List.of(), java.util.Arrays.asList((Object) null), Map.of(), Map.of("nested", Map.of("deeper", List.of(1, 2))), "=cmd|' /C calc'!A0");

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();

    @Test
    void noRequestAStrangerCanBuildStopsConfusesOrQuietlyChangesTheCouncil() {
        var ids = aCouncilWithSomethingOfEverything();
        JsonNode document = anonymous().get("/v3/api-docs").json();
        var operations = operations(document);
        assertThat(operations).as("operations in the API document").hasSizeGreaterThan(30);
        var callers = List.of(anonymous(), chair(), secretariat(), delegate("AZE"), delegate("NOR"));
        var before = snapshot();
        long started = System.nanoTime();
        int sent = 0;
        while (sent < REQUESTS && System.nanoTime() - started < LONGEST.toNanos()) {
            var operation = operations.get(random.nextInt(operations.size()));
            var caller = callers.get(random.nextInt(callers.size()));
            String path = path(operation, ids);
            String body = operation.method().equals("post") ? body(document, operation.bodySchema(), ids) : null;
            var headers = headers();
            Api.Response answer;
            try {
                answer = operation.method().equals("get") ? caller.getAny(path, headers) : caller.post(path, body, headers);
            } catch (RuntimeException unsendable) {
                continue; // a path the HTTP client itself will not send
            }
            sent++;
            String what = operation.method().toUpperCase() + " " + path + " " + (body == null ? "" : abbreviated(body));
            if (answer.status() >= 500) {
                failures.add(what + " -> " + answer.status() + " " + abbreviated(answer.body()));
            } else if (answer.status() >= 400) {
                if (!answer.isProblem()) {
                    failures.add(what + " -> " + answer.status() + " not problem+json: " + answer.contentType());
                }
                var after = snapshot();
                if (!after.equals(before)) {
                    failures.add(what + " -> " + answer.status() + " changed the record");
                }
                before = after;
            } else {
                before = snapshot(); // an act that was allowed: the record moves on
            }
        }
        System.out.printf("Standing fuzzer: %d requests in %.1f s, seed %d%n", sent, (System.nanoTime() - started) / 1e9, SEED);
        assertThat(sent).as("requests sent").isGreaterThan(500);
        assertThat(failures).as("what the fuzzer found (seed " + SEED + ")").isEmpty();
    }

    /** An operation of the document, with its path template and the schema of its body, if any. */
    private record Operation(String method, String template, String bodySchema) {
    }

    private static List<Operation> operations(JsonNode document) {
        var found = new ArrayList<Operation>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").properties().iterator(); paths.hasNext(); ) {
            var path = paths.next();
            if (path.getKey().endsWith("/live")) {
                continue; // a stream does not end by itself; its limits have their own specification
            }
            for (String method : List.of("get", "post")) {
                var operation = path.getValue().get(method);
                if (operation != null) {
                    var schema = operation.path("requestBody").path("content").path("application/json").path("schema").path("$ref");
                    found.add(new Operation(method, path.getKey(), schema.isMissingNode() ? null : schema.asString()));
                }
            }
        }
        return found;
    }

    private String path(Operation operation, Map<String, List<String>> ids) {
        String path = operation.template();
        while (path.contains("{")) {
            int open = path.indexOf('{');
            int close = path.indexOf('}', open);
            String name = path.substring(open + 1, close);
            String value = random.nextInt(4) == 0 ? pick(List.of("0", "-1", "x", "%E2%80%AE", "99999999999999999999", "a".repeat(300), "%20"))
                    : pick(ids.getOrDefault(name, ids.get("id")));
            path = path.substring(0, open) + value + path.substring(close + 1);
        }
        if (random.nextInt(5) == 0) {
            path += pick(List.of("?limit=-1", "?limit=abc", "?after=%00", "?status=0", "?status=NOPE", "?size=1e9", "?index=-5&size=x"));
        }
        return path;
    }

    private String body(JsonNode document, String ref, Map<String, List<String>> ids) {
        switch (random.nextInt(12)) {
            case 0:
                return pick(List.of("", "{", "[1,2]", "null", "\"text\"", "{\"a\":", "{}{}", "x".repeat(70_000)));
            case 1:
                return "[".repeat(2000) + "]".repeat(2000);
            default:
                break;
        }
        ObjectNode node = JSON.createObjectNode();
        if (ref != null) {
            var schema = document.get("components").get("schemas").get(ref.substring(ref.lastIndexOf('/') + 1));
            for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").properties().iterator(); properties.hasNext(); ) {
                var property = properties.next();
                node.putPOJO(property.getKey(), plausible(property.getKey(), property.getValue(), ids));
            }
        }
        int spoiled = random.nextInt(3);
        var names = new ArrayList<String>();
        node.properties().forEach(e -> names.add(e.getKey()));
        for (int i = 0; i < spoiled && !names.isEmpty(); i++) {
            node.putPOJO(pick(names), pick(HOSTILE));
        }
        if (random.nextInt(8) == 0) {
            node.put("unexpected", "field");
        }
        return JSON.writeValueAsString(node);
    }

    private Object plausible(String name, JsonNode schema, Map<String, List<String>> ids) {
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size())).asString();
        }
        String type = schema.path("type").asString("string");
        return switch (type) {
            case "integer" -> random.nextInt(90) + 1;
            case "boolean" -> random.nextBoolean();
            case "array" -> List.of(pick(List.of("Budget", "1", "AZE")));
            case "object" -> Map.of();
            default -> switch (name) {
                case "state" -> pick(List.of("AZE", "NOR", "ARM", "SWE", "GBR"));
                case "startsAt", "closesAt" -> "2026-02-19T16:00:00Z";
                case "meetingId" -> pick(ids.get("meeting"));
                case "amends" -> pick(ids.get("motion"));
                case "candidate" -> "1";
                default -> "Fuzzed " + name;
            };
        };
    }

    private String[] headers() {
        var headers = new ArrayList<String>();
        if (random.nextInt(4) == 0) {
            headers.addAll(List.of("Idempotency-Key", pick(List.of("k-" + random.nextInt(20), " ", "ü-not-ascii", "x".repeat(300)))));
        }
        if (random.nextInt(6) == 0) {
            headers.addAll(List.of("Accept", pick(List.of("text/html", "application/xml", "*/*", "text/csv", "image/png"))));
        }
        if (random.nextInt(8) == 0) {
            headers.addAll(List.of("If-None-Match", pick(List.of("*", "\"x\"", "W/\"" + "0".repeat(32) + "\""))));
        }
        return headers.toArray(String[]::new);
    }

    private Map<String, List<String>> aCouncilWithSomethingOfEverything() {
        var sitting = aVoteOnABudget(60, "AZE");
        String meeting = sitting.meeting();
        String motion = sitting.motion();
        String invitation = chair().post("/api/v1/invitations", Api.json("state", "NOR")).json().get("id").asString();
        String removal = chair().post("/api/v1/removals", Api.json("state", "ARM", "reason", "A test")).json().get("id").asString();
        String election = secretariat().post("/api/v1/elections", Api.json("meetingId", meeting, "seat", "Vice-Chair",
                "candidates", List.of(Map.of("name", "A"), Map.of("name", "B")))).json().get("id").asString();
        String token = chair().post("/api/v1/tokens", Api.json("label", "fuzz")).json().get("id").asString();
        return Map.of("id", List.of(invitation, removal, meeting, motion, election, token, "1", "0"),
                "meeting", List.of(meeting), "motion", List.of(motion), "state", List.of("AZE", "NOR", "ARM", "ZZZ", "aze"),
                // accounts outlive a test: a reset of another specification's account would break it, so only this one's
                "username", List.of(fuzzedAccount(), "nobody"), "index", List.of("0", "1", "5", "-1", "999999"),
                "size", List.of("0", "1", "3", "-2"));
    }

    private String fuzzedAccount() {
        if (accounts.find("fuzzed-officer").isEmpty()) {
            accounts.create("fuzzed-officer", org.peacecouncil.identity.Role.SECRETARIAT, null, "Fuzzed officer", PASSWORD, false);
        }
        return "fuzzed-officer";
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}

@OnSqlite
class StandingFuzzerOnSqliteUnderLoadTests extends StandingFuzzerSpec {
}

@OnPostgres
class StandingFuzzerOnPostgresTests extends StandingFuzzerSpec {
}
