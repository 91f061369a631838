package org.peacecouncil.charter;

/**
 * Who convenes the council and who decides who may speak for a member.
 *
 * @param calledBy             the office that calls meetings
 * @param alternatesApprovedBy the office that approves an alternate sitting for a head of state or government
 */
public record MeetingRules(Office calledBy, Office alternatesApprovedBy) {
}
