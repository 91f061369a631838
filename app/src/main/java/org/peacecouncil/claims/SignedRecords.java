package org.peacecouncil.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.peacecouncil.keys.EntrySignatures;
import org.peacecouncil.ledger.Ledger;
import org.springframework.stereotype.Component;

/**
 * Which of the log entries behind a verdict's reasons are signed by the state's own delegation key, and verify: a
 * signed act is the state's own record beyond doubt of who made it. An entry never changes once appended, so what was
 * found for it is kept (a bounded number of entries).
 */
@Component
class SignedRecords {

    private static final int KEPT = 200_000;

    private final Ledger ledger;
    private final EntrySignatures signatures;
    private final Map<Long, String> signerOf = new ConcurrentHashMap<>();

    SignedRecords(Ledger ledger, EntrySignatures signatures) {
        this.ledger = ledger;
        this.signatures = signatures;
    }

    /** "AZE 9b3e0c1d2a4f5e6b" for each of these entries whose signature holds, in their order. */
    List<String> signers(List<Long> entries) {
        if (signerOf.size() > KEPT) {
            signerOf.clear();
        }
        var signers = new ArrayList<String>();
        for (long index : entries) {
            String signer = signerOf.computeIfAbsent(index, this::signerOf);
            if (!signer.isEmpty()) {
                signers.add(signer);
            }
        }
        return signers;
    }

    Verdict withSignatures(Verdict verdict) {
        return verdict.withSignatures(this::signers);
    }

    private String signerOf(long index) {
        return ledger.entry(index).map(e -> {
            if (!e.body().contains("\"signature\":{")) {
                return "";
            }
            var checked = signatures.check(e.body());
            return checked.holds() ? checked.state() + " " + checked.keyId() : "";
        }).orElse("");
    }
}
