package org.peacecouncil.decisions;

import java.util.List;

import org.peacecouncil.support.Api;

/** A voting meeting in session with some delegations present: what most decision specifications start from. */
record Sitting(String meetingId, List<String> present) {

    static String meetingJson(String kind, String title) {
        return Api.json("kind", kind, "title", title, "place", "Washington, D.C.", "startsAt", "2026-02-19T15:00:00Z",
                "agenda", List.of("Gaza reconstruction and assistance package"));
    }

    static String motionJson(String kind, String title) {
        return Api.json("kind", kind, "title", title, "text", "The Board decides: " + title + ".");
    }

    static String ballot(String vote) {
        return Api.json("vote", vote);
    }
}
