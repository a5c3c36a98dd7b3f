package org.relais.agenda.feed;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.relais.agenda.AttendeeResponse;
import org.relais.agenda.EventVisibility;
import org.relais.agenda.event.AttendeeRepository;
import org.relais.agenda.event.CalendarEvent;
import org.relais.agenda.event.EventAccess;
import org.relais.agenda.event.EventRepository;
import org.relais.agenda.ics.IcsWriter;
import org.relais.agenda.view.AgendaQuery;
import org.relais.agenda.view.EventNames;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.relais.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The iCalendar feeds (RFC 5545, no METHOD, X-WR-CALNAME): a user's personal feed behind a secret token, the public
 * feed of a territory, the public feed of an organisation, and one public event as a file. A feed covers the
 * events touching a window from {@link #MONTHS_BACK} months back until {@link #MONTHS_AHEAD} months ahead; cancelled
 * events stay in it (STATUS:CANCELLED) for as long as they are in the window, so that subscribers' copies update.
 * The output only changes when an event does (DTSTAMP is the last change), so that its hash is a true ETag.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

	public static final int MONTHS_BACK = 3;

	public static final int MONTHS_AHEAD = 12;

	/** A calendar object and what HTTP caches need. {@code lastModified} is null for an empty feed. */
	public record Feed(String body, Instant lastModified, String etag) {
	}

	private final FeedTokens tokens;

	private final EventRepository events;

	private final AttendeeRepository attendees;

	private final EventAccess access;

	private final AgendaQuery query;

	private final DirectoryCatalog directory;

	private final AccountDirectory accounts;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	CalendarFeeds(FeedTokens tokens, EventRepository events, AttendeeRepository attendees, EventAccess access,
			AgendaQuery query, DirectoryCatalog directory, AccountDirectory accounts, MessageSource messages,
			Clock clock, @Value("${relais.base-url}") String baseUrl) {
		this.tokens = tokens;
		this.events = events;
		this.attendees = attendees;
		this.access = access;
		this.query = query;
		this.directory = directory;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * The personal feed a token opens: the events of its territory the user may see and is concerned by — those
	 * they are invited to and did not decline, those they created, those their organisations organise, and the
	 * territory's partner events. Empty for an unknown or revoked token, or a user no longer in the territory.
	 */
	public Optional<Feed> personal(String rawToken) {
		Optional<FeedToken> token = tokens.resolve(rawToken);
		if (token.isEmpty()) {
			return Optional.empty();
		}
		UUID territoryId = token.get().getTerritoryId();
		Optional<RelaisPrincipal> user = accounts.findById(token.get().getUserId())
			.filter(p -> p.isEnabled() && p.membership(territoryId).isPresent())
			.map(p -> p.withCurrentTerritory(territoryId));
		if (user.isEmpty()) {
			return Optional.empty();
		}
		RelaisPrincipal viewer = user.get();
		TerritorySummary territory = query.territory(territoryId);
		String language = Languages.isSupported(viewer.language()) ? viewer.language() : territory.defaultLanguage();
		Set<UUID> organisations = directory.memberOrganisations(viewer.userId());
		List<CalendarEvent> chosen = inWindow(territory).stream()
			.filter(e -> concerns(viewer, organisations, e) && access.canSee(viewer, e))
			.toList();
		String name = message("agenda.feed.name.personal", language, territory.name(language));
		return Optional.of(feed(name, chosen, query.names(territory, language), id -> baseUrl + "/agenda/events/" + id));
	}

	/** The public events of a territory. */
	public Feed territory(TerritorySummary territory, String language) {
		List<CalendarEvent> chosen = inWindow(territory).stream()
			.filter(e -> e.getVisibility() == EventVisibility.PUBLIC)
			.toList();
		String name = message("agenda.feed.name.territory", language, territory.name(language));
		return feed(name, chosen, query.names(territory, language), publicUrl(territory));
	}

	/** The public events an organisation of the territory organises; empty for another territory's organisation. */
	public Optional<Feed> organisation(TerritorySummary territory, UUID organisationId, String language) {
		Optional<OrganisationRef> organisation = directory.organisation(territory.id(), organisationId, language);
		if (organisation.isEmpty()) {
			return Optional.empty();
		}
		List<CalendarEvent> chosen = inWindow(territory).stream()
			.filter(e -> e.getVisibility() == EventVisibility.PUBLIC
					&& organisationId.equals(e.getOrganiserOrganisationId()))
			.toList();
		String name = message("agenda.feed.name.organisation", language, organisation.get().name());
		return Optional.of(feed(name, chosen, query.names(territory, language), publicUrl(territory)));
	}

	/** One public event as a file to import (METHOD:PUBLISH). */
	public Feed event(TerritorySummary territory, CalendarEvent event, String language) {
		EventNames names = query.names(territory, language);
		return write(IcsWriter.Method.PUBLISH, null, List.of(entry(event, names, publicUrl(territory))));
	}

	private boolean concerns(RelaisPrincipal viewer, Set<UUID> organisations, CalendarEvent e) {
		if (e.getVisibility() == EventVisibility.PARTNERS || viewer.userId().equals(e.getCreatedBy())
				|| (e.getOrganiserOrganisationId() != null && organisations.contains(e.getOrganiserOrganisationId()))) {
			return true;
		}
		return attendees.findByEventIdAndUserId(e.getId(), viewer.userId())
			.filter(a -> a.getResponse() != AttendeeResponse.NO)
			.isPresent();
	}

	private List<CalendarEvent> inWindow(TerritorySummary territory) {
		ZonedDateTime now = clock.instant().atZone(ZoneId.of(territory.timeZone()));
		return events.touching(territory.id(), now.minusMonths(MONTHS_BACK).toInstant(),
				now.plusMonths(MONTHS_AHEAD).toInstant());
	}

	private Function<UUID, String> publicUrl(TerritorySummary territory) {
		return id -> baseUrl + "/t/" + territory.slug() + "/events/" + id;
	}

	private Feed feed(String name, List<CalendarEvent> chosen, EventNames names, Function<UUID, String> url) {
		List<IcsWriter.Entry> entries = chosen.stream()
			.sorted(Comparator.comparing(CalendarEvent::getFirstStart).thenComparing(CalendarEvent::getId))
			.map(e -> entry(e, names, url))
			.toList();
		return write(IcsWriter.Method.FEED, name, entries);
	}

	private static IcsWriter.Entry entry(CalendarEvent e, EventNames names, Function<UUID, String> url) {
		return new IcsWriter.Entry(e, names.place(e), names.organiser(e), url.apply(e.getId()), List.of());
	}

	private static Feed write(IcsWriter.Method method, String name, List<IcsWriter.Entry> entries) {
		Instant lastModified = entries.stream()
			.map(e -> e.event().getUpdatedAt())
			.max(Comparator.naturalOrder())
			.orElse(null);
		// DTSTAMP: when the information last changed (RFC 5545 3.8.7.2 without METHOD), so equal input, equal output
		String body = IcsWriter.write(method, name, entries, null, lastModified == null ? Instant.EPOCH : lastModified);
		return new Feed(body, lastModified, "\"" + FeedTokens.hash(body).substring(0, 32) + "\"");
	}

	private String message(String key, String language, Object... args) {
		return messages.getMessage(key, args, Languages.locale(language));
	}

}
