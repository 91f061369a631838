package org.peacecouncil.identity;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnSqlite;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a TLS proxy that says so (X-Forwarded-Proto), with forward headers on, the session cookie is Secure. */
@OnSqlite
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class BehindATlsProxyTests extends CouncilTest {

    @Test
    void theSessionCookieIsSecureWhenTheProxyServesHttps() throws IOException {
        assertThat(signInPage("https")).containsPattern("(?i)Set-Cookie: JSESSIONID=[^\\r\\n]*; Secure");
        assertThat(signInPage("http")).contains("Set-Cookie: JSESSIONID").doesNotContainPattern("(?i)Set-Cookie: JSESSIONID=[^\\r\\n]*; Secure");
    }

    private String signInPage(String scheme) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /login HTTP/1.1\r\nHost: council.example\r\nX-Forwarded-Proto: " + scheme
                    + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(30_000);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return answer.substring(0, answer.indexOf("\r\n\r\n"));
        }
    }
}
