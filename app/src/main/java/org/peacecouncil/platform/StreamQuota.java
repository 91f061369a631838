package org.peacecouncil.platform;

import java.util.HashMap;
import java.util.Map;

/**
 * How many live streams the server holds, overall and per client address: a stream is admitted while both are under
 * their caps, and released exactly once when it ends. Streams hold a connection each for minutes, so without caps a
 * few clients could take every connection the server has.
 */
public final class StreamQuota {

    /** Why a stream was not admitted, or null when it was. */
    public enum Refusal { SERVER_FULL, ADDRESS_FULL }

    private final int overall;
    private final int perAddress;
    private final Map<String, Integer> byAddress = new HashMap<>();
    private int held;

    public StreamQuota(int overall, int perAddress) {
        if (overall < 1 || perAddress < 1) {
            throw new IllegalArgumentException("stream caps are at least 1");
        }
        this.overall = overall;
        this.perAddress = perAddress;
    }

    /** Admits a stream from {@code address}: null, or why not (nothing is held then). */
    public synchronized Refusal admit(String address) {
        if (held >= overall) {
            return Refusal.SERVER_FULL;
        }
        int fromAddress = byAddress.getOrDefault(address, 0);
        if (fromAddress >= perAddress) {
            return Refusal.ADDRESS_FULL;
        }
        byAddress.put(address, fromAddress + 1);
        held++;
        return null;
    }

    /** Releases one admitted stream from {@code address}. */
    public synchronized void release(String address) {
        Integer fromAddress = byAddress.get(address);
        if (fromAddress == null) {
            throw new IllegalStateException("no stream is held from " + address);
        }
        if (fromAddress == 1) {
            byAddress.remove(address);
        } else {
            byAddress.put(address, fromAddress - 1);
        }
        held--;
    }

    public synchronized int held() {
        return held;
    }

    public synchronized int heldFrom(String address) {
        return byAddress.getOrDefault(address, 0);
    }
}
