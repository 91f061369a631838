package org.peacecouncil.finance.rules;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacecouncil.charter.CharterReader;
import org.peacecouncil.finance.FlowKind;
import org.peacecouncil.finance.FlowStatus;
import org.peacecouncil.identity.Actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.peacecouncil.support.PolicyFixtures.*;

/** Each finance policy at its edges, as tables: who acts, what the record says, what the rule answers. */
class FinancePoliciesTests {

    static Stream<Arguments> pledging() {
        return Stream.of(
                arguments(AZE, "AZE", false, "allowed", FlowStatus.CONFIRMED),
                arguments(AZE, "AZE", true, "allowed", FlowStatus.CONFIRMED),
                arguments(ARM, "AZE", false, "not-your-state", null),
                arguments(ARM, "AZE", true, "not-your-state", null),
                arguments(SECRETARIAT, "AZE", true, "allowed", FlowStatus.UNCONFIRMED),
                arguments(SECRETARIAT, "AZE", false, "document-required", null),
                arguments(CHAIR, "AZE", true, "not-your-state", null),
                arguments(ANONYMOUS, "AZE", true, "not-your-state", null));
    }

    @ParameterizedTest
    @MethodSource
    void pledging(Actor actor, String state, boolean document, String expected, FlowStatus status) {
        var decision = PledgePolicy.decide(actor, state, document);
        assertThat(answer(decision.ruling())).isEqualTo(expected);
        assertThat(decision.status()).isEqualTo(status);
    }

    static Stream<Arguments> confirming() {
        return Stream.of(
                arguments(AZE, FlowKind.PLEDGE, "AZE", FlowStatus.UNCONFIRMED, "allowed"),
                arguments(AZE, FlowKind.COMMITMENT, "AZE", FlowStatus.UNCONFIRMED, "allowed"),
                arguments(AZE, FlowKind.PLEDGE, "AZE", FlowStatus.CONFIRMED, "flow-confirmed"),
                arguments(AZE, FlowKind.PLEDGE, "AZE", FlowStatus.WITHDRAWN, "flow-withdrawn"),
                arguments(ARM, FlowKind.PLEDGE, "AZE", FlowStatus.UNCONFIRMED, "not-your-state"),
                arguments(SECRETARIAT, FlowKind.PLEDGE, "AZE", FlowStatus.UNCONFIRMED, "not-your-state"),
                arguments(CHAIR, FlowKind.PLEDGE, "AZE", FlowStatus.UNCONFIRMED, "not-your-state"),
                arguments(AZE, FlowKind.PAID, "AZE", FlowStatus.CONFIRMED, "not-confirmable"),
                arguments(AZE, FlowKind.DISBURSEMENT, null, FlowStatus.CONFIRMED, "not-confirmable"));
    }

    @ParameterizedTest
    @MethodSource
    void confirming(Actor actor, FlowKind kind, String state, FlowStatus status, String expected) {
        assertThat(answer(ConfirmationPolicy.ruling(actor, kind, state, status))).isEqualTo(expected);
    }

    static Stream<Arguments> withdrawing() {
        return Stream.of(
                arguments(AZE, FlowKind.PLEDGE, FlowStatus.CONFIRMED, "allowed"),
                arguments(AZE, FlowKind.COMMITMENT, FlowStatus.UNCONFIRMED, "allowed"),
                arguments(AZE, FlowKind.PLEDGE, FlowStatus.WITHDRAWN, "flow-withdrawn"),
                arguments(SECRETARIAT, FlowKind.PLEDGE, FlowStatus.UNCONFIRMED, "allowed"),
                arguments(SECRETARIAT, FlowKind.PLEDGE, FlowStatus.CONFIRMED, "not-your-state"),
                arguments(ARM, FlowKind.PLEDGE, FlowStatus.CONFIRMED, "not-your-state"),
                arguments(CHAIR, FlowKind.PLEDGE, FlowStatus.UNCONFIRMED, "not-your-state"),
                arguments(SECRETARIAT, FlowKind.PAID, FlowStatus.CONFIRMED, "not-withdrawable"),
                arguments(AZE, FlowKind.DISBURSEMENT, FlowStatus.CONFIRMED, "not-withdrawable"));
    }

    @ParameterizedTest
    @MethodSource
    void withdrawing(Actor actor, FlowKind kind, FlowStatus status, String expected) {
        assertThat(answer(FlowWithdrawalPolicy.ruling(actor, kind, "AZE", false, status))).isEqualTo(expected);
    }

    static Stream<Arguments> withdrawingAnOrganisationsEntry() {
        return Stream.of(
                arguments(SECRETARIAT, FlowKind.PLEDGE, FlowStatus.CONFIRMED, "allowed"),
                arguments(SECRETARIAT, FlowKind.COMMITMENT, FlowStatus.CONFIRMED, "allowed"),
                arguments(SECRETARIAT, FlowKind.PLEDGE, FlowStatus.WITHDRAWN, "flow-withdrawn"),
                arguments(SECRETARIAT, FlowKind.PAID, FlowStatus.CONFIRMED, "not-withdrawable"),
                arguments(AZE, FlowKind.PLEDGE, FlowStatus.CONFIRMED, "secretariat-only"),
                arguments(CHAIR, FlowKind.COMMITMENT, FlowStatus.CONFIRMED, "secretariat-only"),
                arguments(ANONYMOUS, FlowKind.PLEDGE, FlowStatus.CONFIRMED, "secretariat-only"));
    }

