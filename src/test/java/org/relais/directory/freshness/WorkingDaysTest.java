package org.relais.directory.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** The first working day of a month: weekends and the country's public holidays are skipped. */
class WorkingDaysTest {

	@Test
	void weekendsAndPublicHolidaysAreSkipped() {
		// Friday 1 May 2026 (Labour Day) → Monday 4 May.
		assertThat(WorkingDays.firstOf(YearMonth.of(2026, 5), "FR")).isEqualTo(LocalDate.of(2026, 5, 4));
		// Thursday 1 January 2026 is a holiday, Friday 2 January too in Zürich, not in France.
		assertThat(WorkingDays.firstOf(YearMonth.of(2026, 1), "FR")).isEqualTo(LocalDate.of(2026, 1, 2));
		assertThat(WorkingDays.firstOf(YearMonth.of(2026, 1), "CH")).isEqualTo(LocalDate.of(2026, 1, 5));
		// Sunday 1 August 2027 → Monday 2 August, whatever the country.
		assertThat(WorkingDays.firstOf(YearMonth.of(2027, 8), "CH")).isEqualTo(LocalDate.of(2027, 8, 2));
		// Monday 1 November 2027: All Saints' Day in France, a working day in Zürich.
		assertThat(WorkingDays.firstOf(YearMonth.of(2027, 11), "FR")).isEqualTo(LocalDate.of(2027, 11, 2));
		assertThat(WorkingDays.firstOf(YearMonth.of(2027, 11), "CH")).isEqualTo(LocalDate.of(2027, 11, 1));
		// Easter Monday 2027 is 29 March; 1 April is an ordinary Thursday.
		assertThat(WorkingDays.firstOf(YearMonth.of(2027, 4), "FR")).isEqualTo(LocalDate.of(2027, 4, 1));
	}

	@Test
	void onlyTheFirstWorkingDayIsTheDay() {
		assertThat(WorkingDays.isFirstOfMonth(LocalDate.of(2027, 3, 1), "FR")).isTrue();
		assertThat(WorkingDays.isFirstOfMonth(LocalDate.of(2027, 3, 2), "FR")).isFalse();
		assertThat(WorkingDays.isFirstOfMonth(LocalDate.of(2027, 2, 28), "FR")).isFalse();
		assertThat(WorkingDays.isFirstOfMonth(LocalDate.of(2026, 5, 1), "FR")).isFalse();
	}

}
