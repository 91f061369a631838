package org.peacecouncil.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An application test with the services a council's people use around it, each real and in the test's own process: an
 * SMTP server (GreenMail) that receives the notices' e-mail. One of each for the whole run, so that every specification
 * extending this shares one application per engine.
 */
public abstract class WithProviders extends CouncilTest {

    protected static final int SMTP_PORT = freePort();
    protected static final GreenMail SMTP = smtp();

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> 2000);
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> 2000);
        registry.add("peace-council.mail.from", () -> "notices@council.example.org");
        registry.add("peace-council.public-url", () -> "https://council.example.org");
    }

    @BeforeEach
    void emptyMailbox() throws Exception {
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        SMTP.purgeEmailFromAllMailboxes();
        jdbc.sql("UPDATE accounts SET email = NULL").update();
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
