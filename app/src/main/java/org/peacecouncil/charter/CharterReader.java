package org.peacecouncil.charter;

import java.io.StringReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peacecouncil.charter.DecisionRule.Abstentions;
import org.peacecouncil.charter.DecisionRule.Basis;
import org.peacecouncil.charter.DecisionRule.Quorum;
import org.peacecouncil.charter.DecisionRule.Threshold;
import org.peacecouncil.charter.DecisionRule.VetoHolders;
import org.peacecouncil.charter.MembershipRules.Permanence;
import org.peacecouncil.charter.MembershipRules.Removal;
import org.peacecouncil.charter.MembershipRules.Term;
import org.peacecouncil.charter.MembershipRules.TermStart;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.Money;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates a charter file. The format is described in docs/charter-format.md.
 * (Its length: one short method per section of the format, each validating its fields with file, line and field in
 * the error; split by section it would only scatter the one format.)
 */
public final class CharterReader {

    private CharterReader() {
    }

    public static Charter read(String file, String text) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new CharterFileException(file + ":" + (e.getProblemMark().getLine() + 1) + ": not valid YAML: " + e.getProblem(), e);
        }
        if (root == null) {
            throw new CharterFileException(file + ":1: the file is empty");
        }
        var doc = new YamlSection(file, "", root);
        String id = doc.requiredString("id");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw doc.error(root, "id", "use lower-case letters, digits and dashes, was '" + id + "'");
        }
        String name = doc.requiredString("name");
        String chairTitle = doc.string("chairTitle").orElse("Chair");
        var membership = membership(doc.requiredSection("membership"));
        var meetings = doc.section("meetings").map(CharterReader::meetings)
                .orElse(MeetingRules.defaults());
        var decisions = decisions(doc.requiredSection("decisions"));
        var elections = doc.section("elections").map(CharterReader::elections)
                .orElse(new ElectionRule(Basis.PRESENT_AND_VOTING, true, Optional.empty(), Abstentions.NOT_COUNTED));
        var officers = doc.section("officers").map(CharterReader::officers).orElse(OfficerRules.defaults());
        var finance = doc.section("finance").map(CharterReader::finance).orElse(FinanceRules.defaults());
        var missions = doc.section("missions").map(CharterReader::missions).orElse(MissionRules.defaults());
        var signatures = doc.section("signatures").map(CharterReader::signatures).orElse(SignatureRules.defaults());
        doc.noOtherFields();
        return new Charter(id, name, file, chairTitle, membership, meetings, decisions, elections, officers, finance, missions, signatures);
    }

    private static MembershipRules membership(YamlSection m) {
        Office invitedBy = m.enumValue("invitedBy", Office.class, null);
        if (invitedBy == Office.NONE) {
            throw m.fail("invitedBy", "someone must invite states (CHAIR or SECRETARIAT)");
        }
        int lapse = m.integer("invitationLapsesAfterDays", 1, 3650, 90);
        int consents = m.requiredInteger("consentsForEntryIntoForce", 1, 500);
        Optional<Term> term = m.section("term").map(t -> {
            var parsed = new Term(t.requiredInteger("years", 1, 100), t.enumValue("from", TermStart.class, null),
                    t.enumValue("renewedBy", Office.class, Office.NONE),
                    t.integer("renewableWithinDays", 1, 36500, Term.DEFAULT_RENEWABLE_WITHIN_DAYS), !t.has("renewableWithinDays"));
            t.noOtherFields();
            return parsed;
        });
        Optional<Permanence> permanent = m.section("permanent").map(CharterReader::permanence);
        Optional<Removal> removal = m.section("removal").map(r -> {
            Office by = r.enumValue("by", Office.class, null);
            var veto = r.requiredSection("veto");
            var fraction = veto.converted("fraction", Fraction::parse)
                    .orElseThrow(() -> veto.fail("fraction", "is required, e.g. 2/3"));
            int window = veto.requiredInteger("windowDays", 1, 3650);
            veto.noOtherFields();
            r.noOtherFields();
            return new Removal(by, fraction, window);
        });
        m.noOtherFields();
        return new MembershipRules(invitedBy, lapse, consents, term, permanent, removal);
    }

    private static MeetingRules meetings(YamlSection m) {
        Office calledBy = m.enumValue("calledBy", Office.class, Office.CHAIR);
        Office alternates = m.enumValue("alternatesApprovedBy", Office.class, Office.CHAIR);
        if (calledBy == Office.NONE || alternates == Office.NONE) {
            throw m.fail(calledBy == Office.NONE ? "calledBy" : "alternatesApprovedBy", "must name an office (CHAIR or SECRETARIAT)");
        }
        var defaulted = new java.util.TreeSet<String>();
        for (String field : List.of("calledBy", "alternatesApprovedBy", "runBy", "observersRecordedBy", "longestVoteDays")) {
            if (!m.has(field)) {
                defaulted.add(field);
            }
        }
        var runBy = offices(m, "runBy");
        var observers = offices(m, "observersRecordedBy");
        int longest = m.integer("longestVoteDays", 1, 365, MeetingRules.LONGEST_VOTE_DAYS);
        m.noOtherFields();
        return new MeetingRules(calledBy, alternates, runBy, observers, longest, java.util.Set.copyOf(defaulted));
    }

    /** A list of offices; absent: the Chair and the secretariat. */
    private static java.util.Set<Office> offices(YamlSection m, String key) {
        if (!m.has(key)) {
            return MeetingRules.CHAIR_AND_SECRETARIAT;
        }
        var offices = java.util.EnumSet.noneOf(Office.class);
        for (String name : m.strings(key, text -> {
            String upper = text.toUpperCase(java.util.Locale.ROOT);
            if (!upper.equals("CHAIR") && !upper.equals("SECRETARIAT")) {
                throw new IllegalArgumentException("'" + text + "' is not an office that acts (CHAIR or SECRETARIAT)");
            }
            return upper;
        })) {
            offices.add(Office.valueOf(name));
        }
        if (offices.isEmpty()) {
            throw m.fail(key, "must name at least one office (CHAIR, SECRETARIAT)");
        }
        return java.util.Set.copyOf(offices);
    }

    private static OfficerRules officers(YamlSection o) {
        var board = o.section("executiveBoard");
        if (board.isEmpty()) {
            o.noOtherFields();
            return OfficerRules.defaults();
        }
        var b = board.get();
        var defaulted = new java.util.TreeSet<String>();
        if (!b.has("appointedBy")) {
            defaulted.add("executiveBoard.appointedBy");
        }
        if (!b.has("termYears")) {
            defaulted.add("executiveBoard.termYears");
        }
        Office appointedBy = b.enumValue("appointedBy", Office.class, Office.CHAIR);
        if (appointedBy == Office.NONE) {
            throw b.fail("appointedBy", "must name an office (CHAIR or SECRETARIAT)");
        }
        int years = b.integer("termYears", 1, 50, 2);
        b.noOtherFields();
        o.noOtherFields();
        return new OfficerRules(appointedBy, years, java.util.Set.copyOf(defaulted));
    }

    private static FinanceRules finance(YamlSection f) {
        Office openedBy = f.enumValue("fundsOpenedBy", Office.class, Office.SECRETARIAT);
        if (openedBy == Office.NONE) {
            throw f.fail("fundsOpenedBy", "must name an office (CHAIR or SECRETARIAT)");
        }
        var defaulted = f.has("fundsOpenedBy") ? java.util.Set.<String>of() : java.util.Set.of("fundsOpenedBy");
        f.noOtherFields();
        return new FinanceRules(openedBy, defaulted);
    }

    private static SignatureRules signatures(YamlSection s) {
        var required = s.strings("required", act -> {
            if (!SignatureRules.SIGNABLE.contains(act)) {
                throw new IllegalArgumentException("'" + act + "' is not an act a delegation signs; one of " + String.join(", ", SignatureRules.SIGNABLE));
            }
            return act;
        });
        s.noOtherFields();
        return new SignatureRules(java.util.Set.copyOf(required));
    }

    private static MissionRules missions(YamlSection m) {
        Office managedBy = m.enumValue("managedBy", Office.class, Office.SECRETARIAT);
        if (managedBy == Office.NONE) {
            throw m.fail("managedBy", "must name an office (CHAIR or SECRETARIAT)");
        }
        var defaulted = m.has("managedBy") ? java.util.Set.<String>of() : java.util.Set.of("managedBy");
        m.noOtherFields();
        return new MissionRules(managedBy, defaulted);
    }

    private static ElectionRule elections(YamlSection e) {
        Basis basis = e.enumValue("basis", Basis.class, Basis.PRESENT_AND_VOTING);
        Abstentions abstentions = e.enumValue("abstentions", Abstentions.class, Abstentions.NOT_COUNTED);
        Threshold threshold = threshold(e);
        e.noOtherFields();
        return switch (threshold.kind()) {
            case MAJORITY -> new ElectionRule(basis, true, Optional.empty(), abstentions);
            case FRACTION -> new ElectionRule(basis, false, threshold.fraction(), abstentions);
            default -> throw e.fail("threshold", "an election needs MAJORITY or {fraction: n/d}");
        };
    }

    private static Permanence permanence(YamlSection p) {
        List<String> members = p.strings("members", code -> Countries.find(code)
                .orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not an ISO 3166-1 alpha-3 code"))
                .alpha3());
        Optional<Money> threshold = p.section("threshold").map(t -> {
            String currency = t.requiredString("currency");
            var money = t.converted("amount", amount -> Money.of(amount, currency))
                    .orElseThrow(() -> t.fail("amount", "is required"));
            t.noOtherFields();
            return money;
        });
        boolean cashOnly = p.bool("cashOnly", true);
        int withinYears = p.integer("withinYearsOfEntryIntoForce", 1, 100, 1);
        if (members.isEmpty() && threshold.isEmpty()) {
            throw p.fail(null, "give either members or a threshold (or write 'permanent: none')");
        }
        p.noOtherFields();
        return new Permanence(members, threshold, cashOnly, withinYears);
    }

    private static Map<MotionKind, DecisionRule> decisions(YamlSection d) {
        DecisionRule fallback = d.section("default").map(CharterReader::rule).orElse(null);
        var rules = new EnumMap<MotionKind, DecisionRule>(MotionKind.class);
        for (String key : d.keys()) {
            if (key.equals("default")) {
                continue;
            }
            MotionKind kind;
            try {
                kind = MotionKind.valueOf(key);
            } catch (IllegalArgumentException e) {
                throw d.fail(key, "is not a motion kind; use default or one of " + List.of(MotionKind.values()));
            }
            rules.put(kind, rule(d.sectionAt(key)));
        }
        for (MotionKind kind : MotionKind.values()) {
            if (!rules.containsKey(kind)) {
                if (fallback == null) {
                    throw d.fail(kind.name(), "has no rule and there is no default rule");
                }
                rules.put(kind, fallback);
            }
        }
        d.noOtherFields();
        return Map.copyOf(rules);
    }

    private static DecisionRule rule(YamlSection r) {
        Office decidedBy = r.enumValue("decidedBy", Office.class, Office.NONE);
        Basis basis = r.enumValue("basis", Basis.class, Basis.PRESENT_AND_VOTING);
        Threshold threshold = threshold(r);
        Abstentions abstentions = r.enumValue("abstentions", Abstentions.class, Abstentions.NOT_COUNTED);
        Office approvalBy = r.enumValue("approvalBy", Office.class, Office.NONE);
        Office tieBreak = r.enumValue("tieBreak", Office.class, Office.NONE);
        VetoHolders vetoHolders = r.enumValue("vetoHolders", VetoHolders.class, VetoHolders.NONE);
        Optional<Quorum> quorum = r.section("quorum").map(q -> {
            int count = q.integer("count", 1, 1000, 0);
            Optional<Fraction> fraction = q.converted("fraction", Fraction::parse);
            if ((count == 0) == fraction.isEmpty()) {
                throw q.fail(null, "give exactly one of count or fraction");
            }
            q.noOtherFields();
            return new Quorum(count, fraction);
        });
        r.noOtherFields();
        return new DecisionRule(decidedBy, basis, threshold, abstentions, approvalBy, tieBreak, vetoHolders, quorum);
    }

    private static Threshold threshold(YamlSection r) {
        if (!r.has("threshold")) {
            return new Threshold(Threshold.Kind.MAJORITY, Optional.empty(), 0);
        }
        if (r.isScalar("threshold")) {
            String asText = r.requiredString("threshold");
            return switch (asText.toUpperCase()) {
                case "MAJORITY" -> new Threshold(Threshold.Kind.MAJORITY, Optional.empty(), 0);
                case "CONSENSUS" -> new Threshold(Threshold.Kind.CONSENSUS, Optional.empty(), 0);
                default -> throw r.fail("threshold", "must be MAJORITY, CONSENSUS, {fraction: n/d} or {count: n}, was '" + asText + "'");
            };
        }
        var t = r.requiredSection("threshold");
        Optional<Fraction> fraction = t.converted("fraction", Fraction::parse);
        int count = t.integer("count", 1, 1000, 0);
        if ((count == 0) == fraction.isEmpty()) {
            throw t.fail(null, "give exactly one of count or fraction");
        }
        t.noOtherFields();
        return fraction.map(f -> new Threshold(Threshold.Kind.FRACTION, Optional.of(f), 0))
                .orElseGet(() -> new Threshold(Threshold.Kind.COUNT, Optional.empty(), count));
    }
}
