package org.peacecouncil.keys;

import java.time.Instant;
import java.util.List;

import org.peacecouncil.identity.Actor;
import org.peacecouncil.keys.rules.KeyPolicy;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.StateCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** A delegation's keys: registered with proof of possession, revoked, read. Each act asks {@link KeyPolicy}, then writes and logs. */
@Service
public class DelegationKeys {

    private final KeysStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    DelegationKeys(KeysStore store, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.store = store;
        this.events = events;
        this.tx = tx;
    }

    /** The exact bytes a delegation signs to register {@code key} under {@code name} at {@code signedAt}. */
    public byte[] registrationPayload(StateCode state, Ed25519Key key, String name, Instant signedAt) {
        return SigningPayloads.registration(state.alpha3(), key.id(), key, name, signedAt);
    }

    public DelegationKey register(Actor actor, StateCode state, KeyCommands.RegisterKey act, Instant now) {
        var key = act.publicKey();
        byte[] payload = registrationPayload(state, key, act.name(), act.signedAt());
        return tx.execute(status -> {
            boolean known = store.key(key.id().value()).isPresent();
            KeyPolicy.register(actor, new KeyPolicy.Registration(state.alpha3(), key.verifies(payload, act.signature()), act.signedAt(), now,
                    known)).orRefuse();
            var registered = new DelegationKey(key.id().value(), state.alpha3(), act.name(), key.base64(), now, actor.describe(), act.signedAt(),
                    act.signature().strip(), null, null, null);
            store.insert(registered);
            events.publishEvent(new KeysEvent.DelegationKeyRegistered(registered.keyId(), registered.state(), registered.name(),
                    registered.publicKey(), registered.signedAt(), registered.proof(), now, actor.describe()));
            return registered;
        });
    }

    public DelegationKey revoke(Actor actor, StateCode state, KeyId id, KeyCommands.RevokeKey act, Instant now) {
        return tx.execute(status -> {
            var key = store.key(id.value());
            KeyPolicy.revoke(actor, state.alpha3(), key.map(k -> k.state().equals(state.alpha3())).orElse(false),
                    key.map(k -> k.revokedAt() != null).orElse(false)).orRefuse();
            if (!store.revoke(id.value(), now, actor.describe(), act.reason())) {
                throw new CouncilProblem.RuleViolation("conflict", "The key changed under this request; read it again.");
            }
            events.publishEvent(new KeysEvent.DelegationKeyRevoked(id.value(), state.alpha3(), act.reason(), now, actor.describe()));
            return store.key(id.value()).orElseThrow();
        });
    }

    /** The state's keys, oldest first, revoked ones included: its public key history. */
    public List<DelegationKey> keysOf(StateCode state) {
        return store.keysOf(state.alpha3());
    }

    public java.util.Optional<DelegationKey> key(KeyId id) {
        return store.key(id.value());
    }
}
