package org.peacecouncil.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.claims.Claims;
import org.peacecouncil.claims.ClaimsCommands;
import org.peacecouncil.charter.MotionKind;
import org.peacecouncil.charter.Office;
import org.peacecouncil.decisions.DecisionCommands;
import org.peacecouncil.decisions.MeetingId;
import org.peacecouncil.decisions.MeetingKind;
import org.peacecouncil.decisions.Meetings;
import org.peacecouncil.decisions.Motions;
import org.peacecouncil.finance.Administration;
import org.peacecouncil.finance.FinanceCommands;
import org.peacecouncil.finance.Finances;
import org.peacecouncil.finance.FlowKind;
import org.peacecouncil.finance.FundId;
import org.peacecouncil.identity.Accounts;
import org.peacecouncil.identity.Actor;
import org.peacecouncil.identity.Passwords;
import org.peacecouncil.identity.Role;
import org.peacecouncil.membership.InvitationId;
import org.peacecouncil.membership.MembershipCommands;
import org.peacecouncil.membership.Memberships;
import org.peacecouncil.membership.Officers;
import org.peacecouncil.missions.CaveatKind;
import org.peacecouncil.missions.MissionCommands;
import org.peacecouncil.missions.MissionId;
import org.peacecouncil.missions.Missions;
import org.peacecouncil.missions.PersonnelType;
import org.peacecouncil.missions.Readiness;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.CouncilProperties;
import org.peacecouncil.platform.StateCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Seeds the demo council once, into an empty database, when demo mode is on. */
@Component
@Order(10)
class DemoCouncil implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCouncil.class);
    static final String SCENARIO = "demo/board-of-peace-2026.yaml";
    /** Reported only as "before 19 February 2026"; the demo dates Israel's consent the day before. */
    static final LocalDate ISRAEL_CONSENT = LocalDate.of(2026, 2, 18);

    private final Accounts accounts;
    private final Memberships memberships;
    private final Officers officers;
    private final CouncilProperties properties;
    private final TransactionTemplate tx;
    private final Meetings meetings;
    private final Motions motions;
    private final java.time.Clock clock;
    private final Charter charter;
    private final Finances finances;
    private final Missions missions;
    private final Claims claims;

    DemoCouncil(Accounts accounts, Memberships memberships, Officers officers, CouncilProperties properties,
            TransactionTemplate tx, Meetings meetings, Motions motions, java.time.Clock clock, Charter charter, Finances finances,
            Missions missions, Claims claims) {
        this.missions = missions;
        this.claims = claims;
        this.charter = charter;
        this.finances = finances;
        this.meetings = meetings;
        this.motions = motions;
        this.clock = clock;
        this.accounts = accounts;
        this.memberships = memberships;
        this.officers = officers;
        this.properties = properties;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo().enabled() || args.containsOption("peace-council.operator-command")) {
            return;
        }
        if (accounts.count() > 0) {
            log.warn("Demo mode: the database in {} already holds a council, so nothing was seeded. The demo password applies "
                    + "to the first seeding only: the accounts keep the password they were seeded with. To start afresh, stop "
                    + "the platform and delete that data directory.", properties.dataDir().toAbsolutePath());
            return;
        }
        var scenario = Scenario.load();
        String given = properties.demo().password();
        String password = given == null || given.isBlank() ? Passwords.generate() : given;
        // One transaction: the acts are dated in early 2026, and a reader or the calendar task settling at today's
        // date while seeding ran would lapse the invitations not yet answered. Nobody sees a half-seeded council.
        var credential = accounts.credential(password); // hashed once, before the seeding's transaction
        tx.executeWithoutResult(status -> seed(scenario, credential));
        log.warn("""

                ================================================================
                 Demo council seeded from {}.
                 Accounts (all with the password below):
                   chair, secretariat, delegate-<alpha-3 in lower case>
                   e.g. delegate-aze, delegate-usa, delegate-nor
                 password: {}
                 {}
                ================================================================""", SCENARIO, password,
                given == null || given.isBlank() ? "(generated; set PEACE_COUNCIL_DEMO_PASSWORD to choose one)"
                        : "(from PEACE_COUNCIL_DEMO_PASSWORD)");
    }

    void seed(Scenario scenario, Accounts.Credential password) {
        var chair = accounts.create("chair", Role.CHAIR, null, scenario.chairPerson() + ", " + scenario.chairTitle(), password, false)
                .actor();
        var secretariat = accounts.create("secretariat", Role.SECRETARIAT, null, "Secretariat", password, false).actor();
        // The demo acts through the offices the charter in force names, so it runs under every charter.
        Actor inviter = holderOf(charter.membership().invitedBy(), "invites states", chair, secretariat);
        Actor convener = holderOf(charter.meetings().calledBy(), "calls meetings", chair, secretariat);
        var states = new LinkedHashSet<String>();
        states.addAll(scenario.foundingMembers());
        states.add("ISR");
        states.addAll(scenario.stayedOut());
        for (String state : states) {
            accounts.create("delegate-" + state.toLowerCase(Locale.ROOT), Role.DELEGATE, state,
                    "Delegation of " + Countries.name(state), password, false);
        }

        Instant signing = at(scenario.signed(), 10);
        officers.recordChair(secretariat, scenario.chairPerson(), scenario.chairTitle(), scenario.chairState(),
                scenario.signed(), signing);
        // The Chair's own state first, so the charter enters into force with the first three consents that day.
        var founding = new ArrayList<String>();
        founding.add(scenario.chairState());
        scenario.foundingMembers().stream().filter(s -> !s.equals(scenario.chairState())).forEach(founding::add);
        int minute = 0;
        for (String state : founding) {
            var invitation = memberships.invite(inviter, MembershipCommands.Invite.of(state,
                    "Invitation to join the Board of Peace as a founding member."), at(scenario.signed(), 9).plusSeconds(minute * 60L));
            memberships.consent(delegate(state), new InvitationId(invitation.id()), at(scenario.signed(), 11).plusSeconds(minute * 60L));
            minute++;
        }
        var israel = memberships.invite(inviter, MembershipCommands.Invite.of("ISR", null), at(ISRAEL_CONSENT.minusDays(7), 12));
        memberships.consent(delegate("ISR"), new InvitationId(israel.id()), at(ISRAEL_CONSENT, 12));
        for (String person : scenario.executiveBoard()) {
            officers.appointToExecutiveBoard(chair, person, scenario.signed(), signing.plusSeconds(3600));
        }
        for (String observer : scenario.observersAtFirstMeeting()) {
            memberships.recordObserver(secretariat, MembershipCommands.RecordObserver.of(observer, null,
                    "Attended the first meeting (Washington, D.C.) as an observer."), at(scenario.firstMeeting(), 15));
        }
        memberships.recordObserver(secretariat, MembershipCommands.RecordObserver.of(null, "European Union",
                "Attended the first meeting (Washington, D.C.) as an observer."), at(scenario.firstMeeting(), 15));
        var subjects = new java.util.HashMap<String, String>();
        subjects.putAll(seedFunds(scenario, holderOf(charter.finance().fundsOpenedBy(), "opens funds", chair, secretariat)));
        Actor office = holderOf(charter.missions().managedBy(), "runs missions", chair, secretariat);
        for (var mission : scenario.missions()) {
            subjects.put(mission.id(), seedMission(scenario, mission, office));
        }
        seedClaims(scenario, subjects, secretariat);
        seedDemonstrationSitting(convener);
    }

    /**
     * A mission of the scenario as its authority made it, established on the record by the office that runs missions
     * on the day of the first meeting; then only what states said themselves: a contributor that named its number
     * offers it through its own delegation (Indonesia's "up to 8,000 troops"); the state that answered with a
     * questionnaire files it and declares its caveats (Azerbaijan). A contributor that was only announced, with no
     * number of its own, gets no record at all.
     */
    private String seedMission(Scenario scenario, Scenario.ScenarioMission mission, Actor office) {
        Instant at = at(scenario.firstMeeting(), 17);
        var authorities = mission.authorities().stream().map(a -> new MissionCommands.Authority(a.body(), "Resolution " + a.resolution(),
                a.adoptedOn(), a.vote(), a.until())).toList();
        var authority = mission.authorities().isEmpty() ? null : mission.authorities().get(0);
        var strength = new java.util.EnumMap<PersonnelType, Integer>(PersonnelType.class);
        mission.targetStrength().forEach((type, n) -> strength.put(PersonnelType.valueOf(type.toUpperCase(Locale.ROOT)), n));
        var terms = new MissionCommands.MandateTerms(mission.tasks(), "Gaza Strip" + (mission.firstArea() == null ? ""
                : "; " + mission.firstArea() + " first"), strength, mission.useOfForce(), authority == null ? scenario.firstMeeting()
                : authority.adoptedOn(), authority == null ? null : authority.until(), months(authority == null ? null : authority.reports()),
                authorities.stream().map(a -> a.body() + " " + a.reference() + ", adopted " + a.adoptedOn()).toList());
        var established = missions.establish(office, new MissionCommands.Establish(mission.name(), mission.commander() == null ? null
                : "Commander: " + mission.commander(), null, mission.deputyCommandState() == null ? null
                : StateCode.of(mission.deputyCommandState()), null, authorities, terms), at);
        var id = new MissionId(established.id());
        int minute = 10;
        for (var contributor : mission.announced()) {
            if (contributor.upTo() == null) {
                continue;
            }
            var type = PersonnelType.valueOf(contributor.personnel().toUpperCase(Locale.ROOT));
            missions.offer(delegate(contributor.state()), id, new MissionCommands.MakeOffer(StateCode.of(contributor.state()),
                    java.util.Map.of(type, contributor.upTo()), List.of(), Readiness.REGISTERED, List.of(),
                    String.format(Locale.ROOT, "Up to %,d %s, as %s announced: a ceiling, not yet units assessed.", contributor.upTo(),
                            contributor.personnel(), Countries.name(contributor.state())), 1, null), at.plusSeconds(60L * minute++));
        }
        var caveats = scenario.caveats();
        if (caveats != null) {
            var questionnaire = Questionnaire.load();
            missions.fileQuestions(delegate(caveats.state()), id, new MissionCommands.FileQuestions(StateCode.of(caveats.state()),
                    questionnaire.questions().stream().map(q -> new MissionCommands.NewQuestion(q + " " + questionnaire.marker(), false))
                            .toList()), at.plusSeconds(60L * minute++));
            missions.declareCaveats(delegate(caveats.state()), id, new MissionCommands.DeclareCaveats(StateCode.of(caveats.state()),
                    caveats.caveats().stream().map(DemoCouncil::caveat).toList()), at.plusSeconds(60L * minute));
        }
        return established.id();
    }

    /**
     * The scenario's statements, after the first meeting's records: each claim about states recorded by the
     * secretariat as it was reported, each clarification recorded by the clarifying state's own delegation, typed as
     * the demo reads their words ({@link ClaimReading}). No verdict is written: they follow from the records.
     */
    private void seedClaims(Scenario scenario, java.util.Map<String, String> subjects, Actor secretariat) {
        var readings = ClaimReading.load();
        Instant at = at(scenario.firstMeeting(), 18);
        int minute = 0;
        for (var statement : scenario.statements()) {
            var reading = readings.get(statement.id());
            if (reading == null) {
                continue;
            }
            var assertion = reading.assertion(subjects);
            Instant when = at.plusSeconds(60L * minute++);
            if (statement.byState() == null) {
                claims.state(secretariat, new ClaimsCommands.NewStatement(statement.speaker(), null, null, statement.day(),
                        statement.asReported(), null, null, statement.claim(), List.of(new ClaimsCommands.StatedAssertion(assertion,
                                statement.states().stream().map(StateCode::of).toList()))), when);
            } else {
                claims.clarify(delegate(statement.byState()), new ClaimsCommands.NewClarification(StateCode.of(statement.byState()),
                        statement.speaker(), statement.day(), null, null, statement.says(), List.of(new ClaimsCommands.Position(assertion,
                                reading.affirms())), null), when);
            }
        }
    }

    /** A caveat in the scenario's words, structured where its words say which kind it is. */
    private static MissionCommands.Caveat caveat(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.startsWith("guarding of")) {
            return new MissionCommands.Caveat(CaveatKind.FIXED_SITES_ONLY, null, null, null, words);
        }
        if (lower.startsWith("no ") && lower.contains("combat operations")) {
            return new MissionCommands.Caveat(CaveatKind.TASK_EXCLUDED, "combat operations", null, null, words);
        }
        return new MissionCommands.Caveat(CaveatKind.OTHER, null, null, null, words);
    }

    /** "every six months" as a number of months; a cycle the scenario does not give is taken as six months, the UN's usual. */
    private static int months(String reports) {
        if (reports == null) {
            return 6;
        }
        var words = java.util.Map.of("every month", 1, "every three months", 3, "every six months", 6, "every year", 12,
                "every twelve months", 12);
        return words.getOrDefault(reports.strip().toLowerCase(Locale.ROOT), 6);
    }

    /**
     * The funds of the scenario with their announced totals, kept as announcements; then the pledges that the pledging
     * states announced themselves, each recorded as its own delegation's act. A pledge that names no fund (the USA's)
     * has no fund to be recorded in: it is kept as what was announced, which makes no contributor; no other state has
     * any record at all.
     */
    private java.util.Map<String, String> seedFunds(Scenario scenario, Actor opener) {
        Instant meeting = at(scenario.firstMeeting(), 16);
        var opened = new java.util.HashMap<String, String>();
        for (var fund : scenario.funds()) {
            var announcement = fund.announced() == null ? null : new FinanceCommands.Announcement(new FinanceCommands.Cash(
                    fund.announced() * 100, fund.currency()), "the host of the first meeting (Washington, D.C.)", null);
            var view = finances.openFund(opener, new FinanceCommands.OpenFund(fund.name(), fund.currency(), Administration.COUNCIL, null,
                    announcement), meeting);
            opened.put(fund.id(), view.id());
        }
        int minute = 1;
        for (var pledge : scenario.pledges()) {
            String fund = pledge.fund() == null ? null : opened.get(pledge.fund());
            if (fund == null) {
                finances.announceContribution(opener, new FinanceCommands.AnnounceContribution(StateCode.of(pledge.state()),
                        new FinanceCommands.Cash(pledge.amount() * 100, pledge.currency()), scenario.firstMeeting(),
                        Countries.name(pledge.state()) + ", at the first meeting (Washington, D.C.)"
                                + (pledge.note() == null ? "" : "; " + pledge.note()), null), meeting.plusSeconds(60L * minute++));
                continue;
            }
            finances.pledge(delegate(pledge.state()), new FundId(fund), new FinanceCommands.Pledge(FlowKind.PLEDGE,
                    StateCode.of(pledge.state()), new FinanceCommands.Cash(pledge.amount() * 100, pledge.currency()), null,
                    scenario.firstMeeting(), null, null), meeting.plusSeconds(60L * minute++));
        }
        return opened;
    }

    /** The demo account holding an office the charter names; a charter that gives the act to no office cannot be demonstrated. */
    private Actor holderOf(Office office, String what, Actor chair, Actor secretariat) {
        return switch (office) {
            case CHAIR -> chair;
            case SECRETARIAT -> secretariat;
            case NONE -> throw new IllegalStateException("The demo council cannot be seeded under the charter " + charter.id()
                    + ": it names no office that " + what + ".");
        };
    }

    /**
     * A sitting called for today so that the demo can show a vote: the secretariat opens it, delegations register
     * and vote. It is labelled as a demonstration, and no state's attendance or vote is invented.
     */
    private void seedDemonstrationSitting(Actor convener) {
        Instant now = clock.instant();
        var sitting = meetings.call(convener, new DecisionCommands.CallMeeting(MeetingKind.VOTING, "Demonstration sitting", "Online",
                now.truncatedTo(java.time.temporal.ChronoUnit.HOURS),
                List.of("Budget of the Gaza reconstruction and assistance fund", "Any other business")), now);
        motions.propose(convener, new MeetingId(sitting.id()), new DecisionCommands.TableMotion(MotionKind.BUDGET,
                "Budget of the Gaza reconstruction fund for 2026 (demonstration)",
                "The Board approves a budget for the Gaza reconstruction and assistance fund for 2026. (A demonstration "
                        + "motion: it is not a real proposal of the Board of Peace.)", null), now);
    }

    private static Actor delegate(String state) {
        return Actor.delegateOf(state, "delegate-" + state.toLowerCase(Locale.ROOT));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).toInstant(ZoneOffset.UTC);
    }
}
