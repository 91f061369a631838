/**
 * Missions under a mandate: a mission established by a council decision and/or an outside authority, its versioned
 * mandate (tasks, area, authorized strength by personnel type, use of force, dates, reporting cycle), and each
 * state's participation as that state itself said it — its questions, its offers with their national caveats, its
 * declines and withdrawals — with what the mission's office did with them: answers, acceptances, deployments.
 * Vocabulary follows UN force generation. Every act goes on the transparency log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Missions")
package org.peacecouncil.missions;