    @ParameterizedTest
    @MethodSource
    void withdrawingAnOrganisationsEntry(Actor actor, FlowKind kind, FlowStatus status, String expected) {
        assertThat(answer(FlowWithdrawalPolicy.ruling(actor, kind, null, true, status))).isEqualTo(expected);
    }

    static Stream<Arguments> registeringAnOrganisation() {
        return Stream.of(
                arguments(SECRETARIAT, "40", "allowed"),
                arguments(SECRETARIAT, "60", "allowed"),
                arguments(SECRETARIAT, "15", "allowed"),
                arguments(SECRETARIAT, "10", "government-gives-as-a-state"),
                arguments(SECRETARIAT, "11", "government-gives-as-a-state"),
                arguments(AZE, "40", "secretariat-only"),
                arguments(CHAIR, "40", "secretariat-only"),
                arguments(ANONYMOUS, "10", "secretariat-only"));
    }

    @ParameterizedTest
    @MethodSource
    void registeringAnOrganisation(Actor actor, String type, String expected) {
        assertThat(answer(OrganisationPolicy.registration(actor, type))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void onlyTheSecretariatRecordsWhatAnOrganisationGives() {
        assertThat(answer(OrganisationPolicy.contribution(SECRETARIAT))).isEqualTo("allowed");
        for (var other : java.util.List.of(AZE, ARM, CHAIR, ANONYMOUS)) {
            assertThat(answer(OrganisationPolicy.contribution(other))).isEqualTo("secretariat-only");
        }
    }

    static Stream<Arguments> receiving() {
        return Stream.of(
                arguments(SECRETARIAT, FlowKind.COMMITMENT, FlowStatus.CONFIRMED, true, "allowed"),
                arguments(SECRETARIAT, FlowKind.COMMITMENT, FlowStatus.UNCONFIRMED, true, "commitment-not-confirmed"),
                arguments(SECRETARIAT, FlowKind.COMMITMENT, FlowStatus.WITHDRAWN, true, "commitment-not-confirmed"),
                arguments(SECRETARIAT, FlowKind.PLEDGE, FlowStatus.CONFIRMED, true, "not-a-commitment"),
                arguments(SECRETARIAT, FlowKind.COMMITMENT, FlowStatus.CONFIRMED, false, "not-a-commitment"),
                arguments(AZE, FlowKind.COMMITMENT, FlowStatus.CONFIRMED, true, "secretariat-only"),
                arguments(CHAIR, FlowKind.COMMITMENT, FlowStatus.CONFIRMED, true, "secretariat-only"));
    }

    @ParameterizedTest
    @MethodSource
    void receiving(Actor actor, FlowKind kind, FlowStatus status, boolean sameFund, String expected) {
        assertThat(answer(ReceiptPolicy.ruling(actor, new ReceiptPolicy.Commitment(kind, status, sameFund)))).isEqualTo(expected);
    }

    static Stream<Arguments> disbursing() {
        return Stream.of(
                arguments(SECRETARIAT, true, 1_000, 1_000, "allowed"),
                arguments(SECRETARIAT, true, 1_000, 1_001, "insufficient-balance"),
                arguments(SECRETARIAT, true, 0, 1, "insufficient-balance"),
                arguments(SECRETARIAT, false, 1_000, 1, "not-a-project-of-the-fund"),
                arguments(CHAIR, true, 1_000, 1, "secretariat-only"),
                arguments(AZE, true, 1_000, 1, "secretariat-only"));
    }

    @ParameterizedTest
    @MethodSource
    void disbursing(Actor actor, boolean ofTheFund, long balance, long amount, String expected) {
        assertThat(answer(DisbursementPolicy.ruling(actor, new DisbursementPolicy.Snapshot(ofTheFund, balance, amount)))).isEqualTo(expected);
    }

    @Test
    void fundsAreOpenedByTheOfficeTheCharterNamesTheSecretariatByDefault() {
        assertThat(answer(FundPolicy.ruling(SECRETARIAT, BOARD, "open funds"))).isEqualTo("allowed");
        assertThat(answer(FundPolicy.ruling(CHAIR, BOARD, "open funds"))).isEqualTo("office-required");
        assertThat(answer(FundPolicy.ruling(AZE, BOARD, "open funds"))).isEqualTo("office-required");
        assertThat(BOARD.finance().defaulted()).contains("fundsOpenedBy");
        var chairOpens = CharterReader.read("chair-opens.yaml", """
                id: chair-opens
                name: A council whose chair opens funds
                membership: { invitedBy: CHAIR, consentsForEntryIntoForce: 1 }
                decisions: { default: { basis: PRESENT_AND_VOTING, threshold: MAJORITY } }
                finance: { fundsOpenedBy: CHAIR }
                """);
        assertThat(answer(FundPolicy.ruling(CHAIR, chairOpens, "open funds"))).isEqualTo("allowed");
        assertThat(answer(FundPolicy.ruling(SECRETARIAT, chairOpens, "open funds"))).isEqualTo("office-required");
        assertThat(chairOpens.finance().defaulted()).isEmpty();
    }
}
