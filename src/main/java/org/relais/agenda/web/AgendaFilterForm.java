package org.relais.agenda.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.relais.agenda.EventCategory;
import org.relais.agenda.view.AgendaFilter;
import org.relais.directory.OrganisationRef;
import org.springframework.validation.BindingResult;

/**
 * The GET form of the agenda pages: the view (list, week, month), the date it shows, and the filters. Values come
 * as text and are read here, so that a wrong one is reported next to its field and the page still shows (with the
 * default in its place) instead of failing.
 */
public class AgendaFilterForm {

	/** The organiser value that means the territory itself. */
	static final String TERRITORY = "territory";

	private String view;

	private String date;

	private String category;

	private String organiser;

	/** The date asked for, or {@code today} when none or a wrong one (then an error on the field). */
	LocalDate date(LocalDate today, BindingResult errors) {
		if (date == null || date.isBlank()) {
			return today;
		}
		try {
			LocalDate d = LocalDate.parse(date.strip());
			if (Math.abs(d.getYear() - today.getYear()) > 10) {
				errors.rejectValue("date", "agenda.view.error.dateRange");
				return today;
			}
			return d;
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue("date", "agenda.view.error.date");
			return today;
		}
	}

	/** The filter, from the category and the organiser (one of {@code organisations}, or the territory). */
	AgendaFilter filter(java.util.List<OrganisationRef> organisations, BindingResult errors) {
		EventCategory c = null;
		if (category != null && !category.isBlank()) {
			try {
				c = EventCategory.valueOf(category.strip());
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("category", "agenda.view.error.category");
			}
		}
		boolean territory = false;
		UUID organisation = null;
		if (organiser != null && !organiser.isBlank()) {
			if (TERRITORY.equals(organiser.strip())) {
				territory = true;
			}
			else {
				organisation = organisations.stream()
					.map(OrganisationRef::id)
					.filter(id -> id.toString().equals(organiser.strip()))
					.findFirst()
					.orElse(null);
				if (organisation == null) {
					errors.rejectValue("organiser", "agenda.view.error.organiser");
				}
			}
		}
		return new AgendaFilter(c, territory, organisation);
	}

	public String getView() {
		return view;
	}

	public void setView(String view) {
		this.view = view;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getOrganiser() {
		return organiser;
	}

	public void setOrganiser(String organiser) {
		this.organiser = organiser;
	}

}
