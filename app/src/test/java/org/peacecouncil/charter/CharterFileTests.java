package org.peacecouncil.charter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peacecouncil.charter.DecisionRule.Basis;
import org.peacecouncil.charter.DecisionRule.Threshold;
import org.peacecouncil.charter.DecisionRule.VetoHolders;
import org.peacecouncil.platform.Money;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped charters load as the rules they state; a malformed file is refused naming file, line and field. */
class CharterFileTests {

    private static Charter bundled(String id) throws IOException {
        String text = new ClassPathResource("charters/" + id + ".yaml").getContentAsString(StandardCharsets.UTF_8);
        return CharterReader.read(id + ".yaml", text);
    }

    @Test
    void boardOfPeaceCharterStatesItsMembershipRules() throws IOException {
        var rules = bundled("board-of-peace").membership();
        assertThat(rules.invitedBy()).isEqualTo(Office.CHAIR);
        assertThat(rules.consentsForEntryIntoForce()).isEqualTo(3);
        assertThat(rules.term().orElseThrow().years()).isEqualTo(3);
        assertThat(rules.term().orElseThrow().from()).isEqualTo(MembershipRules.TermStart.ENTRY_INTO_FORCE);
        assertThat(rules.term().orElseThrow().renewedBy()).isEqualTo(Office.CHAIR);
        assertThat(rules.permanent().orElseThrow().threshold()).contains(new Money(100_000_000_000L, "USD"));
        assertThat(rules.permanent().orElseThrow().cashOnly()).isTrue();
        assertThat(rules.removal().orElseThrow().vetoFraction()).isEqualTo(new Fraction(2, 3));
        assertThat(rules.removal().orElseThrow().vetoWindowDays()).isEqualTo(30);
    }

