package org.relais.mutualaid.volunteer.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.BindingResult;

/** A period away: from a date until a date (both included). */
class AbsenceForm {

	private String fromDate;

	private String untilDate;

	LocalDate from(BindingResult result) {
		return date(result, "fromDate", fromDate);
	}

	LocalDate until(BindingResult result) {
		return date(result, "untilDate", untilDate);
	}

	static LocalDate date(BindingResult result, String field, String value) {
		if (value == null || value.isBlank()) {
			result.rejectValue(field, "platform.validation.required");
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			result.rejectValue(field, "mutualaid.space.error.date");
			return null;
		}
	}

	public String getFromDate() {
		return fromDate;
	}

	public void setFromDate(String fromDate) {
		this.fromDate = fromDate;
	}

	public String getUntilDate() {
		return untilDate;
	}

	public void setUntilDate(String untilDate) {
		this.untilDate = untilDate;
	}

}
