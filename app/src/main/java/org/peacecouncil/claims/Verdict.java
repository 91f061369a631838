package org.peacecouncil.claims;

import java.util.List;

/**
 * What the records say of one assertion about one state, at one time, with the reasons: each a sentence and the
 * record behind it (a link, and its log entries).
 */
public record Verdict(VerdictStatus status, List<Reason> reasons) {

    public enum VerdictStatus {
        /** the state's own confirmed records support it */
        BACKED,
        /** the state's own clarification denies it, or its records show the opposite */
        CONTRADICTED,
        /** nothing on the record either way */
        UNBACKED
    }

    /** One reason: what the record says, where it is, and the log entries behind it. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "VerdictReason")
    public record Reason(String text, String href, List<Long> logEntries, List<String> signedBy) {
        public Reason {
            logEntries = logEntries == null ? List.of() : List.copyOf(logEntries);
            signedBy = signedBy == null ? List.of() : List.copyOf(signedBy);
        }

        public Reason(String text, String href, List<Long> logEntries) {
            this(text, href, logEntries, List.of());
        }

        /**
         * The same reason with the signatures of its log entries, "AZE 9b3e0c1d2a4f5e6b" for each entry signed by that
         * state's delegation key: an act the state signed is its own record beyond any doubt of who made it.
         */
        public Reason signedBy(List<String> signers) {
            return new Reason(text, href, logEntries, signers);
        }
    }

    /** This verdict with each reason's signatures filled in by {@code signers}. */
    public Verdict withSignatures(java.util.function.Function<List<Long>, List<String>> signers) {
        return new Verdict(status, reasons.stream().map(r -> r.logEntries().isEmpty() ? r : r.signedBy(signers.apply(r.logEntries()))).toList());
    }

    public static Verdict backed(Reason... reasons) {
        return new Verdict(VerdictStatus.BACKED, List.of(reasons));
    }

    public static Verdict backed(List<Reason> reasons) {
        return new Verdict(VerdictStatus.BACKED, List.copyOf(reasons));
    }

    public static Verdict contradicted(List<Reason> reasons) {
        return new Verdict(VerdictStatus.CONTRADICTED, List.copyOf(reasons));
    }

    public static Verdict unbacked(String why) {
        return new Verdict(VerdictStatus.UNBACKED, List.of(new Reason(why, null, List.of())));
    }

    public static Verdict unbacked(List<Reason> reasons) {
        return new Verdict(VerdictStatus.UNBACKED, List.copyOf(reasons));
    }
}
