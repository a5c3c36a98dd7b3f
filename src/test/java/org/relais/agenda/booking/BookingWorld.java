package org.relais.agenda.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.relais.agenda.booking.BookingViews.DaySlots;
import org.relais.agenda.booking.BookingViews.NewSchedule;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.referral.ReferralFixtures;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test data of the booking tests, unique per test in the shared database: an organisation of Lyon with a member
 * (partner), a partner of another organisation, and a public schedule open every day from 08:00 to 20:00 in
 * one-hour slots, so that free slots exist whatever the hour the tests run at.
 */
final class BookingWorld {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	final UUID lyon;

	final RelaisPrincipal agent;

	final RelaisPrincipal swissAgent;

	final RelaisPrincipal member;

	final RelaisPrincipal otherPartner;

	final UUID organisation;

	final UUID schedule;

	final BookingService bookings;

	BookingWorld(ApplicationContext context) {
		AccountDirectory accounts = context.getBean(AccountDirectory.class);
		ReferralFixtures fixtures = new ReferralFixtures(context);
		bookings = context.getBean(BookingService.class);
		agent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		swissAgent = accounts.findByEmail("agent@ch.demo.relais").orElseThrow();
		lyon = agent.currentTerritoryId();
		organisation = fixtures.organisation(lyon, ReferralFixtures.unique("Espace numérique"));
		UUID memberId = fixtures.user(ReferralFixtures.unique("member") + "@booking.example.org", "Mia Member", "fr",
				lyon, Role.PARTNER);
		fixtures.member(organisation, memberId);
		member = accounts.findById(memberId).orElseThrow();
		UUID other = fixtures.organisation(lyon, ReferralFixtures.unique("Autre structure"));
		UUID otherId = fixtures.user(ReferralFixtures.unique("other") + "@booking.example.org", "Olga Other", "fr",
				lyon, Role.PARTNER);
		fixtures.member(other, otherId);
		otherPartner = accounts.findById(otherId).orElseThrow();
		schedule = bookings.createSchedule(lyon,
				new NewSchedule(organisation, null, ReferralFixtures.unique("Permanence"),
						List.of(DayOfWeek.values()), LocalTime.of(8, 0), LocalTime.of(20, 0), 60,
						LocalDate.now(bookings.clockIn(lyon)).minusDays(7), null, true),
				memberId);
	}

	/** The free slots of the schedule now, in order. */
	List<ZonedDateTime> free() {
		return bookings.freeSlots(lyon, schedule).stream().map(DaySlots::slots).flatMap(List::stream).toList();
	}

	/** A client address of its own, so that the per-address limit of public bookings does not mix tests. */
	static RequestPostProcessor fromAnAddress() {
		String address = "10.77." + (ADDRESSES.incrementAndGet() / 250) + "." + (ADDRESSES.get() % 250 + 1);
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
