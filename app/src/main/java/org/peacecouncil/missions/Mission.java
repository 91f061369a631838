package org.peacecouncil.missions;

import java.time.Instant;
import java.util.List;

import org.peacecouncil.platform.StateCode;

/** A mission as established: its name, command, lead and deputy states, and what authorizes it. */
public record Mission(MissionId id, long seq, String name, String command, StateCode leadState, StateCode deputyState,
        String decision, List<MissionCommands.Authority> authorities, String recordedBy, Instant recordedAt) {
}
