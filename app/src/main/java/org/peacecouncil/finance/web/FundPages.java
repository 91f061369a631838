package org.peacecouncil.finance.web;

import java.util.ArrayList;
import java.util.List;

import org.peacecouncil.finance.FundId;
import org.peacecouncil.finance.FundRecords;
import org.peacecouncil.finance.Views;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public fund pages: every fund with its totals; one fund with its chart, its contributors list and its flows. */
@Controller
class FundPages {

    /** One contributor's bars: pledged, committed and received, each as a percentage of the largest figure on the page. */
    record ContributorBars(Views.Contributor contributor, double pledged, double committed, double received) {
    }

    /** The page shows the first flows; all of them are in the API's pages and the CSV. */
    static final int FLOWS_SHOWN = 50;

    private final FundRecords records;

    FundPages(FundRecords records) {
        this.records = records;
    }

    @GetMapping("/funds")
    String funds(Model model) {
        model.addAttribute("funds", records.funds());
        model.addAttribute("announced", records.announcedContributions());
        return "funds";
    }

    @GetMapping("/funds/{id}")
    String fund(@PathVariable String id, Model model) {
        var fundId = new FundId(id);
        var fund = records.fund(fundId);
        var contributors = records.contributors(fundId);
        model.addAttribute("fund", fund);
        model.addAttribute("list", contributors);
        model.addAttribute("asOf", org.peacecouncil.platform.Texts.when(contributors.asOf()));
        model.addAttribute("bars", bars(contributors.contributors()));
        model.addAttribute("flows", records.flows(fundId, null, FLOWS_SHOWN));
        return "fund";
    }

    private static List<ContributorBars> bars(List<Views.Contributor> contributors) {
        long max = 1;
        for (var c : contributors) {
            max = Math.max(max, Math.max(c.pledged().minorUnits(), Math.max(c.committed().minorUnits(), c.received().minorUnits())));
        }
        var bars = new ArrayList<ContributorBars>();
        for (var c : contributors) {
            bars.add(new ContributorBars(c, width(c.pledged().minorUnits(), max), width(c.committed().minorUnits(), max),
                    width(c.received().minorUnits(), max)));
        }
        return bars;
    }

    private static double width(long value, long max) {
        return value == 0 ? 0 : Math.max(0.5, 100.0 * value / max);
    }
}
