package org.relais.referral.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.directory.DirectoryCatalog;
import org.relais.platform.CurrentUser;
import org.relais.platform.Role;
import org.relais.referral.Matching;
import org.relais.referral.UnmetNeedCount;
import org.relais.territory.TerritoryCatalog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Unmet needs of the current territory for its admins and coordinators: how many times each need found no
 * service, by area, over a period (the last 30 days unless chosen), and the same as CSV.
 */
@Controller
class UnmetNeedsController {

	private static final int LONGEST_PERIOD_DAYS = 3660;

	private final Matching matching;

	private final DirectoryCatalog directory;

	private final TerritoryCatalog territories;

	private final Clock clock;

	UnmetNeedsController(Matching matching, DirectoryCatalog directory, TerritoryCatalog territories, Clock clock) {
		this.matching = matching;
		this.directory = directory;
		this.territories = territories;
		this.clock = clock;
	}

	/** The period asked, or the last 30 days; {@code invalid} when what was typed is not a period. */
	record Period(LocalDate from, LocalDate to, boolean invalid) {
	}

	private Period period(String from, String to, UUID territory) {
		LocalDate today = LocalDate.now(clock.withZone(matching.zone(territory)));
		LocalDate defaultFrom = today.minusDays(29);
		try {
			LocalDate f = from == null || from.isBlank() ? defaultFrom : LocalDate.parse(from.strip());
			LocalDate t = to == null || to.isBlank() ? today : LocalDate.parse(to.strip());
			if (f.isAfter(t) || f.plusDays(LONGEST_PERIOD_DAYS).isBefore(t)) {
				return new Period(defaultFrom, today, true);
			}
			return new Period(f, t, false);
		}
		catch (DateTimeException ex) {
			return new Period(defaultFrom, today, true);
		}
	}

	private static UUID territory() {
		if (!CurrentUser.require().hasAny(Role.COORDINATOR, Role.TERRITORY_ADMIN)) {
			throw new AccessDeniedException("unmet needs are for territory admins and coordinators");
		}
		return CurrentUser.territoryId();
	}

	@GetMapping("/admin/unmet-needs")
	String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
			Locale locale) {
		UUID territory = territory();
		Period period = period(from, to, territory);
		model.addAttribute("period", period);
		model.addAttribute("from", period.invalid() ? from : period.from().toString());
		model.addAttribute("to", period.invalid() ? to : period.to().toString());
		model.addAttribute("counts", matching.unmetNeeds(territory, period.from(), period.to()));
		model.addAttribute("labels", new MatchLabels(directory, locale));
		model.addAttribute("areaNames", areaNames(territory));
		return "referral/unmet-needs";
	}

	@GetMapping("/admin/unmet-needs.csv")
	void csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			HttpServletResponse response, Locale locale) throws IOException {
		UUID territory = territory();
		Period period = period(from, to, territory);
		List<UnmetNeedCount> counts = matching.unmetNeeds(territory, period.from(), period.to());
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition",
				"attachment; filename=\"relais-unmet-needs-" + period.from() + "-" + period.to() + ".csv\"");
		MatchLabels labels = new MatchLabels(directory, locale);
		PrintWriter out = response.getWriter();
		Map<String, String> areaNames = areaNames(territory);
		out.print("from,to,need,need_label,area,area_name,count\r\n");
		for (UnmetNeedCount c : counts) {
			out.print(String.join(",", period.from().toString(), period.to().toString(), cell(c.needCode()),
					cell(labels.need(c.needCode())), cell(c.areaCode() == null ? "" : c.areaCode()),
					cell(c.areaCode() == null ? "" : areaNames.getOrDefault(c.areaCode(), "")),
					Long.toString(c.count())) + "\r\n");
		}
		out.flush();
	}

	/** The names of the territory's areas by code (an unmet need's area is a commune code or a postal code). */
	private Map<String, String> areaNames(UUID territory) {
		Map<String, String> names = new HashMap<>();
		territories.areas(territory).forEach(a -> names.putIfAbsent(a.code(), a.name()));
		return names;
	}

	/** A quoted CSV cell; a leading formula character is neutralised (CSV injection). */
	static String cell(String value) {
		String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + v.replace("\"", "\"\"") + "\"";
	}

}
