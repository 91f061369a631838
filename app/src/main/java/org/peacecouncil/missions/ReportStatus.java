package org.peacecouncil.missions;

/** Where a report due under the mandate's reporting cycle stands, as of the day it is read. */
public enum ReportStatus {
    /** the mission's office filed it */
    FILED,
    /** its date has passed and no report is filed on this record */
    OVERDUE,
    /** its date is still to come */
    UPCOMING
}
