package org.peacecouncil.membership.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.peacecouncil.charter.Charter;
import org.peacecouncil.membership.MemberStatus;
import org.peacecouncil.membership.MemberRecords;
import org.peacecouncil.membership.Officers;
import org.peacecouncil.membership.Views;
import org.peacecouncil.platform.Countries;
import org.peacecouncil.platform.StateCode;
import org.peacecouncil.platform.Timestamps;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pages: the council at a glance, the members list, one page per member, the charter. */
@Controller
class CouncilPages {

    /** One bar of the composition chart; width is a percentage of the longest bar. */
    record Bar(String label, long count, String colour, double width) {
    }

    private static final java.util.Comparator<Views.Member> BY_NAME = java.util.Comparator.comparing(Views.Member::name);

    private final MemberRecords records;
    private final Officers officers;
    private final Charter charter;
    private final Clock clock;

    CouncilPages(MemberRecords records, Officers officers, Charter charter, Clock clock) {
        this.records = records;
        this.officers = officers;
        this.charter = charter;
        this.clock = clock;
    }

    @GetMapping("/")
    String council(Model model) {
        var council = records.council();
        var members = records.members(null);
        var founding = members.stream().filter(Views.Member::founding).sorted(BY_NAME).toList();
        long later = members.stream().filter(m -> m.status() == MemberStatus.MEMBER && !m.founding()).count();
        long foundingNow = founding.stream().filter(m -> m.status() == MemberStatus.MEMBER).count();
        long ended = members.stream().filter(m -> m.status() != MemberStatus.MEMBER).count();
        model.addAttribute("council", council);
        model.addAttribute("founding", founding);
        model.addAttribute("bars", bars(List.of(
                new Bar("home.bar.founding", foundingNow, "#1f5fa8", 0),
                new Bar("home.bar.later", later, "#5b9bd5", 0),
                new Bar("home.bar.pending", council.pendingInvitations(), "#e0a030", 0),
                new Bar("home.bar.ended", ended, "#a0a8b8", 0),
                new Bar("home.bar.observers", council.observers(), "#7fb38f", 0))));
        model.addAttribute("officers", officers.current(Timestamps.dateOf(clock.instant())));
        model.addAttribute("acts", records.recentActs(10));
        model.addAttribute("observers", records.observers());
        return "council";
    }

    private static List<Bar> bars(List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::count).max().orElse(1));
        var scaled = new ArrayList<Bar>();
        for (Bar bar : bars) {
            scaled.add(new Bar(bar.label(), bar.count(), bar.colour(), bar.count() == 0 ? 0 : Math.max(1, 100.0 * bar.count() / max)));
        }
        return scaled;
    }

    @GetMapping("/members")
    String members(@RequestParam(required = false) MemberStatus status, Model model) {
        model.addAttribute("members", records.members(status).stream().sorted(BY_NAME).toList());
        model.addAttribute("status", status);
        model.addAttribute("statuses", MemberStatus.values());
        return "members";
    }

    @GetMapping("/members/{state}")
    String member(@PathVariable String state, Model model, java.util.Locale locale) {
        var code = StateCode.of(state);
        var record = records.member(code);
        String alpha3 = code.alpha3();
        model.addAttribute("record", record);
        model.addAttribute("state", alpha3);
        model.addAttribute("name", Countries.name(alpha3, locale));
        return "member";
    }

    @GetMapping("/charter")
    String charter(Model model) {
        model.addAttribute("charter", charter);
        model.addAttribute("sections", new org.peacecouncil.charter.RulesInWords(charter).sections());
        return "charter";
    }
}
