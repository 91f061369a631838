package org.peacecouncil.decisions.web;

import java.time.Clock;
import java.util.Date;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import org.peacecouncil.decisions.MeetingStatus;
import org.peacecouncil.decisions.Meetings;
import org.peacecouncil.platform.StateCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A delegation's meetings as an iCalendar (RFC 5545) feed its calendar program subscribes to: every meeting the council
 * called, at its time in UTC, with its place and a link to its agenda and record. Public, as the meetings are.
 */
@Controller
class MeetingCalendar {

    private final Meetings meetings;
    private final Clock clock;
    private final String publicUrl;

    MeetingCalendar(Meetings meetings, Clock clock, org.peacecouncil.platform.CouncilProperties properties) {
        this.meetings = meetings;
        this.clock = clock;
        this.publicUrl = properties.publicUrl();
    }

    @GetMapping("/calendars/{state}.ics")
    ResponseEntity<String> calendar(@PathVariable String state) {
        var code = StateCode.of(state);
        var calendar = new ICalendar();
        calendar.setProductId("-//Peace Council//Meetings//EN");
        calendar.setName("Council meetings — delegation of " + code.name());
        calendar.setUrl(publicUrl + "/meetings");
        var now = Date.from(clock.instant());
        for (var meeting : meetings.meetings()) {
            var event = new VEvent();
            event.setUid("meeting-" + meeting.id() + "@" + java.net.URI.create(publicUrl).getHost());
            event.setDateTimeStamp(now);
            event.setDateStart(Date.from(meeting.startsAt()), true);
            event.setSummary(meeting.title());
            event.setLocation(meeting.place());
            event.setUrl(publicUrl + "/meetings/" + meeting.id());
            event.setDescription(meeting.kind().name().charAt(0) + meeting.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + " meeting" + (meeting.status() == MeetingStatus.ADJOURNED ? " (adjourned)" : "")
                    + ". Agenda, attendance and record: " + publicUrl + "/meetings/" + meeting.id());
            event.setStatus(Status.confirmed());
            calendar.addEvent(event);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .body(Biweekly.write(calendar).go());
    }
}
