package org.relais.directory.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.relais.directory.domain.Actor;
import org.relais.directory.domain.ChangeSource;
import org.relais.directory.domain.DirectoryAccess;
import org.relais.directory.domain.DirectoryChanges;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.LocationRepository;
import org.relais.directory.domain.MemberRole;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationMember;
import org.relais.directory.domain.OrganisationMemberRepository;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.Saturation;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.search.DirectoryIndex;
import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * What partners, agents and territory admins do to directory entries, one transaction each: every save takes a
 * snapshot before and records the fields that changed after (who, when, previous and new value), and decisions
 * on organisations and members go to the audit log. A changed service, or the services of a changed organisation
 * or location, are reindexed in the same transaction, so that search sees the change as soon as it is committed.
 */
@org.springframework.stereotype.Service
@Transactional
class PartnerWork {

	private final DirectoryAccess access;

	private final DirectoryChanges changes;

	private final OrganisationRepository organisations;

	private final OrganisationMemberRepository members;

	private final ServiceRepository services;

	private final LocationRepository locations;

	private final AuditLog audit;

	private final EntityManager em;

	private final Clock clock;

	private final DirectoryIndex index;

	PartnerWork(DirectoryAccess access, DirectoryChanges changes, OrganisationRepository organisations,
			OrganisationMemberRepository members, ServiceRepository services, LocationRepository locations,
			AuditLog audit, EntityManager em, Clock clock, DirectoryIndex index) {
		this.index = index;
		this.access = access;
		this.changes = changes;
		this.organisations = organisations;
		this.members = members;
		this.services = services;
		this.locations = locations;
		this.audit = audit;
		this.em = em;
		this.clock = clock;
	}

	static Actor actor(RelaisPrincipal user) {
		return new Actor(user.userId(), user.displayName(), ChangeSource.WEB);
	}

	/** Runs a read in one transaction, so that lazy parts of entries can be turned into forms and rows. */
	@Transactional(readOnly = true)
	public <T> T read(Supplier<T> reader) {
		return reader.get();
	}

	// organisations

	public Organisation createOrganisation(RelaisPrincipal user, Consumer<Organisation> apply) {
		if (!access.mayCreateOrganisation(user)) {
			throw new AccessDeniedException("may not create organisations");
		}
		Instant now = clock.instant();
		Organisation o = new Organisation(null, CurrentUser.territoryId(), LocalizedText.empty(), now);
		apply.accept(o);
		boolean byAdmin = access.isTerritoryAdmin(user);
		o.setStatus(byAdmin ? OrganisationStatus.ACTIVE : OrganisationStatus.PENDING);
		organisations.save(o);
		changes.record(o.getTerritoryId(), "organization", o.getId(), null, DirectoryChanges.snapshot(o), actor(user),
				now);
		if (user.has(Role.PARTNER) && !byAdmin) {
			members.save(new OrganisationMember(o.getId(), user.userId(), MemberRole.ADMIN, MemberStatus.ACTIVE, now));
		}
		audit.record(AuditAction.ORGANISATION_CREATED, label(o), o.getId().toString());
		return o;
	}

	public Organisation updateOrganisation(RelaisPrincipal user, UUID id, Consumer<Organisation> apply) {
		Organisation o = access.organisation(user, id);
		Map<String, String> before = DirectoryChanges.snapshot(o);
		apply.accept(o);
		return saved(user, o, before);
	}

	private Organisation saved(RelaisPrincipal user, Organisation o, Map<String, String> before) {
		Instant now = clock.instant();
		if (changes.record(o.getTerritoryId(), "organization", o.getId(), before, DirectoryChanges.snapshot(o),
				actor(user), now) > 0) {
			o.touch(now);
			index.reindexServicesOfOrganisation(o.getId());
		}
		return o;
	}

