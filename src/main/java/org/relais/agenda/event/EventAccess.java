package org.relais.agenda.event;

import java.util.Set;
import java.util.UUID;

import org.relais.agenda.EventVisibility;
import org.relais.directory.DirectoryCatalog;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Who sees and who changes an event. Seeing: a public event, everybody; a partners' event, every member of its
 * territory; an invitees' event, its attendees, its creator, the members of its organiser organisation and the
 * territory's administrators. Changing: its creator, the members of its organiser organisation, the territory's
 * administrators — and, when the territory organises it, its agents and coordinators too.
 */
@Component
public class EventAccess {

	private final DirectoryCatalog directory;

	private final AttendeeRepository attendees;

	EventAccess(DirectoryCatalog directory, AttendeeRepository attendees) {
		this.directory = directory;
		this.attendees = attendees;
	}

	/** Whether the viewer (null: not signed in) may see the event. */
	public boolean canSee(RelaisPrincipal viewer, CalendarEvent event) {
		if (event.getVisibility() == EventVisibility.PUBLIC) {
			return true;
		}
		if (viewer == null || viewer.membership(event.getTerritoryId()).isEmpty()) {
			return false;
		}
		if (event.getVisibility() == EventVisibility.PARTNERS) {
			return true;
		}
		return canEdit(viewer, event)
				|| attendees.findByEventIdAndUserId(event.getId(), viewer.userId()).isPresent();
	}

	/** Whether the viewer may change, cancel and invite to the event. */
	public boolean canEdit(RelaisPrincipal viewer, CalendarEvent event) {
		if (viewer == null || viewer.membership(event.getTerritoryId()).isEmpty()
				|| !event.getTerritoryId().equals(viewer.currentTerritoryId())) {
			return false;
		}
		if (viewer.has(Role.TERRITORY_ADMIN) || viewer.userId().equals(event.getCreatedBy())) {
			return true;
		}
		if (event.getOrganiserOrganisationId() == null) {
			return viewer.hasAny(Role.AGENT, Role.COORDINATOR);
		}
		return directory.memberOrganisations(viewer.userId()).contains(event.getOrganiserOrganisationId());
	}

	/**
	 * The organisers the viewer may name for a new event: their organisations, and the territory itself (null in
	 * the set) for administrators, agents and coordinators.
	 */
	public boolean mayOrganiseAs(RelaisPrincipal viewer, UUID organisationId) {
		if (organisationId == null) {
			return viewer.hasAny(Role.TERRITORY_ADMIN, Role.AGENT, Role.COORDINATOR);
		}
		return viewer.has(Role.TERRITORY_ADMIN) || organisationsOf(viewer).contains(organisationId);
	}

	public Set<UUID> organisationsOf(RelaisPrincipal viewer) {
		return directory.memberOrganisations(viewer.userId());
	}

}
