package org.peacecouncil.platform;

import java.time.Instant;
import java.util.List;

/**
 * What awaits a state's delegation in one module (a vote open to it, an entry made on its behalf): each module that
 * has such work says so through this, and the delegation's workspace lists it all, newest first, as its to-do list.
 * Reads only.
 */
public interface AwaitingWork {

    /**
     * One thing to do: what it is, in words, where to do it, since when it waits and by when it must be done, if at all.
     *
     * @param kind a short name of the kind of work ("Vote open", "Entered on your behalf")
     */
    record Item(String kind, String title, String detail, String href, Instant since, Instant deadline) {
    }

    /** What awaits a state's delegation; a module whose work is only for the offices has none. */
    default List<Item> forDelegation(StateCode state, Instant now) {
        return List.of();
    }

    /** What awaits an office the charter names ({@code office}: "CHAIR" or "SECRETARIAT"). */
    default List<Item> forOffice(String office, Instant now) {
        return List.of();
    }
}