	/** Sets the logo; answers the previous logo's file id so that the caller deletes the file. */
	public Optional<UUID> changeLogo(RelaisPrincipal user, UUID id, UUID fileId) {
		Organisation o = access.organisation(user, id);
		UUID previous = o.getLogoFileId();
		Map<String, String> before = DirectoryChanges.snapshot(o);
		o.setLogoFileId(fileId);
		saved(user, o, before);
		return Optional.ofNullable(previous);
	}

	/** The territory admin validates (ACTIVE) or rejects (REJECTED) a pending organisation. */
	public Organisation decideOrganisation(RelaisPrincipal user, UUID id, boolean validate) {
		requireTerritoryAdmin(user);
		Organisation o = access.inTerritory(id);
		if (o.getStatus() != OrganisationStatus.PENDING) {
			throw NotFoundException.of("pending organisation", id);
		}
		Map<String, String> before = DirectoryChanges.snapshot(o);
		o.setStatus(validate ? OrganisationStatus.ACTIVE : OrganisationStatus.REJECTED);
		saved(user, o, before);
		audit.record(validate ? AuditAction.ORGANISATION_VALIDATED : AuditAction.ORGANISATION_REJECTED, label(o),
				o.getId().toString());
		return o;
	}

	// members

	/** A partner asks to join an active organisation of the territory; answers false when already in or asked. */
	public boolean requestJoin(RelaisPrincipal user, UUID organisationId) {
		Organisation o = access.inTerritory(organisationId);
		if (o.getStatus() != OrganisationStatus.ACTIVE) {
			throw NotFoundException.of("organisation", organisationId);
		}
		if (!user.has(Role.PARTNER)) {
			throw new AccessDeniedException("only partner accounts join organisations");
		}
		Optional<OrganisationMember> existing = members.findByOrganisationIdAndUserId(o.getId(), user.userId());
		if (existing.isPresent()) {
			OrganisationMember m = existing.get();
			if (m.getStatus() != MemberStatus.REJECTED) {
				return false;
			}
			m.decide(MemberStatus.PENDING, null, null);
			m.setRole(MemberRole.MEMBER);
			return true;
		}
		members.save(new OrganisationMember(o.getId(), user.userId(), MemberRole.MEMBER, MemberStatus.PENDING,
				clock.instant()));
		return true;
	}

	/**
	 * Approves or rejects a pending join request: the organisation's admins through the partner space, the
	 * territory admin through the admin pages ({@code asTerritoryAdmin}).
	 */
	public OrganisationMember decideMember(RelaisPrincipal user, UUID memberId, boolean approve,
			boolean asTerritoryAdmin) {
		OrganisationMember m = members.findById(memberId).orElseThrow(() -> NotFoundException.of("member", memberId));
		Organisation o = organisations.findByIdAndTerritoryId(m.getOrganisationId(), CurrentUser.territoryId())
			.orElseThrow(() -> NotFoundException.of("member", memberId));
		boolean allowed = asTerritoryAdmin ? access.isTerritoryAdmin(user) : access.mayManageMembers(user, o);
		if (!allowed || m.getStatus() != MemberStatus.PENDING) {
			throw NotFoundException.of("member", memberId);
		}
		m.decide(approve ? MemberStatus.ACTIVE : MemberStatus.REJECTED, user.userId(), clock.instant());
		audit.record(approve ? AuditAction.ORGANISATION_MEMBER_APPROVED : AuditAction.ORGANISATION_MEMBER_REJECTED,
				label(o), m.getUserId().toString());
		return m;
	}

	@Transactional(readOnly = true)
	public List<Organisation> pendingOrganisations(UUID territoryId) {
		return organisations.findByTerritoryIdAndStatus(territoryId, OrganisationStatus.PENDING);
	}

	/** Pending join requests of the territory's organisations, oldest first. */
	@Transactional(readOnly = true)
	public List<OrganisationMember> pendingRequests(UUID territoryId) {
		return em
			.createQuery("select m from OrganisationMember m, Organisation o where o.id = m.organisationId "
					+ "and o.territoryId = :t and m.status = :s order by m.requestedAt", OrganisationMember.class)
			.setParameter("t", territoryId)
			.setParameter("s", MemberStatus.PENDING)
			.getResultList();
	}

