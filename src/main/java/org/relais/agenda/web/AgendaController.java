package org.relais.agenda.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.relais.agenda.EventCategory;
import org.relais.agenda.event.EventAccess;
import org.relais.agenda.view.AgendaDay;
import org.relais.agenda.view.AgendaFilter;
import org.relais.agenda.view.AgendaItem;
import org.relais.agenda.view.AgendaPeriod;
import org.relais.agenda.view.AgendaQuery;
import org.relais.agenda.view.EventNames;
import org.relais.directory.OrganisationRef;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.relais.territory.TerritorySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The shared agenda of the current territory for everybody with a role in it: the occurrences they may see as a
 * list (four weeks from a day), a week or a month, with previous/next/today links and filters by category and
 * organiser (a GET form: no script needed).
 */
@Controller
class AgendaController {

	private final AgendaQuery query;

	private final EventAccess access;

	private final Clock clock;

	AgendaController(AgendaQuery query, EventAccess access, Clock clock) {
		this.query = query;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/agenda")
	String agenda(@ModelAttribute("filter") AgendaFilterForm form, BindingResult errors, Model model, Locale locale) {
		RelaisPrincipal viewer = CurrentUser.require();
		TerritorySummary territory = query.territory(CurrentUser.territoryId());
		String lang = Languages.of(locale);
		EventNames names = query.names(territory, lang);
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(territory.timeZone())));
		LocalDate date = form.date(today, errors);
		List<OrganisationRef> organisations = List.copyOf(names.organisations().values());
		AgendaFilter filter = form.filter(organisations, errors);
		AgendaPeriod period = AgendaPeriod.of(AgendaPeriod.Kind.of(form.getView()), date);
		List<AgendaItem> items = query.occurrences(territory, viewer, period.first(), period.last(), filter, names);
		boolean keepEmpty = period.kind() != AgendaPeriod.Kind.LIST;
		List<AgendaDay> days = AgendaQuery.days(items, period.first(), period.last(), period.periodFirst(),
				period.periodLast(), today, keepEmpty);
		model.addAttribute("territory", territory);
		model.addAttribute("period", period);
		model.addAttribute("days", days);
		model.addAttribute("weeks", weeks(days));
		model.addAttribute("empty", items.isEmpty());
		model.addAttribute("dates", new DateLabels(locale));
		model.addAttribute("categories", EventCategory.values());
		model.addAttribute("organisations", organisations.stream()
			.sorted(java.util.Comparator.comparing(OrganisationRef::name, String.CASE_INSENSITIVE_ORDER))
			.toList());
		model.addAttribute("territoryValue", AgendaFilterForm.TERRITORY);
		String view = period.kind().param();
		model.addAttribute("previousUrl", link(view, period.previous(), filter));
		model.addAttribute("nextUrl", link(view, period.next(), filter));
		model.addAttribute("todayUrl", link(view, today, filter));
		model.addAttribute("listUrl", link("list", date, filter));
		model.addAttribute("weekUrl", link("week", date, filter));
		model.addAttribute("monthUrl", link("month", date, filter));
		model.addAttribute("mayCreate",
				access.mayOrganiseAs(viewer, null) || !access.organisationsOf(viewer).isEmpty());
		return "agenda/view/agenda";
	}

	/** The days of a month grid, seven by seven. */
	static List<List<AgendaDay>> weeks(List<AgendaDay> days) {
		List<List<AgendaDay>> weeks = new ArrayList<>();
		for (int i = 0; i + 7 <= days.size(); i += 7) {
			weeks.add(days.subList(i, i + 7));
		}
		return weeks;
	}

	/** A link to another page of the agenda with the same filters (only those that were valid). */
	private static String link(String view, LocalDate date, AgendaFilter filter) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath("/agenda")
			.queryParam("view", view)
			.queryParam("date", date);
		return filtered(b, filter).build().encode().toUriString();
	}

	static UriComponentsBuilder filtered(UriComponentsBuilder b, AgendaFilter filter) {
		if (filter.category() != null) {
			b.queryParam("category", filter.category().name());
		}
		if (filter.territory()) {
			b.queryParam("organiser", AgendaFilterForm.TERRITORY);
		}
		else if (filter.organisationId() != null) {
			b.queryParam("organiser", filter.organisationId());
		}
		return b;
	}

}
