package org.peacecouncil.decisions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacecouncil.charter.MotionKind;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.PersonalTokens;
import org.peacecouncil.membership.InvitationId;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.membership.MembershipCommands;
import org.peacecouncil.membership.Memberships;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.support.Api;
import org.peacecouncil.support.CouncilTest;
import org.peacecouncil.support.OnPostgres;
import org.peacecouncil.support.OnSqlite;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Two hundred delegations vote at the same moment, each twice: exactly one ballot per state is counted. */
abstract class TwoHundredDelegationsSpec extends CouncilTest {

    private static final int DELEGATIONS = 200;

    @Autowired
    Memberships memberships;
    @Autowired
    Meetings meetings;
    @Autowired
    Motions motions;
    @Autowired
    PersonalTokens tokens;

    private final ExecutorService pool = Executors.newFixedThreadPool(2 * DELEGATIONS);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void twoHundredDelegationsVotingAtOnceTwiceEachLeaveExactlyOneCountedBallotPerState() throws Exception {
        var states = Countries.all().stream().map(Countries.Country::alpha3).limit(DELEGATIONS).toList();
        Instant davos = DAVOS.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
        clock.set(davos);
        var chair = Actor.chair("chair");
        var callers = new ArrayList<Api.Caller>();
        // Set-up through the services, and accounts without passwords: two hundred password hashes would take minutes.
        for (String state : states) {
            String username = "load-" + state.toLowerCase(Locale.ROOT);
            if (accounts.find(username).isEmpty()) {
                jdbc.sql("""
                        INSERT INTO accounts (username, password_hash, role, state, display_name, must_change_password, created_at)
                        VALUES (?, '{bcrypt}no-password', 'DELEGATE', ?, ?, FALSE, '2026-01-01T00:00:00.000000Z')""")
                        .params(username, state, username).update();
            }
            var delegate = Actor.delegateOf(state, username);
            var invitation = memberships.invite(chair, MembershipCommands.Invite.of(state, null), davos);
            memberships.consent(delegate, new InvitationId(invitation.id()), davos);
            callers.add(api.bearer(tokens.create(delegate, "load test").token()));
        }
        var meeting = meetings.call(chair, new DecisionCommands.CallMeeting(MeetingKind.VOTING, "A full sitting", "Geneva", davos,
                List.of()), davos);
        var sitting = new MeetingId(meeting.id());
        meetings.open(Actor.secretariat("officer"), sitting, davos);
        for (String state : states) {
            meetings.attend(Actor.delegateOf(state, "load-" + state.toLowerCase(Locale.ROOT)), sitting,
                    new DecisionCommands.RegisterAttendance(StateCode.of(state), Capacity.HEAD_OF_STATE_OR_GOVERNMENT, "Head of " + state),
                    davos);
        }
        var motion = motions.propose(chair, sitting, new DecisionCommands.TableMotion(MotionKind.BUDGET, "Budget", "The budget.", null),
                davos);
        motions.openVoting(Actor.secretariat("officer"), new MotionId(motion.id()), new DecisionCommands.PutToTheVote(davos.plusSeconds(3600),
                null), davos);
        long logBefore = jdbc.sql("SELECT size FROM log_head").query(Long.class).single();

        var start = new CountDownLatch(1);
        var responses = new ArrayList<Future<Api.Response>>();
        for (int i = 0; i < DELEGATIONS; i++) {
            var caller = callers.get(i);
            for (String vote : List.of("YES", "NO")) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return caller.post("/api/v1/motions/" + motion.id() + "/ballots", Sitting.ballot(vote));
                }));
            }
        }
        start.countDown();
        for (var response : responses) {
            assertThat(response.get().status()).as(response.get().toString()).isEqualTo(201);
        }

        var counted = anonymous().get("/api/v1/motions/" + motion.id()).json();
        var ballotStates = new ArrayList<String>();
        counted.get("ballots").forEach(b -> {
            ballotStates.add(b.get("state").asString());
            assertThat(b.get("changes").asInt()).as("the second ballot replaced the first").isEqualTo(1);
        });
        assertThat(ballotStates).hasSize(DELEGATIONS).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(states);
        var tally = counted.get("outcome").get("tally");
        assertThat(tally.get("yes").asInt() + tally.get("no").asInt()).isEqualTo(DELEGATIONS);
        assertThat(tally.get("notVoting").asInt()).isZero();
        long logAfter = jdbc.sql("SELECT size FROM log_head").query(Long.class).single();
        assertThat(logAfter - logBefore).as("every ballot, first and second, is on the log").isEqualTo(2L * DELEGATIONS);
    }
}

@OnSqlite
class TwoHundredDelegationsOnSqliteTests extends TwoHundredDelegationsSpec {
}

@OnPostgres
class TwoHundredDelegationsOnPostgresTests extends TwoHundredDelegationsSpec {
}