	// services

	/** The services of an organisation, by French name. */
	@Transactional(readOnly = true)
	public List<Service> servicesOf(UUID organisationId) {
		return em.createQuery("select s from Service s where s.organisation.id = :o order by s.name.fr, s.id",
				Service.class)
			.setParameter("o", organisationId)
			.getResultList();
	}

	public Service createService(RelaisPrincipal user, UUID organisationId, Consumer<Service> apply) {
		Organisation o = access.organisation(user, organisationId);
		Instant now = clock.instant();
		Service s = new Service(null, o, LocalizedText.empty(), now);
		apply.accept(s);
		s.assure(user.userId(), user.displayName(), now);
		services.save(s);
		changes.record(s.getTerritoryId(), "service", s.getId(), null, DirectoryChanges.snapshot(s), actor(user), now);
		return s;
	}

	public Service updateService(RelaisPrincipal user, UUID id, Consumer<Service> apply) {
		Service s = access.service(user, id);
		Map<String, String> before = DirectoryChanges.snapshot(s);
		apply.accept(s);
		return saved(user, s, before);
	}

	private Service saved(RelaisPrincipal user, Service s, Map<String, String> before) {
		Instant now = clock.instant();
		if (changes.record(s.getTerritoryId(), "service", s.getId(), before, DirectoryChanges.snapshot(s),
				actor(user), now) > 0) {
			s.touch(now);
			index.reindexService(s);
		}
		return s;
	}

	/** The one-click saturation update, kept in the history like any other change. */
	public Service setSaturation(RelaisPrincipal user, UUID id, org.relais.directory.SaturationLevel level,
			Integer available, Integer maximum, String unit) {
		Service s = access.service(user, id);
		Map<String, String> before = DirectoryChanges.snapshot(s);
		s.setSaturation(new Saturation(level, available, maximum, unit, user.userId(), user.displayName(),
				clock.instant()));
		return saved(user, s, before);
	}

	/** The partner confirms the entry is still accurate: a new assured date, and the next verification date. */
	public Service assure(RelaisPrincipal user, UUID id) {
		Service s = access.service(user, id);
		Map<String, String> before = DirectoryChanges.snapshot(s);
		s.assure(user.userId(), user.displayName(), clock.instant());
		return saved(user, s, before);
	}

	// locations

	public Location createLocation(RelaisPrincipal user, UUID organisationId, String country,
			Consumer<Location> apply) {
		Organisation o = access.organisation(user, organisationId);
		Instant now = clock.instant();
		Location l = new Location(null, o.getTerritoryId(), o.getId(), country, now);
		apply.accept(l);
		locations.save(l);
		changes.record(l.getTerritoryId(), "location", l.getId(), null, DirectoryChanges.snapshot(l), actor(user),
				now);
		return l;
	}

	public Location updateLocation(RelaisPrincipal user, UUID id, Consumer<Location> apply) {
		Location l = access.location(user, id);
		Map<String, String> before = DirectoryChanges.snapshot(l);
		apply.accept(l);
		Instant now = clock.instant();
		if (changes.record(l.getTerritoryId(), "location", l.getId(), before, DirectoryChanges.snapshot(l),
				actor(user), now) > 0) {
			l.touch(now);
			index.reindexServicesOf(l.getId());
		}
		return l;
	}

	private static void requireTerritoryAdmin(RelaisPrincipal user) {
		if (!user.has(Role.TERRITORY_ADMIN)) {
			throw new AccessDeniedException("territory admin only");
		}
	}

	static String label(Organisation o) {
		String name = EntryText.name(o.getName(), "fr");
		return name.isEmpty() ? o.getId().toString() : name;
	}

}
