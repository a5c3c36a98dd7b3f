package org.relais.partnership.domain;

import java.time.Clock;
import java.util.Locale;

import org.relais.directory.PartnerOrganisations;
import org.relais.territory.InvitationAccepted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Someone invited at a partnership's activation accepted the invitation: they become an admin of the new
 * organisation. An invitation renewed after expiry has another id: it is then found by address and territory.
 */
@Component
class InvitationAcceptance {

	private final PartnershipInvitationRepository invitations;

	private final PartnershipRequestRepository requests;

	private final PartnerOrganisations organisations;

	private final Clock clock;

	InvitationAcceptance(PartnershipInvitationRepository invitations, PartnershipRequestRepository requests,
			PartnerOrganisations organisations, Clock clock) {
		this.invitations = invitations;
		this.requests = requests;
		this.organisations = organisations;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(InvitationAccepted event) {
		var matching = invitations.findByInvitationId(event.invitationId())
			.map(java.util.List::of)
			.orElseGet(() -> invitations.findByEmailAndAcceptedAtIsNull(event.email().toLowerCase(Locale.ROOT))
				.stream()
				.filter(i -> requests.findById(i.getRequestId())
					.map(r -> r.getTerritoryId().equals(event.territoryId()))
					.orElse(false))
				.toList());
		for (PartnershipInvitation i : matching) {
			organisations.addAdmin(i.getOrganisationId(), event.userId(), null);
			i.accepted(clock.instant());
			invitations.save(i);
		}
	}

}
