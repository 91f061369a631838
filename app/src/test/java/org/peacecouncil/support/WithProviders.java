package org.peacecouncil.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An application test with the services a council's people use around it, each real and in the test's own process: an
 * SMTP server (GreenMail) that receives the notices' e-mail, and an OpenID Connect provider (NAV's mock-oauth2-server)
 * that is two governments' identity providers. One of each for the whole run, so that every specification
 * extending this shares one application per engine.
 */
public abstract class WithProviders extends CouncilTest {

    protected static final int SMTP_PORT = freePort();
    protected static final GreenMail SMTP = smtp();
    /** One OpenID provider serving two governments' issuers: Azerbaijan's and Armenia's. */
    protected static final MockOAuth2Server OIDC = oidc();
    protected static final String CLIENT_ID = "peace-council";

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> 2000);
        registry.add("peace-council.mail.from", () -> "notices@council.example.org");
        registry.add("peace-council.public-url", () -> "https://council.example.org");
        for (String state : new String[] {"AZE", "ARM"}) {
            String id = state.toLowerCase(java.util.Locale.ROOT) + "-gov";
            registry.add("peace-council.identity-providers." + id + ".state", () -> state);
            registry.add("peace-council.identity-providers." + id + ".issuer-uri", () -> OIDC.issuerUrl(id).toString());
            registry.add("peace-council.identity-providers." + id + ".client-id", () -> CLIENT_ID);
            registry.add("peace-council.identity-providers." + id + ".client-secret", () -> "secret-of-" + id);
        }
    }

    @BeforeEach
    void emptyMailbox() throws Exception {
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        SMTP.purgeEmailFromAllMailboxes();
        jdbc.sql("UPDATE accounts SET email = NULL").update();
    }

    /**
     * The token the provider {@code issuer} ("aze-gov", "arm-gov") issues at its next sign-in: for the account
     * {@code username}, claiming {@code state}.
     */
    protected static void nextSignIn(String issuer, String username, String state) {
        var claims = new java.util.HashMap<String, Object>();
        claims.put("preferred_username", username);
        if (state != null) {
            claims.put("state", state);
        }
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(issuer, "person-" + username, "JWT", java.util.List.of(CLIENT_ID), claims, 3600));
    }

    private static MockOAuth2Server oidc() {
        var server = new MockOAuth2Server();
        server.start(freePort());
        return server;
    }

    private static GreenMail smtp() {
        var server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
