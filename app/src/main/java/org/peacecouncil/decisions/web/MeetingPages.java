package org.peacecouncil.decisions.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.charter.MotionKind;
import org.peacecouncil.charter.Office;
import org.peacecouncil.decisions.AttendanceStatus;
import org.peacecouncil.decisions.Capacity;
import org.peacecouncil.decisions.DecisionCommands;
import org.peacecouncil.decisions.ElectionId;
import org.peacecouncil.decisions.Elections;
import org.peacecouncil.decisions.MeetingId;
import org.peacecouncil.decisions.MeetingKind;
import org.peacecouncil.decisions.Meetings;
import org.peacecouncil.decisions.MotionId;
import org.peacecouncil.decisions.Motions;
import org.peacecouncil.decisions.Offices;
import org.peacecouncil.decisions.Vote;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.platform.ActSignature;
import org.peacecouncil.platform.CouncilProblem;
import org.peacecouncil.platform.StateCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Meetings in the browser. Public readers see every meeting, motion, roll-call and election (live, where
 * JavaScript runs; on reload, where it does not). Signed in, each sees only what it may do: a delegation
 * registers its attendance and votes for its own state; the Chair and the secretariat run the sitting; the
 * offices the charter names approve alternates, break ties and approve decisions. Every form posts to the same
 * commands as the API and shows a refusal as a readable message.
 * (Its length: one short handler per page and form of meetings, motions and elections.)
 */
@Controller
class MeetingPages {

    private final Meetings meetings;
    private final Motions motions;
    private final Elections elections;
    private final LiveRollCall live;
    private final Charter charter;
    private final Offices offices;
    private final Clock clock;

    private final org.springframework.context.MessageSource messages;

    MeetingPages(Meetings meetings, Motions motions, Elections elections, LiveRollCall live, Charter charter, Offices offices,
            Clock clock, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.offices = offices;
        this.meetings = meetings;
        this.motions = motions;
        this.elections = elections;
        this.live = live;
        this.charter = charter;
        this.clock = clock;
    }

    @GetMapping("/meetings")
    String meetings(Actor actor, Model model) {
        model.addAttribute("meetings", meetings.meetings());
        model.addAttribute("canCall", holds(actor, charter.meetings().calledBy()));
        model.addAttribute("kinds", MeetingKind.values());
        return "meetings";
    }

    @GetMapping("/meetings/{id}")
    String meeting(Actor actor, @PathVariable String id, Model model) {
        var meeting = meetings.meeting(new MeetingId(id));
        model.addAttribute("meeting", meeting);
        model.addAttribute("voting", meeting.motions().stream()
                .filter(m -> m.status() == org.peacecouncil.decisions.MotionStatus.VOTING).map(m -> motions.motion(new MotionId(m.id()))).toList());
        model.addAttribute("officer", offices.isOfficer(actor));
        model.addAttribute("approvesAlternates", holds(actor, charter.meetings().alternatesApprovedBy()));
        model.addAttribute("kinds", MotionKind.values());
        model.addAttribute("mine", actor.isDelegate() ? meeting.attendance().stream()
                .filter(a -> actor.state().equals(a.state())).findFirst().orElse(null) : null);
        model.addAttribute("awaiting", meeting.attendance().stream().filter(a -> a.status() == AttendanceStatus.AWAITING_APPROVAL).toList());
        return "meeting";
    }

    @GetMapping("/motions/{id}")
    String motion(Actor actor, @PathVariable String id, Model model) {
        var motion = motions.motion(new MotionId(id));
        model.addAttribute("motion", motion);
        model.addAttribute("officer", offices.isOfficer(actor));
        var rule = charter.ruleFor(motion.kind());
        model.addAttribute("breaksTies", holds(actor, rule.tieBreak()));
        model.addAttribute("approves", holds(actor, rule.approvalBy()));
        model.addAttribute("decides", holds(actor, rule.decidedBy()));
        model.addAttribute("myBallot", actor.isDelegate() ? motion.ballots().stream()
                .filter(b -> b.state().equals(actor.state())).findFirst().orElse(null) : null);
        model.addAttribute("votes", Vote.values());
        return "motion";
    }

    @GetMapping(value = "/motions/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter live(@PathVariable String id) {
        return live.follow(id, LiveRollCall.Format.HTML);
    }

    @GetMapping("/elections/{id}")
    String election(Actor actor, @PathVariable String id, Model model) {
        var election = elections.election(new ElectionId(id));
        model.addAttribute("election", election);
        model.addAttribute("meeting", meetings.meeting(new MeetingId(election.meetingId())));
        model.addAttribute("officer", offices.isOfficer(actor));
        model.addAttribute("stateName", actor.isDelegate() ? org.peacecouncil.platform.Countries.name(actor.state()) : null);
        return "election";
    }

