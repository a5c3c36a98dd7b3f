package org.relais.mutualaid.association;

import java.util.Optional;

import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Component;

/**
 * For templates (bean {@code volunteerNames}): the association vouching for a volunteer, to show beside their name
 * with {@code mutualaid/fragments/volunteerName :: name(volunteer, association)}, e.g.
 * {@code ~{mutualaid/fragments/volunteerName :: name(${v}, ${@volunteerNames.association(v)})}}.
 */
@Component("volunteerNames")
public class VolunteerNames {

	private final DirectoryCatalog directory;

	VolunteerNames(DirectoryCatalog directory) {
		this.directory = directory;
	}

	/** The vouching association of the volunteer's territory, in the reader's language, or null. */
	public OrganisationRef association(Volunteer volunteer) {
		if (volunteer == null || volunteer.getVouchingOrganisationId() == null) {
			return null;
		}
		String language = CurrentUser.get().map(RelaisPrincipal::language).orElse("fr");
		Optional<OrganisationRef> org = directory.organisation(volunteer.getTerritoryId(),
				volunteer.getVouchingOrganisationId(), language);
		return org.orElse(null);
	}

}
