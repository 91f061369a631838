package org.peacecouncil.identity.rules;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.Role;
import org.peacecouncil.identity.rules.AccountPolicy.Via;
import org.peacecouncil.platform.Ruling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Who may create, reset and deactivate which account, as tables. */
class AccountPolicyTests {

    static final Actor SECRETARIAT = Actor.secretariat("secretariat");
    static final Actor CHAIR = Actor.chair("chair");
    static final Actor AZERBAIJAN = Actor.delegateOf("AZE", "delegate-aze");
    static final Actor ARMENIA = Actor.delegateOf("ARM", "delegate-arm");

    static Stream<Arguments> creating() {
        return Stream.of(
                arguments("the operator creates a Chair", Via.OPERATOR, Actor.ANONYMOUS, Role.CHAIR, null, false, null),
                arguments("no account creates a Chair", Via.ACCOUNT, SECRETARIAT, Role.CHAIR, null, false, "operator-only"),
                arguments("not even the Chair", Via.ACCOUNT, CHAIR, Role.CHAIR, null, false, "operator-only"),
                arguments("the operator creates a state's first delegate", Via.OPERATOR, Actor.ANONYMOUS, Role.DELEGATE, "AZE", false, null),
                arguments("the secretariat creates no first delegate", Via.ACCOUNT, SECRETARIAT, Role.DELEGATE, "AZE", false, "operator-only"),
                arguments("nor a further one", Via.ACCOUNT, SECRETARIAT, Role.DELEGATE, "AZE", true, "not-your-state"),
                arguments("a delegation creates its further delegates", Via.ACCOUNT, AZERBAIJAN, Role.DELEGATE, "AZE", true, null),
                arguments("never another state's", Via.ACCOUNT, ARMENIA, Role.DELEGATE, "AZE", true, "not-your-state"),
                arguments("the secretariat creates its officers", Via.ACCOUNT, SECRETARIAT, Role.SECRETARIAT, null, false, null),
                arguments("a delegate creates no officer", Via.ACCOUNT, AZERBAIJAN, Role.SECRETARIAT, null, false, "secretariat-only"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void creating(String edge, Via via, Actor actor, Role role, String state, boolean hasDelegate, String refusal) {
        assertRuling(AccountPolicy.create(via, actor, role, state, hasDelegate), refusal);
    }

    static Stream<Arguments> resetting() {
        return Stream.of(
                arguments("nobody resets the Chair's password through the platform", SECRETARIAT, Role.CHAIR, null, "chair-reset-refused"),
                arguments("not even the Chair", CHAIR, Role.CHAIR, null, "chair-reset-refused"),
                arguments("a delegation resets its delegates'", AZERBAIJAN, Role.DELEGATE, "AZE", null),
                arguments("the secretariat a delegate's, with the delegation told", SECRETARIAT, Role.DELEGATE, "AZE", null),
                arguments("never another state's delegation", ARMENIA, Role.DELEGATE, "AZE", "not-your-state"),
                arguments("the Chair resets no delegate's", CHAIR, Role.DELEGATE, "AZE", "not-your-state"),
                arguments("the secretariat its officers'", SECRETARIAT, Role.SECRETARIAT, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void resetting(String edge, Actor actor, Role role, String state, String refusal) {
        assertRuling(AccountPolicy.reset(Via.ACCOUNT, actor, role, state), refusal);
        assertRuling(AccountPolicy.reset(Via.OPERATOR, Actor.ANONYMOUS, role, state), null);
    }

    static Stream<Arguments> deactivating() {
        return Stream.of(
                arguments("the Chair's only by the operator", SECRETARIAT, Role.CHAIR, null, false, "operator-only"),
                arguments("a delegation its delegates'", AZERBAIJAN, Role.DELEGATE, "AZE", false, null),
                arguments("the secretariat a delegate's", SECRETARIAT, Role.DELEGATE, "AZE", false, null),
                arguments("not another state's", ARMENIA, Role.DELEGATE, "AZE", false, "not-your-state"),
                arguments("not its own", AZERBAIJAN, Role.DELEGATE, "AZE", true, "own-account"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void deactivating(String edge, Actor actor, Role role, String state, boolean self, String refusal) {
        assertRuling(AccountPolicy.deactivate(Via.ACCOUNT, actor, role, state, self), refusal);
    }

    @org.junit.jupiter.api.Test
    void onlyAResetOrDeactivationByAnyoneButTheDelegationIsToldToIt() {
        assertThat(AccountPolicy.tellsTheDelegation(SECRETARIAT, Role.DELEGATE, "AZE")).isTrue();
        assertThat(AccountPolicy.tellsTheDelegation(AZERBAIJAN, Role.DELEGATE, "AZE")).isFalse();
        assertThat(AccountPolicy.tellsTheDelegation(SECRETARIAT, Role.SECRETARIAT, null)).isFalse();
    }

    private static void assertRuling(Ruling ruling, String refusal) {
        if (refusal == null) {
            assertThat(ruling.isAllowed()).as(ruling.toString()).isTrue();
        } else {
            assertThat(ruling).isInstanceOfSatisfying(Ruling.Refused.class, r -> assertThat(r.slug()).isEqualTo(refusal));
        }
    }
}
