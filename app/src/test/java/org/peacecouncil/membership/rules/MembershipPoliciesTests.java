package org.peacecouncil.membership.rules;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacecouncil.charter.Charter;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.membership.InvitationStatus;
import org.peacecouncil.membership.RemovalStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacecouncil.support.PolicyFixtures.*;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each membership policy at its edges, as tables: who acts, what the record says, what the rule answers. */
class MembershipPoliciesTests {

    static final LocalDate LAST_DAY = LocalDate.of(2026, 4, 21);

    static Stream<Arguments> inviting() {
        return Stream.of(
                arguments(BOARD, CHAIR, false, false, "allowed"),
                arguments(BOARD, SECRETARIAT, false, false, "office-required"),
                arguments(BOARD, AZE, false, false, "office-required"),
                arguments(BOARD, ANONYMOUS, false, false, "office-required"),
                arguments(BOARD, CHAIR, true, false, "already-member"),
                arguments(BOARD, CHAIR, false, true, "already-invited"),
                arguments(SECURITY_COUNCIL, SECRETARIAT, false, false, "allowed"),
                arguments(SECURITY_COUNCIL, CHAIR, false, false, "office-required"));
    }

    @ParameterizedTest
    @MethodSource
    void inviting(Charter charter, Actor actor, boolean member, boolean pending, String expected) {
        assertThat(answer(InvitingPolicy.ruling(actor, "NOR", new InvitingPolicy.Standing(member, pending), charter))).isEqualTo(expected);
    }

    static Stream<Arguments> answering() {
        return Stream.of(
                arguments(AZE, InvitationStatus.PENDING, LAST_DAY, "allowed"),
                arguments(AZE, InvitationStatus.PENDING, LAST_DAY.plusDays(1), "invitation-not-pending"),
                arguments(ARM, InvitationStatus.PENDING, LAST_DAY, "not-your-state"),
                arguments(CHAIR, InvitationStatus.PENDING, LAST_DAY, "not-your-state"),
                arguments(SECRETARIAT, InvitationStatus.PENDING, LAST_DAY, "not-your-state"),
                arguments(AZE, InvitationStatus.ACCEPTED, LAST_DAY, "invitation-not-pending"),
                arguments(AZE, InvitationStatus.DECLINED, LAST_DAY, "invitation-not-pending"),
                arguments(AZE, InvitationStatus.LAPSED, LAST_DAY, "invitation-not-pending"));
    }

    @ParameterizedTest
    @MethodSource
    void answering(Actor actor, InvitationStatus status, LocalDate today, String expected) {
        var invitation = new AnsweringPolicy.Invitation("AZE", status, LAST_DAY);
        assertThat(answer(AnsweringPolicy.ruling(actor, "consent to the charter", invitation, today))).isEqualTo(expected);
    }

    static Stream<Arguments> renewing() {
        var term = LocalDate.of(2029, 1, 21);
        var lastYear = LocalDate.of(2028, 1, 23); // the first of the term's last 365 days (the Board's default window)
        return Stream.of(
                arguments(BOARD, CHAIR, true, false, term, lastYear, "allowed"),
                arguments(BOARD, CHAIR, true, false, term, term, "allowed"),
                arguments(BOARD, CHAIR, true, false, term, lastYear.minusDays(1), "renewal-too-early"),
                arguments(BOARD, CHAIR, true, false, term.plusYears(3), lastYear, "renewal-too-early"), // renewed once already
                arguments(BOARD, SECRETARIAT, true, false, term, lastYear, "office-required"),
                arguments(BOARD, AZE, true, false, term, lastYear, "office-required"),
                arguments(BOARD, CHAIR, false, false, term, lastYear, "not-a-member"),
                arguments(BOARD, CHAIR, true, true, null, lastYear, "permanent-member"),
                arguments(BOARD, CHAIR, true, false, null, lastYear, "no-term-yet"),
                arguments(SECURITY_COUNCIL, CHAIR, true, false, term, lastYear, "not-renewable"));
    }

    @ParameterizedTest
    @MethodSource
    void renewing(Charter charter, Actor actor, boolean current, boolean permanent, LocalDate termEnds, LocalDate today, String expected) {
        assertThat(answer(RenewalPolicy.ruling(actor, "AZE", new RenewalPolicy.Member(current, permanent, termEnds), today, charter)))
                .isEqualTo(expected);
    }

