package org.peacecouncil.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.peacecouncil.identity.Accounts;
import org.peacecouncil.identity.Role;
import org.peacecouncil.platform.Countries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application test: the whole application on a real port, with a clock and contributions the test controls.
 * Each test starts from an empty council (accounts are kept between tests, as creating them is slow).
 * Subclasses choose the engine with {@link OnSqlite} or {@link OnPostgres}. The calendar does not tick by itself
 * here: a test that lets time pass calls {@link #calendar} where the council would have recorded it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "peace-council.calendar.ticking=false", "peace-council.passwords.bcrypt-strength=4",
        // Every test comes from one address with a clock that mostly stands still, so the failed sign-ins the whole
        // suite makes on purpose would hold that address back; the per-account limit is what SignIn specifications test.
        "peace-council.sign-in.address-failures=100000"})
@Import(TestCouncil.class)
public abstract class CouncilTest {

    public static final String PASSWORD = "test-password-of-the-council";
    public static final LocalDate DAVOS = LocalDate.of(2026, 1, 22);

    /** Every table a council's acts write to, children first; accounts survive between tests. */
    private static final List<String> COUNCIL_TABLES = List.of("mail_outbox", "notices", "inbox_reads", "delegation_keys", "claims_log", "clarifications", "statements", "mission_log", "mission_reports", "mission_caveats", "mission_deployments", "mission_offers",
            "mission_questions", "participations", "mandates", "missions", "finance_log", "announced_contributions", "contributor_lines", "fund_totals", "counted_changes", "flow_versions", "flows", "projects", "funds", "organisations",
            "exchange_rates", "decision_log", "election_ballots", "election_rounds", "candidates", "elections",
            "ballots", "motions", "attendance", "agenda_items", "meetings", "removal_vetoes", "removals", "memberships", "invitations",
            "membership_history", "observers", "officers", "council", "idempotency_keys", "api_tokens");

    @LocalServerPort
    protected int port;
    @Autowired
    protected MovableClock clock;
    @Autowired
    protected RecordedContributions contributions;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected Accounts accounts;
    @Autowired
    protected org.peacecouncil.platform.Calendar calendar;

    protected Api api;

    /** The API document of the running application, read once per application (port). */
    private static final java.util.Map<Integer, ApiDocumentCheck> DOCUMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeEach
    void startFromAnEmptyCouncil() {
        jdbc.sql("DELETE FROM account_changes WHERE username LIKE 'registered-%' OR username = 'delegate-swe-2'").update();
        jdbc.sql("DELETE FROM api_tokens WHERE username LIKE 'registered-%' OR username = 'delegate-swe-2'").update();
        jdbc.sql("DELETE FROM accounts WHERE username LIKE 'registered-%' OR username = 'delegate-swe-2'").update();
        jdbc.sql("DELETE FROM ballots").update();
        jdbc.sql("DELETE FROM motions WHERE amends IS NOT NULL").update(); // amendments before the motions they amend
        for (String table : COUNCIL_TABLES) {
            if (table.equals("flows")) {
                jdbc.sql("DELETE FROM flows WHERE commitment_id IS NOT NULL").update(); // receipts before their commitments
            }
            jdbc.sql("DELETE FROM " + table).update();
        }
        clock.set(TestCouncil.START);
        contributions.clear();
        api = new Api(port);
    }

    /**
     * Every request a specification made through {@link #api}, and its answer, is what the API document says: the
     * document is the truth a client builds on.
     */
    @org.junit.jupiter.api.AfterEach
    void everyExchangeIsAsTheApiDocumentSays() {
        var exchanges = api.exchanges();
        if (exchanges.stream().noneMatch(e -> e.pathAndQuery().startsWith("/api/"))) {
            return;
        }
        var check = DOCUMENTS.computeIfAbsent(port, p -> new ApiDocumentCheck(new Api(p).anonymous().get("/v3/api-docs").body()));
        assertThat(check.disagreements(exchanges)).as("what the API document does not say of this specification's requests").isEmpty();
    }

    protected Api.Caller anonymous() {
        return api.anonymous();
    }

    protected Api.Caller chair() {
        return as("chair", Role.CHAIR, null);
    }

    protected Api.Caller secretariat() {
        return as("officer", Role.SECRETARIAT, null); // "secretariat" is the first-start account
    }

    protected Api.Caller delegate(String state) {
        return as("delegate-" + state.toLowerCase(Locale.ROOT), Role.DELEGATE, state);
    }

