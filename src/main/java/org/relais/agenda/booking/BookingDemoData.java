package org.relais.agenda.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relais.agenda.booking.BookingViews.BookingRequest;
import org.relais.agenda.booking.BookingViews.DaySlots;
import org.relais.agenda.booking.BookingViews.NewSchedule;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.LocationRef;
import org.relais.directory.OrganisationRef;
import org.relais.people.BeneficiarySummary;
import org.relais.people.DemoPeople;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo appointment booking: in Lyon the public IT helper permanence of the demo digital space ("Permanence
 * numérique", Tuesdays and Thursdays 14:00–17:00, 30-minute slots) with a booking for a demo person made by the demo
 * agent and two made by inhabitants; in Zürich the digital consultation of the demo digital space. A schedule of
 * the same title in the territory means the demo is there already: a restart adds nothing.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class BookingDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BookingDemoData.class);

	static final String LYON_TITLE = "Permanence numérique";

	static final String ZURICH_TITLE = "Digital-Sprechstunde";

	private final BookingService bookings;

	private final ScheduleRepository schedules;

	private final DirectoryCatalog directory;

	private final People people;

	private final AccountDirectory accounts;

	BookingDemoData(BookingService bookings, ScheduleRepository schedules, DirectoryCatalog directory, People people,
			AccountDirectory accounts) {
		this.bookings = bookings;
		this.schedules = schedules;
		this.directory = directory;
		this.people = people;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		try {
			int made = territory("agent@demo.relais", LYON_TITLE, List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
					LocalTime.of(14, 0), LocalTime.of(17, 0), 30, DemoPeople.LYON.get(0), "fr");
			made += territory("agent@ch.demo.relais", ZURICH_TITLE, List.of(DayOfWeek.WEDNESDAY), LocalTime.of(9, 0),
					LocalTime.of(12, 0), 20, DemoPeople.ZURICH.get(0), "de");
			if (made > 0) {
				log.info("Demo appointment schedules: {} made", made);
			}
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	private int territory(String agentEmail, String title, List<DayOfWeek> days, LocalTime start, LocalTime end,
			int minutes, String personName, String language) {
		Optional<RelaisPrincipal> agent = accounts.findByEmail(agentEmail);
		if (agent.isEmpty() || agent.get().currentTerritoryId() == null) {
			return 0;
		}
		UUID territory = agent.get().currentTerritoryId();
		if (!schedules.findByTerritoryIdAndTitle(territory, title).isEmpty()) {
			return 0;
		}
		Optional<OrganisationRef> space = directory.organisations(territory, language)
			.stream()
			.filter(o -> "DIGITAL_SPACE".equals(o.kind()))
			.findFirst();
		if (space.isEmpty()) {
			return 0;
		}
		UUID location = directory.locations(territory)
			.stream()
			.filter(l -> l.organisationId().equals(space.get().id()))
			.map(LocationRef::id)
			.findFirst()
			.orElse(null);
		LocalDate from = LocalDate.now(bookings.clockIn(territory)).minusWeeks(2);
		UUID schedule = bookings.createSchedule(territory, new NewSchedule(space.get().id(), location, title, days,
				start, end, minutes, from, null, true), agent.get().userId());
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(agent.get(), null,
					agent.get().getAuthorities()));
		List<ZonedDateTime> free = bookings.freeSlots(territory, schedule)
			.stream()
			.map(DaySlots::slots)
			.flatMap(List::stream)
			.toList();
		Optional<BeneficiarySummary> person = people.search(territory, personName.substring(personName.indexOf(' ') + 1),
				10)
			.stream()
			.filter(p -> personName.equals(p.firstName() + " " + p.lastName()))
			.findFirst();
		if (free.size() > 3 && person.isPresent()) {
			bookings.book(territory, new BookingRequest(schedule, free.get(0).toInstant(), person.get().id(), null,
					null, null, language, agent.get().userId(), false));
		}
		if (free.size() > 3) {
			bookings.book(territory, new BookingRequest(schedule, free.get(2).toInstant(), null, "Camille Demo",
					"06 00 00 00 01", null, language, null, true));
			bookings.book(territory, new BookingRequest(schedule, free.get(3).toInstant(), null, "Alex Demo", null,
					"alex.demo@example.org", language, null, true));
		}
		return 1;
	}

}
