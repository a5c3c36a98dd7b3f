package org.relais.mutualaid.stats;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.mutualaid.ActionStatus;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.web.MutualAidAccess;
import org.relais.platform.RelaisPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff's mutual-aid statistics of the current territory, as a page of plain tables and as CSV. */
@Controller
class StatisticsController {

	private final MutualAidStatistics statistics;

	private final MessageSource messages;

	StatisticsController(MutualAidStatistics statistics, MessageSource messages) {
		this.statistics = statistics;
		this.messages = messages;
	}

	@GetMapping("/mutualaid/statistics")
	String page(@RequestParam(required = false) String period, Model model) {
		RelaisPrincipal me = MutualAidAccess.requireStaff();
		model.addAttribute("figures", statistics.figures(me.currentTerritoryId(), StatsPeriod.parse(period)));
		model.addAttribute("periods", StatsPeriod.values());
		model.addAttribute("types", ActionType.values());
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("staleDays", MutualAidStatistics.STALE_DAYS);
		model.addAttribute("expiryDays", MutualAidStatistics.EXPIRY_DAYS);
		return "mutualaid/stats/statistics";
	}

	@GetMapping("/mutualaid/statistics.csv")
	void csv(@RequestParam(required = false) String period, Locale locale, HttpServletResponse response)
			throws IOException {
		RelaisPrincipal me = MutualAidAccess.requireStaff();
		StatsPeriod p = StatsPeriod.parse(period);
		MutualAidStatistics.Figures f = statistics.figures(me.currentTerritoryId(), p);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"relais-mutual-aid-" + p.name().toLowerCase(Locale.ROOT) + ".csv\"");
		PrintWriter out = response.getWriter();
		out.print('\uFEFF');
		line(out, text("mutualaid.stats.csv.section", locale), text("mutualaid.stats.csv.item", locale),
				text("mutualaid.stats.csv.detail", locale), text("mutualaid.stats.csv.value", locale));
		String requests = text("mutualaid.stats.requests", locale);
		for (Map.Entry<ActionType, Map<ActionStatus, Long>> row : f.requests().entrySet()) {
			for (Map.Entry<ActionStatus, Long> cell : row.getValue().entrySet()) {
				line(out, requests, text("mutualaid.action." + row.getKey(), locale),
						text("mutualaid.request.status." + cell.getKey(), locale), String.valueOf(cell.getValue()));
			}
		}
		String outcome = text("mutualaid.stats.fulfilment", locale);
		line(out, outcome, text("mutualaid.stats.fulfilled", locale), "", String.valueOf(f.fulfilled()));
		line(out, outcome, text("mutualaid.stats.closedOrStale", locale), "", String.valueOf(f.closedOrStale()));
		line(out, outcome, text("mutualaid.stats.medianMinutes", locale), "",
				f.medianToAcceptance() == null ? "" : String.valueOf(f.medianToAcceptance().toMinutes()));
		String hours = text("mutualaid.stats.hours", locale);
		line(out, hours, text("mutualaid.stats.minutesInPeriod", locale), "", String.valueOf(f.minutesInPeriod()));
		for (Map.Entry<YearMonth, Long> m : f.minutesByMonth().entrySet()) {
			line(out, hours, text("mutualaid.stats.minutesInMonth", locale), m.getKey().toString(),
					String.valueOf(m.getValue()));
		}
		String volunteers = text("mutualaid.stats.volunteers", locale);
		line(out, volunteers, text("mutualaid.stats.active", locale), "", String.valueOf(f.activeVolunteers()));
		line(out, volunteers, text("mutualaid.stats.signedCurrent", locale), "",
				String.valueOf(f.activeSignedCurrent()));
		line(out, volunteers, text("mutualaid.stats.expiringCsv", locale), "", String.valueOf(f.expiringDocuments()));
		out.flush();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static void line(PrintWriter out, String... cells) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				b.append(',');
			}
			String c = cells[i];
			if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
				c = "'" + c;
			}
			if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
				c = "\"" + c.replace("\"", "\"\"") + "\"";
			}
			b.append(c);
		}
		out.print(b.append("\r\n"));
	}

}