    @Test
    void theBundledChartersRequireNoSignatureAndAChartersListIsReadAndCheckedByName() throws IOException {
        assertThat(bundled("board-of-peace").signatures().required()).isEmpty();
        String text = new ClassPathResource("charters/board-of-peace.yaml").getContentAsString(StandardCharsets.UTF_8);
        var signed = CharterReader.read("signed.yaml", text + "\nsignatures:\n  required: [BallotCast, ConsentGiven]\n");
        assertThat(signed.signatures().requires("BallotCast")).isTrue();
        assertThat(signed.signatures().requires("FlowRecorded")).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CharterReader.read("signed.yaml",
                        text + "\nsignatures:\n  required: [BallotCast, VotingClosed]\n"))
                .isInstanceOf(CharterFileException.class).hasMessageContaining("signed.yaml:").hasMessageContaining("'VotingClosed' is not an act a delegation signs");
    }

    @Test
    void boardOfPeaceDecidesByMajorityOfPresentAndVotingThenTheChairmansApproval() throws IOException {
        var charter = bundled("board-of-peace");
        var initiative = charter.ruleFor(MotionKind.INITIATIVE);
        assertThat(initiative.basis()).isEqualTo(Basis.PRESENT_AND_VOTING);
        assertThat(initiative.threshold().kind()).isEqualTo(Threshold.Kind.MAJORITY);
        assertThat(initiative.approvalBy()).isEqualTo(Office.CHAIR);
        assertThat(initiative.tieBreak()).isEqualTo(Office.CHAIR);
        assertThat(initiative.quorum()).isEmpty();
        assertThat(charter.ruleFor(MotionKind.SUBSIDIARY_ENTITY).decidedBy()).isEqualTo(Office.CHAIR);
    }

    @Test
    void securityCouncilNeedsNineWithoutAPermanentMembersNo() throws IOException {
        var charter = bundled("security-council");
        assertThat(charter.membership().permanent().orElseThrow().members()).containsExactly("CHN", "FRA", "RUS", "GBR", "USA");
        assertThat(charter.membership().removal()).isEmpty();
        var substantive = charter.ruleFor(MotionKind.INITIATIVE);
        assertThat(substantive.threshold().count()).isEqualTo(9);
        assertThat(substantive.vetoHolders()).isEqualTo(VetoHolders.PERMANENT_MEMBERS);
        assertThat(charter.ruleFor(MotionKind.PROCEDURAL).vetoHolders()).isEqualTo(VetoHolders.NONE);
    }

    @Test
    void consensusBodyAdoptsWhenNobodyObjects() throws IOException {
        var charter = bundled("consensus");
        assertThat(charter.ruleFor(MotionKind.BUDGET).threshold().kind()).isEqualTo(Threshold.Kind.CONSENSUS);
        assertThat(charter.membership().term()).isEmpty();
        assertThat(charter.ruleFor(MotionKind.BUDGET).quorum().orElseThrow().fraction()).contains(new Fraction(1, 2));
    }

    private static final String VALID = """
            id: test
            name: Test charter
            membership:
              invitedBy: CHAIR
              consentsForEntryIntoForce: 3
              term: { years: 3, from: ENTRY_INTO_FORCE, renewedBy: CHAIR }
              removal:
                by: CHAIR
                veto: { fraction: 2/3, windowDays: 30 }
            decisions:
              default: { basis: PRESENT_AND_VOTING, threshold: MAJORITY }
            """;

    @Test
    void theTemplateUsedBelowIsValid() {
        assertThat(CharterReader.read("test.yaml", VALID).id()).isEqualTo("test");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field            | 'consentsForEntryIntoForce: 3' | 'consentsForEntryIntoForce: 3\n  quorate: yes' | test.yaml:6: field 'membership.quorate': is not a charter field",
            "fraction above one       | 'fraction: 2/3'                | 'fraction: 4/3'                               | test.yaml:9: field 'membership.removal.veto.fraction': a fraction must be between 0 (exclusive) and 1",
            "unknown office           | 'invitedBy: CHAIR'             | 'invitedBy: PRESIDENT'                        | test.yaml:4: field 'membership.invitedBy': must be one of [CHAIR, SECRETARIAT, NONE], was 'PRESIDENT'",
            "term not a number        | 'years: 3'                     | 'years: three'                                | test.yaml:6: field 'membership.term.years': must be a whole number, was 'three'",
            "unknown motion kind      | 'default:'                     | 'WAR:'                                        | test.yaml:11: field 'decisions.WAR': is not a motion kind",
            "missing entry into force | 'consentsForEntryIntoForce: 3' | 'invitationLapsesAfterDays: 30'               | test.yaml:4: field 'membership.consentsForEntryIntoForce': is required",
            "bad threshold            | 'threshold: MAJORITY'          | 'threshold: MOST'                             | test.yaml:11: field 'decisions.default.threshold': must be MAJORITY, CONSENSUS",
            "not YAML                 | 'name: Test charter'           | 'name: [unclosed'                             | test.yaml:3: not valid YAML",
    })
    void aMalformedCharterIsRefusedNamingFileLineAndField(String name, String replace, String with, String message) {
        String broken = VALID.replace(replace, with.replace("\\n", "\n"));
        assertThat(broken).isNotEqualTo(VALID);
        assertThatThrownBy(() -> CharterReader.read("test.yaml", broken))
                .isInstanceOf(CharterFileException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void whoRunsSittingsRecordsObserversAndHowLongAVoteMayRunAreTheCharters() {
        var stated = CharterReader.read("test.yaml", VALID + """
                meetings:
                  calledBy: SECRETARIAT
                  runBy: [SECRETARIAT]
                  observersRecordedBy: [SECRETARIAT]
                  longestVoteDays: 3
                officers:
                  executiveBoard: { appointedBy: SECRETARIAT, termYears: 4 }
                """);
        assertThat(stated.meetings().runBy()).containsExactly(Office.SECRETARIAT);
        assertThat(stated.meetings().observersRecordedBy()).containsExactly(Office.SECRETARIAT);
        assertThat(stated.meetings().longestVoteDays()).isEqualTo(3);
        assertThat(stated.meetings().defaulted()).containsExactly("alternatesApprovedBy");
        assertThat(stated.officers().executiveBoardAppointedBy()).isEqualTo(Office.SECRETARIAT);
        assertThat(stated.officers().executiveBoardTermYears()).isEqualTo(4);
        assertThat(stated.officers().defaulted()).isEmpty();

        var silent = CharterReader.read("test.yaml", VALID);
        assertThat(silent.meetings().runBy()).containsExactlyInAnyOrder(Office.CHAIR, Office.SECRETARIAT);
        assertThat(silent.meetings().longestVoteDays()).isEqualTo(7);
        assertThat(silent.meetings().defaulted()).contains("runBy", "observersRecordedBy", "longestVoteDays");
        assertThat(silent.officers().executiveBoardTermYears()).isEqualTo(2);
        assertThat(silent.officers().defaulted()).contains("executiveBoard.termYears");
    }

    @Test
    void anOfficeThatCannotActIsRefusedWhereAnOfficeMustAct() {
        assertThatThrownBy(() -> CharterReader.read("test.yaml", VALID + "meetings:\n  runBy: [NONE]\n"))
                .hasMessageContaining("test.yaml:13: field 'meetings.runBy': 'NONE' is not an office that acts (CHAIR or SECRETARIAT)");
        assertThatThrownBy(() -> CharterReader.read("test.yaml", VALID + "meetings:\n  longestVoteDays: 0\n"))
                .hasMessageContaining("meetings.longestVoteDays");
    }

    @Test
    void theBoardOfPeaceCharterStatesTheExecutiveBoardsTwoYearTermsByTheChairman() throws IOException {
        var officers = bundled("board-of-peace").officers();
        assertThat(officers.executiveBoardAppointedBy()).isEqualTo(Office.CHAIR);
        assertThat(officers.executiveBoardTermYears()).isEqualTo(2);
        assertThat(officers.defaulted()).isEmpty();
    }

    @Test
    void anUnknownPermanentMemberCodeIsRefused() {
        String broken = VALID.replace("  removal:", "  permanent: { members: [USA, XYZ] }\n  removal:");
        assertThatThrownBy(() -> CharterReader.read("test.yaml", broken))
                .hasMessageContaining("test.yaml:7: field 'membership.permanent.members': 'XYZ' is not an ISO 3166-1 alpha-3 code");
    }

    @Test
    void exactlyTwoThirdsReachesTwoThirdsAndOneLessDoesNot() {
        var twoThirds = new Fraction(2, 3);
        assertThat(twoThirds.reachedBy(18, 27)).isTrue();
        assertThat(twoThirds.reachedBy(17, 27)).isFalse();
        assertThat(twoThirds.reachedBy(19, 28)).isTrue();
        assertThat(twoThirds.reachedBy(18, 28)).isFalse();
        assertThat(twoThirds.smallestShareOf(28)).isEqualTo(19);
        assertThat(twoThirds.smallestShareOf(27)).isEqualTo(18);
    }
}
