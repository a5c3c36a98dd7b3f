package org.relais.agenda.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.relais.agenda.EventVisibility;
import org.relais.agenda.event.CalendarEvent;
import org.relais.agenda.event.EventAccess;
import org.relais.agenda.event.EventRepository;
import org.relais.agenda.event.Occurrences;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.LocationRef;
import org.relais.directory.OrganisationRef;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The occurrences a viewer may see in a period: only the events touching the period are read
 * ({@link EventRepository#touching}), then expanded in memory ({@link Occurrences#of}) and laid out in the
 * territory's time zone. A viewer who is not signed in sees the public events only.
 */
@Service
@Transactional(readOnly = true)
public class AgendaQuery {

	private final EventRepository events;

	private final EventAccess access;

	private final DirectoryCatalog directory;

	private final TerritoryCatalog territories;

	AgendaQuery(EventRepository events, EventAccess access, DirectoryCatalog directory,
			TerritoryCatalog territories) {
		this.events = events;
		this.access = access;
		this.directory = directory;
		this.territories = territories;
	}

	public TerritorySummary territory(UUID territoryId) {
		return territories.find(territoryId).orElseThrow(() -> NotFoundException.of("territory", territoryId));
	}

	/** The organisations and locations of the territory, to name organisers and places. */
	public EventNames names(TerritorySummary territory, String language) {
		Map<UUID, OrganisationRef> organisations = directory.organisations(territory.id(), language)
			.stream()
			.collect(Collectors.toMap(OrganisationRef::id, Function.identity(), (a, b) -> a));
		Map<UUID, LocationRef> locations = directory.locations(territory.id())
			.stream()
			.collect(Collectors.toMap(LocationRef::id, Function.identity(), (a, b) -> a));
		return new EventNames(territory, language, organisations, locations);
	}

	/** The events of the territory touching the period from {@code from} until {@code to} that the viewer may see. */
	public List<CalendarEvent> visible(UUID territoryId, RelaisPrincipal viewer, Instant from, Instant to) {
		return events.touching(territoryId, from, to)
			.stream()
			.filter(e -> viewer == null ? e.getVisibility() == EventVisibility.PUBLIC : access.canSee(viewer, e))
			.toList();
	}

	/** A public event of the territory; empty for another territory's or a non-public event. */
	public Optional<CalendarEvent> publicEvent(UUID territoryId, UUID eventId) {
		return events.findByIdAndTerritoryId(eventId, territoryId)
			.filter(e -> e.getVisibility() == EventVisibility.PUBLIC);
	}

	/**
	 * The occurrences a viewer sees on the days from {@code first} until {@code last} (both included), for the
	 * events matching the filter, in order.
	 */
	public List<AgendaItem> occurrences(TerritorySummary territory, RelaisPrincipal viewer, LocalDate first,
			LocalDate last, AgendaFilter filter, EventNames names) {
		ZoneId zone = ZoneId.of(territory.timeZone());
		// a day of margin each side: all-day events are dated in their own zone
		Instant from = first.minusDays(1).atStartOfDay(zone).toInstant();
		Instant to = last.plusDays(2).atStartOfDay(zone).toInstant();
		List<CalendarEvent> candidates = visible(territory.id(), viewer, from, to).stream()
			.filter(filter::matches)
			.toList();
		return expand(candidates, zone, first, last, names);
	}

	/** The occurrences of these events on the days from {@code first} until {@code last}, in order. */
	public static List<AgendaItem> expand(List<CalendarEvent> candidates, ZoneId zone, LocalDate first,
			LocalDate last, EventNames names) {
		List<AgendaItem> items = new ArrayList<>();
		for (CalendarEvent e : candidates) {
			String organiser = names.organiser(e);
			String place = names.place(e);
			for (Occurrences.Occurrence o : Occurrences.of(e)) {
				LocalDateTime start = e.isAllDay() ? o.startLocal() : o.start().atZone(zone).toLocalDateTime();
				LocalDateTime end = e.isAllDay() ? o.endLocal() : o.end().atZone(zone).toLocalDateTime();
				AgendaItem item = new AgendaItem(e.getId(), e.getTitle(), e.getCategory(), e.getVisibility(), start,
						end, e.isAllDay(), e.isCancelled() || o.cancelled(), o.moved(), organiser, place);
				if (!item.lastDay().isBefore(first) && !item.firstDay().isAfter(last)) {
					items.add(item);
				}
			}
		}
		items.sort(ORDER);
		return items;
	}

	static final Comparator<AgendaItem> ORDER = Comparator.comparing(AgendaItem::start)
		.thenComparing(i -> !i.allDay())
		.thenComparing(AgendaItem::title, String.CASE_INSENSITIVE_ORDER);

	/**
	 * The days from {@code first} until {@code last} with their occurrences (an occurrence over several days on each
	 * of them); days without any are left out unless {@code keepEmpty}. {@code periodFirst}/{@code periodLast} mark
	 * the days that belong to the period shown (a month in its grid).
	 */
	public static List<AgendaDay> days(List<AgendaItem> items, LocalDate first, LocalDate last, LocalDate periodFirst,
			LocalDate periodLast, LocalDate today, boolean keepEmpty) {
		List<AgendaDay> days = new ArrayList<>();
		for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
			LocalDate day = d;
			List<AgendaItem> on = items.stream()
				.filter(i -> !i.firstDay().isAfter(day) && !i.lastDay().isBefore(day))
				.toList();
			if (keepEmpty || !on.isEmpty()) {
				days.add(new AgendaDay(day, day.equals(today), !day.isBefore(periodFirst) && !day.isAfter(periodLast),
						on));
			}
		}
		return days;
	}

}
