package org.peacecouncil.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.CharterReader;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.Ruling;
import org.springframework.core.io.ClassPathResource;

/** What the policy tables share: the bundled charters, one actor of each kind, and a ruling in one word. */
public final class PolicyFixtures {

    public static final Charter BOARD = bundled("board-of-peace");
    public static final Charter SECURITY_COUNCIL = bundled("security-council");
    public static final Charter CONSENSUS = bundled("consensus");
    public static final Actor CHAIR = Actor.chair("chair");
    public static final Actor SECRETARIAT = Actor.secretariat("secretariat");
    public static final Actor AZE = Actor.delegateOf("AZE", "delegate-aze");
    public static final Actor ARM = Actor.delegateOf("ARM", "delegate-arm");
    public static final Actor ANONYMOUS = Actor.ANONYMOUS;

    private PolicyFixtures() {
    }

    public static Charter bundled(String id) {
        try {
            return CharterReader.read(id + ".yaml", new ClassPathResource("charters/" + id + ".yaml").getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "allowed", or the refusal's slug. */
    public static String answer(Ruling ruling) {
        return ruling instanceof Ruling.Refused refused ? refused.slug() : "allowed";
    }
}
