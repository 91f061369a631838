package org.peacecouncil.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.peacecouncil.keys.EntrySignatures;
import org.springframework.stereotype.Component;

/**
 * Which log entries are signed by a state's own delegation key, and verify (for the record pages that list an act's
 * entries, and the claims that rest on them): a signed act is the state's own record beyond doubt of who made it. An entry never changes once appended, so what was
 * found for it is kept (a bounded number of entries).
 */
@Component
public class SignedEntries {

    private static final int KEPT = 200_000;

    private final Ledger ledger;
    private final EntrySignatures signatures;
    private final Map<Long, String> signerOf = new ConcurrentHashMap<>();

    SignedEntries(Ledger ledger, EntrySignatures signatures) {
        this.ledger = ledger;
        this.signatures = signatures;
    }

    /** "AZE 9b3e0c1d2a4f5e6b" for each of these entries whose signature holds, in their order. */
    public List<String> signers(List<Long> entries) {
        if (signerOf.size() > KEPT) {
            signerOf.clear();
        }
        var signers = new ArrayList<String>();
        for (long index : entries) {
            String signer = signerOf.computeIfAbsent(index, this::signerOfEntry);
            if (!signer.isEmpty()) {
                signers.add(signer);
            }
        }
        return signers;
    }

    /** The signer of one entry ("AZE 9b3e0c1d2a4f5e6b"), or empty when it is not signed or its signature fails. */
    public String signerOf(Long entry) {
        return signers(List.of(entry)).stream().findFirst().orElse("");
    }

    private String signerOfEntry(long index) {
        return ledger.entry(index).map(e -> {
            if (!e.body().contains("\"signature\":{")) {
                return "";
            }
            var checked = signatures.check(e.body());
            return checked.holds() ? checked.state() + " " + checked.keyId() : "";
        }).orElse("");
    }
}