    protected Api.Caller as(String username, Role role, String state) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(username, role, state, username, PASSWORD, false);
        }
        return api.basic(username, PASSWORD);
    }

    /** Invites the state as the Chair and consents as its delegate, today; returns the invitation id. */
    protected String admit(String state) {
        var invitation = chair().post("/api/v1/invitations", Api.json("state", state));
        if (invitation.status() != 201) {
            throw new AssertionError("invitation of " + state + " failed: " + invitation);
        }
        String id = invitation.json().get("id").asString();
        var consent = delegate(state).post("/api/v1/invitations/" + id + "/consent");
        if (consent.status() != 201) {
            throw new AssertionError("consent of " + state + " failed: " + consent);
        }
        return id;
    }

    /** A founding council: the given states consent on 22 January 2026, so the charter enters into force that day. */
    protected void foundCouncil(String... states) {
        clock.setDay(DAVOS);
        for (String state : states) {
            admit(state);
        }
    }

    /** A meeting in session and a budget motion in it, the vote open for {@code minutes}. */
    protected record VotingSitting(String meeting, String motion) {
    }

    /**
     * A founding council (USA, AZE, ARM) in a voting sitting on 19 February 2026 at 15:00 (the clock is set there), a
     * budget motion tabled by the Chair and put to the vote for {@code minutes}; {@code present} delegations attend
     * first.
     */
    protected VotingSitting aVoteOnABudget(int minutes, String... present) {
        foundCouncil("USA", "AZE", "ARM");
        clock.set(java.time.Instant.parse("2026-02-19T15:00:00Z"));
        String meeting = chair().post("/api/v1/meetings", Api.json("kind", "VOTING", "title", "Sitting", "place", "Washington",
                "startsAt", "2026-02-19T15:00:00Z", "agenda", List.of("Budget"))).json().get("id").asString();
        secretariat().post("/api/v1/meetings/" + meeting + "/opening");
        for (String state : present) {
            delegate(state).post("/api/v1/meetings/" + meeting + "/attendance",
                    Api.json("state", state, "capacity", "HEAD_OF_STATE_OR_GOVERNMENT", "representative", "Head of " + state));
        }
        String motion = chair().post("/api/v1/meetings/" + meeting + "/motions",
                Api.json("kind", "BUDGET", "title", "Budget", "text", "The Board decides.")).json().get("id").asString();
        secretariat().post("/api/v1/motions/" + motion + "/voting", Api.json("minutes", minutes));
        return new VotingSitting(meeting, motion);
    }

    /** Everything the council has recorded, table by table, to show that a refused request changed nothing. */
    protected Map<String, List<Map<String, Object>>> snapshot() {
        var all = new LinkedHashMap<String, List<Map<String, Object>>>();
        for (String table : COUNCIL_TABLES) {
            if (!table.equals("idempotency_keys")) {
                all.put(table, jdbc.sql("SELECT * FROM " + table + " ORDER BY 1").query().listOfRows());
            }
        }
        all.put("log", jdbc.sql("SELECT size FROM log_head").query().listOfRows());
        all.put("accounts", jdbc.sql("SELECT username, role, state, password_hash, must_change_password FROM accounts ORDER BY 1")
                .query().listOfRows());
        return all;
    }

    /**
     * The answer an authorization matrix expects: a refusal is problem+json and changes nothing recorded since
     * {@code before}; an allowed request is recorded.
     */
    protected void assertAnsweredAsTheMatrixSays(Api.Response response, int expected, Map<String, List<Map<String, Object>>> before) {
        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.isProblem()).as("problem+json: " + response).isTrue();
            assertThat(snapshot()).as("a refused request changes nothing").isEqualTo(before);
        } else {
            assertThat(snapshot()).as("an allowed request is recorded").isNotEqualTo(before);
        }
    }

    /** The caller an authorization matrix names: {@code own} is the state the act is about, {@code other} another's. */
    protected Api.Caller caller(AuthorizationMatrix.Who who, String own, String other) {
        return switch (who) {
            case ANONYMOUS -> anonymous();
            case OTHER_STATES_DELEGATE -> delegate(other);
            case OWN_DELEGATE -> delegate(own);
            case SECRETARIAT -> secretariat();
            case CHAIR -> chair();
        };
    }

    protected static String name(String alpha3) {
        return Countries.name(alpha3);
    }
}