    // ------------------------------------------------------------------ forms

    @PostMapping("/meetings")
    String call(Actor actor, @RequestParam MeetingKind kind, @RequestParam String title, @RequestParam String place,
            @RequestParam String startsAt, @RequestParam(required = false) String agenda, RedirectAttributes flash) {
        try {
            var meeting = meetings.call(actor, new DecisionCommands.CallMeeting(kind, title, place, instant(startsAt), lines(agenda)), clock.instant());
            flash.addFlashAttribute("notice", "Called the meeting “" + meeting.title() + "”.");
            return "redirect:/meetings/" + meeting.id();
        } catch (CouncilProblem refused) {
            flash.addFlashAttribute("error", refused.getMessage());
            return "redirect:/meetings";
        }
    }

    @PostMapping("/meetings/{id}/opening")
    String open(Actor actor, @PathVariable String id, RedirectAttributes flash) {
        return act(flash, "/meetings/" + id, () -> { meetings.open(actor, new MeetingId(id), clock.instant()); return "The sitting is open."; });
    }

    @PostMapping("/meetings/{id}/adjournment")
    String adjourn(Actor actor, @PathVariable String id, RedirectAttributes flash) {
        return act(flash, "/meetings/" + id, () -> { meetings.adjourn(actor, new MeetingId(id), clock.instant()); return "The sitting is adjourned."; });
    }

    @PostMapping("/meetings/{id}/attendance")
    String attend(Actor actor, @PathVariable String id, @RequestParam Capacity capacity, @RequestParam String representative,
            RedirectAttributes flash) {
        return act(flash, "/meetings/" + id, () -> {
            meetings.attend(actor, new MeetingId(id), new DecisionCommands.RegisterAttendance(StateCode.given(actor.state()), capacity, representative),
                    clock.instant());
            return capacity == Capacity.ALTERNATE ? "Registered; the alternate awaits approval." : "Your delegation is present.";
        });
    }

    @PostMapping("/meetings/{id}/observers")
    String observe(Actor actor, @PathVariable String id, @RequestParam(required = false) String state,
            @RequestParam(required = false) String organisation, @RequestParam String representative, RedirectAttributes flash) {
        return act(flash, "/meetings/" + id, () -> {
            meetings.observe(actor, new MeetingId(id), DecisionCommands.RecordMeetingObserver.of(state, organisation, representative), clock.instant());
            return "Observer recorded.";
        });
    }

    @PostMapping("/meetings/{id}/attendance/{state}/approval")
    String approveAlternate(Actor actor, @PathVariable String id, @PathVariable String state, @RequestParam boolean approve,
            RedirectAttributes flash) {
        return act(flash, "/meetings/" + id, () -> {
            meetings.decideAlternate(actor, new MeetingId(id), StateCode.of(state), new DecisionCommands.DecideAlternate(approve), clock.instant());
            return approve ? "Alternate approved." : "Alternate not approved.";
        });
    }

    @PostMapping("/meetings/{id}/motions")
    String propose(Actor actor, @PathVariable String id, @RequestParam(required = false) MotionKind kind,
            @RequestParam String title, @RequestParam String text, @RequestParam(required = false) String amends,
            RedirectAttributes flash) {
        return act(flash, "/meetings/" + id, () -> {
            var motion = motions.propose(actor, new MeetingId(id), DecisionCommands.TableMotion.of(kind, title, text, amends), clock.instant());
            return "Tabled “" + motion.title() + "”.";
        });
    }

    @PostMapping("/motions/{id}/voting")
    String openVoting(Actor actor, @PathVariable String id, @RequestParam int minutes, RedirectAttributes flash) {
        return act(flash, "/motions/" + id, () -> {
            motions.openVoting(actor, new MotionId(id), new DecisionCommands.PutToTheVote(null, minutes), clock.instant());
            return "Voting is open for " + minutes + " minutes.";
        });
    }

    @PostMapping("/motions/{id}/closing")
    String close(Actor actor, @PathVariable String id, RedirectAttributes flash) {
        return act(flash, "/motions/" + id, () -> "Voting closed: " + motions.close(actor, new MotionId(id), clock.instant()).outcome().summary());
    }

