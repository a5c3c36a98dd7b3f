package org.relais.agenda.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.relais.agenda.EventCategory;
import org.relais.agenda.event.CalendarEvent;
import org.relais.agenda.feed.CalendarFeeds;
import org.relais.agenda.view.AgendaFilter;
import org.relais.agenda.view.AgendaItem;
import org.relais.agenda.view.AgendaQuery;
import org.relais.agenda.view.EventNames;
import org.relais.agenda.view.Markdown;
import org.relais.directory.OrganisationRef;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public agenda of a territory, without signing in: its public events from a day on (eight weeks a page,
 * filters by category and organiser), a public event's page, and that event as an iCalendar file. Any other event
 * (not public, or of another territory) is a 404.
 */
@Controller
class PublicEventsController {

	static final int DAYS_PER_PAGE = 56;

	/** How many occurrences an event's page lists. */
	static final int OCCURRENCES_SHOWN = 12;

	private final TerritoryCatalog territories;

	private final AgendaQuery query;

	private final CalendarFeeds feeds;

	private final Clock clock;

	private final MessageSource messages;

	PublicEventsController(TerritoryCatalog territories, AgendaQuery query, CalendarFeeds feeds, Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.territories = territories;
		this.query = query;
		this.feeds = feeds;
		this.clock = clock;
	}

	@GetMapping("/t/{slug}/events")
	String events(@PathVariable String slug, @ModelAttribute("filter") AgendaFilterForm form, BindingResult errors,
			Model model, Locale locale) {
		TerritorySummary territory = territory(slug);
		String lang = Languages.of(locale);
		EventNames names = query.names(territory, lang);
		LocalDate today = today(territory);
		LocalDate from = form.date(today, errors);
		if (from.isBefore(today)) {
			from = today;
		}
		List<OrganisationRef> organisations = names.organisations()
			.values()
			.stream()
			.sorted(Comparator.comparing(OrganisationRef::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		AgendaFilter filter = form.filter(organisations, errors);
		LocalDate last = from.plusDays(DAYS_PER_PAGE - 1L);
		List<AgendaItem> items = query.occurrences(territory, null, from, last, filter, names);
		String base = "/t/" + territory.slug() + "/events";
		model.addAttribute("territory", territory);
		model.addAttribute("lang", lang);
		model.addAttribute("from", from);
		model.addAttribute("last", last);
		model.addAttribute("days", AgendaQuery.days(items, from, last, from, last, today, false));
		model.addAttribute("dates", new DateLabels(locale));
		model.addAttribute("categories", EventCategory.values());
		model.addAttribute("organisations", organisations);
		model.addAttribute("territoryValue", AgendaFilterForm.TERRITORY);
		model.addAttribute("base", base);
		// filtered by an organisation: subscribe to that organisation's public events
		model.addAttribute("feedUrl", filter.organisationId() != null
				? "/t/" + territory.slug() + "/organisations/" + filter.organisationId() + "/events.ics" : base + ".ics");
		model.addAttribute("nextUrl", AgendaController
			.filtered(UriComponentsBuilder.fromPath(base).queryParam("date", last.plusDays(1)), filter)
			.build()
			.encode()
			.toUriString());
		model.addAttribute("previousUrl", from.isAfter(today) ? AgendaController
			.filtered(UriComponentsBuilder.fromPath(base).queryParam("date", max(today, from.minusDays(DAYS_PER_PAGE))),
					filter)
			.build()
			.encode()
			.toUriString() : null);
		return "agenda/public/events";
	}

	@GetMapping("/t/{slug}/events/{id}")
	String event(@PathVariable String slug, @PathVariable UUID id, Model model, Locale locale) {
		TerritorySummary territory = territory(slug);
		CalendarEvent event = publicEvent(territory, id);
		String lang = Languages.of(locale);
		EventNames names = query.names(territory, lang);
		LocalDate today = today(territory);
		ZoneId zone = ZoneId.of(territory.timeZone());
		List<AgendaItem> all = AgendaQuery.expand(List.of(event), zone, LocalDate.MIN.plusYears(1),
				LocalDate.MAX.minusYears(1), names);
		List<AgendaItem> upcoming = all.stream().filter(i -> !i.lastDay().isBefore(today)).limit(OCCURRENCES_SHOWN)
			.toList();
		model.addAttribute("territory", territory);
		model.addAttribute("lang", lang);
		model.addAttribute("event", event);
		model.addAttribute("organiser", names.organiser(event));
		model.addAttribute("organisation", names.organisation(event));
		model.addAttribute("place", names.place(event));
		model.addAttribute("description", Markdown.html(event.getDescription()));
		DateLabels dates = new DateLabels(locale);
		model.addAttribute("occurrences",
				(upcoming.isEmpty() ? all.subList(Math.max(0, all.size() - 1), all.size()) : upcoming).stream()
					.map(i -> new When(when(i, dates, locale), i.cancelled(), i.moved()))
					.toList());
		model.addAttribute("past", upcoming.isEmpty());
		model.addAttribute("more", all.stream().filter(i -> !i.lastDay().isBefore(today)).count() > OCCURRENCES_SHOWN);
		model.addAttribute("base", "/t/" + territory.slug() + "/events");
		return "agenda/public/event";
	}

	@GetMapping("/t/{slug}/events/{id}.ics")
	ResponseEntity<byte[]> eventFile(@PathVariable String slug, @PathVariable UUID id, Locale locale) {
		TerritorySummary territory = territory(slug);
		CalendarEvent event = publicEvent(territory, id);
		CalendarFeeds.Feed feed = feeds.event(territory, event, Languages.of(locale));
		return FeedController.calendar(feed, true)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("event-" + id + ".ics", StandardCharsets.UTF_8).build()
						.toString())
			.body(feed.body().getBytes(StandardCharsets.UTF_8));
	}

	/** An occurrence on the event's page: its dates and times as one sentence. */
	record When(String text, boolean cancelled, boolean moved) {
	}

	private String when(AgendaItem i, DateLabels dates, Locale locale) {
		String first = dates.day(i.firstDay());
		String last = dates.day(i.lastDay());
		if (i.allDay()) {
			return i.multiDay() ? messages.getMessage("agenda.public.allDayRange", new Object[] { first, last }, locale)
					: messages.getMessage("agenda.public.allDayOn", new Object[] { first }, locale);
		}
		String start = dates.time(i.start());
		String end = dates.time(i.end());
		return i.multiDay()
				? messages.getMessage("agenda.public.range", new Object[] { first, start, last, end }, locale)
				: messages.getMessage("agenda.public.on", new Object[] { first, start, end }, locale);
	}

	private CalendarEvent publicEvent(TerritorySummary territory, UUID id) {
		return query.publicEvent(territory.id(), id)
			.orElseThrow(() -> NotFoundException.of("event", id));
	}

	private TerritorySummary territory(String slug) {
		return territories.findBySlug(slug).orElseThrow(() -> NotFoundException.of("territory", slug));
	}

	private LocalDate today(TerritorySummary territory) {
		return LocalDate.now(clock.withZone(ZoneId.of(territory.timeZone())));
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
