package org.relais.agenda.view;

import java.util.Map;
import java.util.UUID;

import org.relais.agenda.event.CalendarEvent;
import org.relais.directory.LocationRef;
import org.relais.directory.OrganisationRef;
import org.relais.territory.TerritorySummary;

/**
 * What an event refers to by id, named in one language: its organiser (an organisation of the territory, or the
 * territory itself) and its place (a directory location, else its address). Read once per page or feed.
 */
public record EventNames(TerritorySummary territory, String language, Map<UUID, OrganisationRef> organisations,
		Map<UUID, LocationRef> locations) {

	public String organiser(CalendarEvent event) {
		OrganisationRef o = organisation(event);
		return o != null ? o.name() : territory.name(language);
	}

	/** The organiser organisation, or null when the territory organises. */
	public OrganisationRef organisation(CalendarEvent event) {
		UUID id = event.getOrganiserOrganisationId();
		return id == null ? null : organisations.get(id);
	}

	/** The place as one line (a directory location, else the address), or null. */
	public String place(CalendarEvent event) {
		LocationRef location = event.getLocationId() == null ? null : locations.get(event.getLocationId());
		if (location != null) {
			return location.oneLine();
		}
		return event.getAddress();
	}

}
