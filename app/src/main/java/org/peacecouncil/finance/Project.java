package org.peacecouncil.finance;

import java.time.Instant;

/** A project of a fund, which disbursements pay: as IATI describes an activity. */
public record Project(ProjectId id, FundId fund, String name, Modality modality, Channel channel, String implementer,
        String location, String sector, ProjectStatus status, String recordedBy, Instant recordedAt) {
}
