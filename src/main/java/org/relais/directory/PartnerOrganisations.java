package org.relais.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.relais.directory.domain.Actor;
import org.relais.directory.domain.ChangeSource;
import org.relais.directory.domain.DirectoryChanges;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.LocationRepository;
import org.relais.directory.domain.MemberRole;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationKind;
import org.relais.directory.domain.OrganisationMember;
import org.relais.directory.domain.OrganisationMemberRepository;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations other modules bring into the directory once they checked them (partner onboarding): created
 * already validated (active) with their main location, and their members added as admins of the organisation.
 * Each change is recorded in the directory's history as made by the acting user.
 */
@Service
public class PartnerOrganisations {

	private final OrganisationRepository organisations;

	private final LocationRepository locations;

	private final OrganisationMemberRepository members;

	private final DirectoryChanges changes;

	private final Clock clock;

	PartnerOrganisations(OrganisationRepository organisations, LocationRepository locations,
			OrganisationMemberRepository members, DirectoryChanges changes, Clock clock) {
		this.organisations = organisations;
		this.locations = locations;
		this.members = members;
		this.changes = changes;
		this.clock = clock;
	}

	/** The kinds of organisation of the directory (codes; labels are {@code directory.org.kind.<CODE>}). */
	public List<String> kinds() {
		return Arrays.stream(OrganisationKind.values()).map(Enum::name).toList();
	}

	/**
	 * Creates an active organisation (its name in the given language) and its main location.
	 * @param actorId the user who decided it, recorded in the history
	 * @return the organisation's id
	 */
	@Transactional
	public UUID createValidated(NewPartnerOrganisation n, UUID actorId, String actorName) {
		Instant now = clock.instant();
		Actor actor = new Actor(actorId, actorName, ChangeSource.WEB);
		Organisation o = new Organisation(null, n.territoryId(), LocalizedText.of(n.language(), n.name()), now);
		o.setKind(kinds().contains(n.kind()) ? OrganisationKind.valueOf(n.kind()) : OrganisationKind.OTHER);
		o.setLegalIdScheme(n.legalIdScheme());
		o.setLegalId(n.legalId());
		o.setEmail(n.email());
		o.setPhone(n.phone());
		o.setWebsite(n.website());
		o.setStatus(OrganisationStatus.ACTIVE);
		organisations.save(o);
		changes.record(n.territoryId(), "organization", o.getId(), null, DirectoryChanges.snapshot(o), actor, now);
		Location l = new Location(null, n.territoryId(), o.getId(), n.country(), now);
		l.setName(n.name());
		l.setAddress(n.address());
		l.setPostalCode(n.postalCode());
		l.setCity(n.city());
		locations.save(l);
		changes.record(n.territoryId(), "location", l.getId(), null, DirectoryChanges.snapshot(l), actor, now);
		return o.getId();
	}

	/** Makes a user an active admin of an organisation (nothing when they already are a member, whatever their role). */
	@Transactional
	public void addAdmin(UUID organisationId, UUID userId, UUID decidedBy) {
		if (!organisations.existsById(organisationId)) {
			throw NotFoundException.of("organisation", organisationId);
		}
		Instant now = clock.instant();
		OrganisationMember m = members.findByOrganisationIdAndUserId(organisationId, userId).orElse(null);
		if (m == null) {
			m = new OrganisationMember(organisationId, userId, MemberRole.ADMIN, MemberStatus.ACTIVE, now);
			m.decide(MemberStatus.ACTIVE, decidedBy, now);
			members.save(m);
		}
		else if (m.getStatus() != MemberStatus.ACTIVE) {
			m.setRole(MemberRole.ADMIN);
			m.decide(MemberStatus.ACTIVE, decidedBy, now);
		}
	}

}
