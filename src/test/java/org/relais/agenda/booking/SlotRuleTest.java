package org.relais.agenda.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The slots of a schedule: wall-clock times of the territory's zone, across daylight-saving changes. */
class SlotRuleTest {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

	final SlotRule tuesdays = new SlotRule(Set.of(DayOfWeek.TUESDAY), LocalTime.of(14, 0), LocalTime.of(17, 0), 30,
			LocalDate.of(2026, 10, 1), null);

	@Test
	void aScheduleAcrossTheEndOfOctoberStaysAtTwoPmLocalOnBothSides() {
		List<ZonedDateTime> slots = tuesdays.slots(PARIS, LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 28),
				Set.of(), Instant.parse("2026-10-01T00:00:00Z"));
		// summer time (UTC+2) on the 20th, winter time (UTC+1) on the 27th, after the change of the 25th
		assertThat(slots).hasSize(12);
		assertThat(slots.get(0).toLocalTime()).isEqualTo(LocalTime.of(14, 0));
		assertThat(slots.get(0).toInstant()).isEqualTo(Instant.parse("2026-10-20T12:00:00Z"));
		assertThat(slots.get(6).toLocalTime()).isEqualTo(LocalTime.of(14, 0));
		assertThat(slots.get(6).toInstant()).isEqualTo(Instant.parse("2026-10-27T13:00:00Z"));
		assertThat(slots.get(11).toLocalTime()).isEqualTo(LocalTime.of(16, 30));
		assertThat(tuesdays.check(Instant.parse("2026-10-27T13:00:00Z"), PARIS, Set.of())).isNull();
		// 12:00 UTC on the 27th is 13:00 in Paris: not a slot once winter time has come
		assertThat(tuesdays.check(Instant.parse("2026-10-27T12:00:00Z"), PARIS, Set.of()))
			.isEqualTo(SlotRule.Problem.NOT_IN_SCHEDULE);
	}

	@Test
	void springForwardInZurichToo() {
		List<ZonedDateTime> slots = tuesdays.slots(ZURICH, LocalDate.of(2027, 3, 23), LocalDate.of(2027, 3, 30),
				Set.of(), Instant.parse("2027-01-01T00:00:00Z"));
		assertThat(slots).extracting(s -> s.toLocalTime()).containsOnly(LocalTime.of(14, 0), LocalTime.of(14, 30),
				LocalTime.of(15, 0), LocalTime.of(15, 30), LocalTime.of(16, 0), LocalTime.of(16, 30));
		assertThat(slots.get(0).toInstant()).isEqualTo(Instant.parse("2027-03-23T13:00:00Z"));
		assertThat(slots.get(6).toInstant()).isEqualTo(Instant.parse("2027-03-30T12:00:00Z"));
	}

	@Test
	void closedDaysPastSlotsAndValidityLeaveSlotsOut() {
		LocalDate closed = LocalDate.of(2026, 11, 3);
		SlotRule until = new SlotRule(Set.of(DayOfWeek.TUESDAY), LocalTime.of(14, 0), LocalTime.of(17, 0), 30,
				LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 10));
		List<ZonedDateTime> slots = until.slots(PARIS, LocalDate.of(2026, 10, 27), LocalDate.of(2026, 11, 30),
				Set.of(closed), Instant.parse("2026-10-27T14:10:00Z"));
		// on the 27th only 15:30 and later are after 15:10 local; the 3rd is closed; the 10th is the last day
		assertThat(slots).extracting(ZonedDateTime::toLocalDate)
			.containsOnly(LocalDate.of(2026, 10, 27), LocalDate.of(2026, 11, 10));
		assertThat(slots).hasSize(3 + 6);
		assertThat(until.check(ZonedDateTime.of(closed, LocalTime.of(14, 0), PARIS).toInstant(), PARIS,
				Set.of(closed))).isEqualTo(SlotRule.Problem.CLOSED);
		assertThat(until.check(ZonedDateTime.of(LocalDate.of(2026, 11, 17), LocalTime.of(14, 0), PARIS).toInstant(),
				PARIS, Set.of())).isEqualTo(SlotRule.Problem.NOT_IN_SCHEDULE);
	}

	@Test
	void aForgedTimeBetweenSlotsOrAfterTheLastIsNotASlot() {
		assertThat(tuesdays.check(ZonedDateTime.of(2026, 11, 3, 14, 15, 0, 0, PARIS).toInstant(), PARIS, Set.of()))
			.isEqualTo(SlotRule.Problem.NOT_IN_SCHEDULE);
		assertThat(tuesdays.check(ZonedDateTime.of(2026, 11, 3, 17, 0, 0, 0, PARIS).toInstant(), PARIS, Set.of()))
			.isEqualTo(SlotRule.Problem.NOT_IN_SCHEDULE);
		assertThat(tuesdays.check(ZonedDateTime.of(2026, 11, 4, 14, 0, 0, 0, PARIS).toInstant(), PARIS, Set.of()))
			.isEqualTo(SlotRule.Problem.NOT_IN_SCHEDULE);
		assertThat(tuesdays.check(ZonedDateTime.of(2026, 11, 3, 16, 30, 0, 0, PARIS).toInstant(), PARIS, Set.of()))
			.isNull();
	}

	@Test
	void aSlotThatDoesNotFitBeforeTheEndIsNotOffered() {
		SlotRule odd = new SlotRule(Set.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(10, 0), 40,
				LocalDate.of(2026, 1, 1), null);
		assertThat(odd.times(LocalDate.of(2026, 11, 2))).containsExactly(LocalTime.of(9, 0));
	}

}
