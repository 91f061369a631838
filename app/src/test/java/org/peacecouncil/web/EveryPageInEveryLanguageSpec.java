package org.peacecouncil.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.peacecouncil.support.OnSqlite;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page the demo council has, in each of the six UN languages, read anonymously and signed in as a delegation,
 * the Chair and the secretariat: it says its language and direction, and shows no message key its language lacks
 * (Thymeleaf writes a missing one as {@code ??key_lang??}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"peace-council.demo.enabled=true", "peace-council.demo.password=demo-password-for-tests"})
abstract class EveryPageInEveryLanguageSpec {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
    private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[^?\\s<>\"]+\\?\\?");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#?]*)");
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(api|v3|swagger-ui|swagger-ui\\.html|webjars|css|js|oauth2|logout|log/tile|log/checkpoint|log/key)(/.*)?$|.*\\.(csv|xml|ics|json|js|css|txt|pdf)$|.*/live$");
    private static final Pattern ID = Pattern.compile("^(\\d+|[0-9a-f-]{8,}|[A-Za-z0-9]*[-_0-9][A-Za-z0-9_-]*|[A-Z]{3})$");

    @LocalServerPort
    int port;

    @Test
    void everyPageReadAnonymouslyIsInTheReadersLanguageWithNoKeyMissing() throws Exception {
        for (String language : LANGUAGES) {
            var reader = new Reader(language, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
            assertThat(reader.walk(List.of("/", "/login", "/check", "/council", "/no-such-page"))).as(language).isEmpty();
        }
    }

    @Test
    void everyPageSignedInIsInTheReadersLanguageWithNoKeyMissing() throws Exception {
        for (String account : List.of("delegate-aze", "chair", "secretariat")) {
            for (String language : LANGUAGES) {
                var reader = new Reader(language, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
                reader.signIn(account);
                assertThat(reader.walk(List.of("/workspace", "/workspace/inbox", "/account"))).as(account + " in " + language).isEmpty();
            }
        }
    }

    private final class Reader {
        private final String language;
        private final HttpClient client;

        Reader(String language, HttpClient client) {
            this.language = language;
            this.client = client;
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept-Language", language)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String username) throws Exception {
            var login = get("/login").body();
            var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
            assertThat(csrf.find()).isTrue();
            String form = "username=" + username + "&password=demo-password-for-tests&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            var answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.headers().firstValue("Location").orElse("")).as("signed in as " + username).doesNotContain("error");
        }

        /** The pages reachable from {@code starts}, one per kind, and what is wrong on each. */
        Map<String, List<String>> walk(List<String> starts) throws Exception {
            var seen = new LinkedHashSet<String>();
            var queue = new ArrayDeque<>(starts);
            var wrong = new LinkedHashMap<String, List<String>>();
            while (!queue.isEmpty() && seen.size() < 80) {
                String path = queue.poll();
                if (!seen.add(kind(path))) {
                    continue;
                }
                var page = get(path);
                if (page.statusCode() >= 500) { // a page that cannot be rendered in this language
                    wrong.put(path, List.of("answered " + page.statusCode()));
                    continue;
                }
                if (page.headers().firstValue("Content-Type").filter(t -> t.startsWith("text/html")).isEmpty()) {
                    continue;
                }
                String body = page.body();
                var problems = new ArrayList<String>();
                String dir = language.equals("ar") ? "rtl" : "ltr";
                if (!body.contains("<html lang=\"" + language + "\"") || !body.contains("dir=\"" + dir + "\"")) {
                    problems.add("not marked lang=" + language + " dir=" + dir);
                }
                var missing = MISSING_KEY.matcher(body);
                while (missing.find()) {
                    problems.add("missing key " + missing.group());
                }
                if (!problems.isEmpty()) {
                    wrong.put(path, problems);
                }
                var links = LINK.matcher(body);
                while (links.find()) {
                    String link = links.group(1);
                    if (!NOT_A_PAGE.matcher(link).matches() && !seen.contains(kind(link))) {
                        queue.add(link);
                    }
                }
            }
            assertThat(seen.size()).as("kinds of page read").isGreaterThan(starts.size());
            return wrong;
        }
    }

    private static String kind(String path) {
        var parts = new ArrayList<String>();
        for (String part : path.split("/")) {
            parts.add(ID.matcher(part).matches() ? "{id}" : part);
        }
        return String.join("/", parts);
    }
}

@OnSqlite
class EveryPageInEveryLanguageOnSqliteTests extends EveryPageInEveryLanguageSpec {
}
