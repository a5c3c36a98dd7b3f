package org.relais.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Open now and next opening, in the territory's zone, across weekends, holidays, exceptions and DST changes. */
class OpeningHoursTest {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

	/** Monday to Friday 09:00–12:00 and 14:00–17:00, Saturday 10:00–12:00. */
	static Location weekdays(String country) {
		Location l = new Location(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), country, Instant.now());
		for (DayOfWeek d : new DayOfWeek[] { DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
				DayOfWeek.THURSDAY, DayOfWeek.FRIDAY }) {
			l.getWeekly().add(new WeeklySlot(d, LocalTime.of(14, 0), LocalTime.of(17, 0)));
			l.getWeekly().add(new WeeklySlot(d, LocalTime.of(9, 0), LocalTime.of(12, 0)));
		}
		l.getWeekly().add(new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)));
		return l;
	}

	static Instant at(String localDateTime, ZoneId zone) {
		return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
	}

	@Test
	void openDuringASlotClosedAtLunchAndNextOpeningTheSameAfternoon() {
		OpeningHours h = OpeningHours.of(weekdays("FR"), PARIS);
		OpeningHours.Status morning = h.status(at("2026-11-24T10:30", PARIS));
		assertThat(morning.open()).isTrue();
		assertThat(morning.closesAt().toLocalTime()).isEqualTo(LocalTime.NOON);
		OpeningHours.Status lunch = h.status(at("2026-11-24T12:00", PARIS));
		assertThat(lunch.open()).isFalse();
		assertThat(lunch.nextOpening().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-24T14:00"));
		assertThat(h.on(LocalDate.parse("2026-11-24"))).extracting(OpeningHours.Interval::opens)
			.containsExactly(LocalTime.of(9, 0), LocalTime.of(14, 0));
	}

	@Test
	void afterSaturdayMorningTheNextOpeningIsMonday() {
		OpeningHours h = OpeningHours.of(weekdays("FR"), PARIS);
		OpeningHours.Status saturday = h.status(at("2026-11-28T12:30", PARIS));
		assertThat(saturday.open()).isFalse();
		assertThat(saturday.nextOpening().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-30T09:00"));
	}

	@Test
	void publicHolidaysCloseUnlessTheLocationOpensOnThem() {
		Location l = weekdays("FR");
		// Easter Monday 2026 is 6 April, Ascension 14 May, Whit Monday 25 May; 11 November is Armistice Day.
		for (String day : new String[] { "2026-04-06", "2026-05-14", "2026-05-25", "2026-11-11" }) {
			assertThat(OpeningHours.of(l, PARIS).openOn(LocalDate.parse(day))).as(day).isFalse();
		}
		assertThat(OpeningHours.of(l, PARIS).status(at("2026-11-11T10:00", PARIS)).nextOpening().toLocalDate())
			.isEqualTo(LocalDate.parse("2026-11-12"));
		l.setClosedOnHolidays(false);
		assertThat(OpeningHours.of(l, PARIS).openOn(LocalDate.parse("2026-11-11"))).isTrue();
		// Swiss holidays differ: 11 November is a working day in Zürich, 2 January and 1 August are not.
		Location zurich = weekdays("CH");
		assertThat(OpeningHours.of(zurich, ZURICH).openOn(LocalDate.parse("2026-11-11"))).isTrue();
		assertThat(OpeningHours.of(zurich, ZURICH).openOn(LocalDate.parse("2027-01-01"))).isFalse();
		assertThat(PublicHolidays.isHoliday("CH", LocalDate.parse("2026-01-02"))).isTrue();
		assertThat(PublicHolidays.isHoliday("CH", LocalDate.parse("2026-04-03"))).as("Good Friday").isTrue();
		assertThat(PublicHolidays.easter(2027)).isEqualTo(LocalDate.parse("2027-03-28"));
	}

	@Test
	void exceptionsWinOverTheWeekAndHolidays() {
		Location l = weekdays("FR");
		l.getExceptions().add(new ExceptionalHours(LocalDate.parse("2026-12-21"), LocalDate.parse("2026-12-31"), true,
				null, null, "Fermeture de fin d’année"));
		l.getExceptions().add(new ExceptionalHours(LocalDate.parse("2026-11-11"), LocalDate.parse("2026-11-11"), false,
				LocalTime.of(10, 0), LocalTime.of(13, 0), "Permanence exceptionnelle"));
		OpeningHours h = OpeningHours.of(l, PARIS);
		assertThat(h.openOn(LocalDate.parse("2026-12-22"))).isFalse();
		assertThat(h.status(at("2026-12-22T10:00", PARIS)).nextOpening().toLocalDateTime())
			.isEqualTo(LocalDateTime.parse("2027-01-02T10:00"));
		assertThat(h.isOpen(at("2026-11-11T12:30", PARIS))).isTrue();
		assertThat(h.isOpen(at("2026-11-11T09:30", PARIS))).isFalse();
	}

	@Test
	void daylightSavingChangesKeepLocalOpeningTimes() {
		OpeningHours h = OpeningHours.of(weekdays("FR"), PARIS);
		// Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026: Monday 09:00 stays 09:00.
		ZonedDateTime spring = h.nextOpening(at("2026-03-28T13:00", PARIS)).orElseThrow();
		assertThat(spring.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-30T09:00"));
		assertThat(spring.toInstant()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
		ZonedDateTime autumn = h.nextOpening(at("2026-10-24T13:00", PARIS)).orElseThrow();
		assertThat(autumn.toInstant()).isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
		// 08:30 UTC is 10:30 in summer (open) but 09:30 in winter (open), 07:30 UTC is 09:30 in summer only.
		assertThat(h.isOpen(Instant.parse("2026-03-30T07:30:00Z"))).isTrue();
		assertThat(h.isOpen(Instant.parse("2026-10-26T07:30:00Z"))).isFalse();
	}

	@Test
	void impossibleHoursAreRefused() {
		assertThatThrownBy(() -> new ExceptionalHours(LocalDate.parse("2026-12-31"), LocalDate.parse("2026-12-01"), true,
				null, null, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ExceptionalHours(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-01"), false,
				LocalTime.of(14, 0), LocalTime.of(9, 0), null)).isInstanceOf(IllegalArgumentException.class);
	}

}
