package org.peacecouncil.finance;

/** A project's stage, as IATI's ActivityStatus codelist names them (codes 1 to 4). */
public enum ProjectStatus {
    PIPELINE, IMPLEMENTATION, FINALISATION, CLOSED
}