    static Stream<Arguments> withdrawing() {
        return Stream.of(arguments(AZE, true, "allowed"), arguments(AZE, false, "not-a-member"), arguments(ARM, true, "not-your-state"),
                arguments(CHAIR, true, "not-your-state"), arguments(SECRETARIAT, true, "not-your-state"));
    }

    @ParameterizedTest
    @MethodSource
    void withdrawing(Actor actor, boolean current, String expected) {
        assertThat(answer(WithdrawalPolicy.ruling(actor, "AZE", current))).isEqualTo(expected);
    }

    static Stream<Arguments> proposingRemoval() {
        return Stream.of(
                arguments(BOARD, CHAIR, true, false, "Reason", "allowed"),
                arguments(BOARD, SECRETARIAT, true, false, "Reason", "office-required"),
                arguments(BOARD, AZE, true, false, "Reason", "office-required"),
                arguments(BOARD, CHAIR, false, false, "Reason", "not-a-member"),
                arguments(BOARD, CHAIR, true, true, "Reason", "removal-open"),
                arguments(BOARD, CHAIR, true, false, null, "reason-required"),
                arguments(SECURITY_COUNCIL, CHAIR, true, false, "Reason", "no-removal"));
    }

    @ParameterizedTest
    @MethodSource
    void proposingRemoval(Charter charter, Actor actor, boolean current, boolean open, String reason, String expected) {
        assertThat(answer(RemovalPolicy.ruling(actor, "HUN", new RemovalPolicy.Member(current, open), reason, charter))).isEqualTo(expected);
    }

    static Stream<Arguments> vetoing() {
        return Stream.of(
                arguments(AZE, RemovalStatus.OPEN, Set.of(), true, "allowed"),
                arguments(AZE, RemovalStatus.OPEN, Set.of("AZE"), true, "already-vetoed"),
                arguments(AZE, RemovalStatus.OPEN, Set.of(), false, "not-a-member-state"),
                arguments(AZE, RemovalStatus.REMOVED, Set.of(), true, "removal-closed"),
                arguments(AZE, RemovalStatus.VETOED, Set.of(), true, "removal-closed"),
                arguments(CHAIR, RemovalStatus.OPEN, Set.of(), false, "delegates-only"),
                arguments(SECRETARIAT, RemovalStatus.OPEN, Set.of(), false, "delegates-only"));
    }

    @ParameterizedTest
    @MethodSource
    void vetoing(Actor actor, RemovalStatus status, Set<String> vetoes, boolean member, String expected) {
        assertThat(answer(VetoPolicy.ruling(actor, new VetoPolicy.Removal(status, vetoes, member), BOARD))).isEqualTo(expected);
    }

    static Stream<Arguments> vetoFraction() {
        return Stream.of(arguments(4, 6, true), arguments(3, 6, false), arguments(18, 27, true), arguments(17, 27, false),
                arguments(0, 0, false));
    }

    @ParameterizedTest
    @MethodSource("vetoFraction")
    void twoThirdsOfMemberStatesBlockARemoval(int vetoes, int members, boolean blocked) {
        var fraction = BOARD.membership().removal().orElseThrow().vetoFraction();
        assertThat(VetoPolicy.blocks(vetoes, members, fraction)).isEqualTo(blocked);
    }

    static Stream<Arguments> recordingObservers() {
        return Stream.of(
                arguments(SECRETARIAT, "NOR", null, false, "allowed"),
                arguments(CHAIR, null, "European Union", false, "allowed"),
                arguments(AZE, "NOR", null, false, "secretariat-only"),
                arguments(ANONYMOUS, "NOR", null, false, "secretariat-only"),
                arguments(SECRETARIAT, "NOR", "European Union", false, "observer-state-or-organisation"),
                arguments(SECRETARIAT, null, null, false, "observer-state-or-organisation"),
                arguments(SECRETARIAT, "AZE", null, true, "already-member"));
    }

    @ParameterizedTest
    @MethodSource
    void recordingObservers(Actor actor, String state, String organisation, boolean member, String expected) {
        assertThat(answer(ObserverPolicy.ruling(actor, state, organisation, member, BOARD))).isEqualTo(expected);
    }
}