    @PostMapping("/motions/{id}/ballots")
    String cast(Actor actor, @PathVariable String id, @RequestParam Vote vote, @RequestParam(required = false) String explanation,
            @RequestParam(required = false) String signatureKeyId, @RequestParam(required = false) String signatureSignedAt,
            @RequestParam(required = false) String signatureValue, RedirectAttributes flash) {
        return act(flash, "/motions/" + id, () -> {
            var signature = ActSignature.fromForm(signatureKeyId, signatureSignedAt, signatureValue);
            motions.cast(actor, new MotionId(id), new DecisionCommands.CastBallot(null, vote, explanation, signature), clock.instant());
            var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            String word = messages.getMessage("vote." + vote.name(), null, locale);
            return signature == null ? messages.getMessage("ballot.recordedNotice", new Object[] {word}, locale)
                    : messages.getMessage("ballot.recordedSignedNotice", new Object[] {word, signature.keyId()}, locale);
        });
    }

    @PostMapping("/motions/{id}/tie-break")
    String breakTie(Actor actor, @PathVariable String id, @RequestParam Vote vote, RedirectAttributes flash) {
        return act(flash, "/motions/" + id, () -> motions.breakTie(actor, new MotionId(id), new DecisionCommands.BreakTie(vote), clock.instant()).outcome().summary());
    }

    @PostMapping("/motions/{id}/approval")
    String approve(Actor actor, @PathVariable String id, @RequestParam boolean approve, RedirectAttributes flash) {
        return act(flash, "/motions/" + id, () -> motions.decideApproval(actor, new MotionId(id), new DecisionCommands.DecideApproval(approve), clock.instant()).outcome().summary());
    }

    @PostMapping("/motions/{id}/decision")
    String decide(Actor actor, @PathVariable String id, @RequestParam boolean adopt, RedirectAttributes flash) {
        return act(flash, "/motions/" + id, () -> motions.decideByOffice(actor, new MotionId(id), new DecisionCommands.DecideByOffice(adopt), clock.instant()).outcome().summary());
    }

    @PostMapping("/meetings/{id}/elections")
    String callElection(Actor actor, @PathVariable String id, @RequestParam String seat, @RequestParam String candidates,
            RedirectAttributes flash) {
        try {
            var nominees = lines(candidates).stream().map(name -> new DecisionCommands.Nominee(name, null)).toList();
            var election = elections.call(actor, new DecisionCommands.CallElection(new MeetingId(id), seat, nominees), clock.instant());
            return "redirect:/elections/" + election.id();
        } catch (CouncilProblem refused) {
            flash.addFlashAttribute("error", refused.getMessage());
            return "redirect:/meetings/" + id;
        }
    }

    @PostMapping("/elections/{id}/rounds")
    String openRound(Actor actor, @PathVariable String id, @RequestParam int minutes, RedirectAttributes flash) {
        return act(flash, "/elections/" + id, () -> {
            var election = elections.openRound(actor, new ElectionId(id), new DecisionCommands.OpenRound(null, minutes, List.of()),
                    clock.instant());
            return "Round " + election.rounds().size() + " is open.";
        });
    }

    @PostMapping("/elections/{id}/ballots")
    String castInElection(Actor actor, @PathVariable String id, @RequestParam(required = false) String candidate,
            RedirectAttributes flash) {
        return act(flash, "/elections/" + id, () -> {
            if (candidate == null || candidate.isBlank()) { // the form preselects nothing: abstaining is a choice too
                throw new CouncilProblem.InvalidRequest("choose-candidate", "Choose a candidate, or Abstain: nothing is chosen for you.");
            }
            elections.cast(actor, new ElectionId(id), new DecisionCommands.CastElectionBallot(null, candidate.equals("ABSTAIN") ? null : candidate),
                    clock.instant());
            return "Your ballot is recorded.";
        });
    }

    @PostMapping("/elections/{id}/closing")
    String closeRound(Actor actor, @PathVariable String id, RedirectAttributes flash) {
        return act(flash, "/elections/" + id, () -> {
            var election = elections.closeRound(actor, new ElectionId(id), clock.instant());
            return election.rounds().get(election.rounds().size() - 1).arithmetic();
        });
    }

    // ------------------------------------------------------------------ helpers

    private boolean holds(Actor actor, Office office) {
        return offices.holds(actor, office);
    }

    private static String act(RedirectAttributes flash, String back, Supplier<String> command) {
        try {
            flash.addFlashAttribute("notice", command.get());
        } catch (CouncilProblem refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:" + back;
    }

    /** A datetime-local field's value, read as UTC (every time on the site is UTC). */
    private static Instant instant(String text) {
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new CouncilProblem.InvalidRequest("starts-at", "Give the start as a date and time, e.g. 2026-02-19T10:00.");
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
