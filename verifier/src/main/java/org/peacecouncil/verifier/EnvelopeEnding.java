package org.peacecouncil.verifier;

import java.nio.charset.StandardCharsets;

/**
 * The fixed ending of a log entry's envelope, read back from its last byte: enough to tell, in a few bytes, whether the
 * entry may carry a signature or register or revoke a key, so that the verifier parses only those entries.
 */
final class EnvelopeEnding {

    private EnvelopeEnding() {
    }

    /**
     * Whether the entry may be signed or a key act, read from its end. An entry is RFC 8785 JSON whose top-level keys
     * come in one order (actor, module, payload, seq, signature, state, time, type, version), so it ends
     * {@code <x>,"time":"<27 characters>","type":"<type>","version":<n>}} where {@code <x>} closes the signature block
     * ({@code }}), the state ({@code ,"state":"AZE"} before it, and then {@code }} or the sequence number's last
     * digit) or is that digit. Reading back over those few bytes answers; an entry that does not end so (an older
     * time format, say) is parsed in full.
     */
    static boolean mayBeSignedOrAKeyAct(byte[] bytes, int offset, int length) {
        int p = offset + length;
        if (p <= offset || bytes[p - 1] != '}') {
            return true;
        }
        p--;
        while (p > offset && isDigit(bytes[p - 1])) {
            p--;
        }
        if (!endsAt(bytes, offset, p, VERSION_KEY) || bytes[p - VERSION_KEY.length - 1] != '"') {
            return true;
        }
        p -= VERSION_KEY.length + 1;
        int typeEnd = p;
        while (p > offset && bytes[p - 1] != '"') {
            p--;
        }
        int typeStart = p;
        p--; // the type's opening quote
        if (!endsAt(bytes, offset, p, TYPE_KEY)) {
            return true;
        }
        if (startsWith(bytes, typeStart, typeEnd, KEY_TYPE)) {
            return true;
        }
        p -= TYPE_KEY.length;
        if (p - TIME_WIDTH - 2 < offset || bytes[p - 1] != '"' || bytes[p - TIME_WIDTH - 2] != '"') {
            return true;
        }
        p -= TIME_WIDTH + 2;
        if (!endsAt(bytes, offset, p, TIME_KEY)) {
            return true;
        }
        p -= TIME_KEY.length;
        if (p > offset && bytes[p - 1] == '"') { // the state: ,"state":"AZE"
            p -= STATE_WIDTH + 2;
            if (p <= offset || bytes[p] != '"' || !endsAt(bytes, offset, p, STATE_KEY)) {
                return true;
            }
            p -= STATE_KEY.length;
        }
        return p <= offset || !isDigit(bytes[p - 1]); // a digit: the sequence number, so no signature block
    }

    private static final byte[] VERSION_KEY = ",\"version\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TYPE_KEY = ",\"type\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TIME_KEY = ",\"time\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STATE_KEY = ",\"state\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_TYPE = "DelegationKey".getBytes(StandardCharsets.US_ASCII);
    /** {@code 2026-01-22T11:02:00.123456Z}: the log's one time format. */
    private static final int TIME_WIDTH = 27;
    /** An ISO 3166-1 alpha-3 code. */
    private static final int STATE_WIDTH = 3;

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** Whether {@code marker} ends just before {@code end}, not before {@code offset}. */
    private static boolean endsAt(byte[] bytes, int offset, int end, byte[] marker) {
        return end - marker.length >= offset && startsWith(bytes, end - marker.length, end, marker);
    }

    private static boolean startsWith(byte[] bytes, int at, int end, byte[] marker) {
        if (end - at < marker.length) {
            return false;
        }
        for (int j = 0; j < marker.length; j++) {
            if (bytes[at + j] != marker[j]) {
                return false;
            }
        }
        return true;
    }

}
