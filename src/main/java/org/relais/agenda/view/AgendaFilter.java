package org.relais.agenda.view;

import java.util.UUID;

import org.relais.agenda.EventCategory;
import org.relais.agenda.event.CalendarEvent;

/**
 * What an agenda page is narrowed to: a category (null: all), an organiser — an organisation of the territory, or
 * the territory itself ({@code territory}) — or every organiser when both are unset.
 */
public record AgendaFilter(EventCategory category, boolean territory, UUID organisationId) {

	public static final AgendaFilter NONE = new AgendaFilter(null, false, null);

	public boolean matches(CalendarEvent event) {
		if (category != null && event.getCategory() != category) {
			return false;
		}
		if (territory) {
			return event.getOrganiserOrganisationId() == null;
		}
		return organisationId == null || organisationId.equals(event.getOrganiserOrganisationId());
	}

	public boolean isEmpty() {
		return category == null && !territory && organisationId == null;
	}

}
