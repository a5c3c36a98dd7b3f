package org.relais.directory;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManager;

import org.hibernate.Hibernate;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.domain.OpeningHours;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceStatus;
import org.relais.directory.domain.Taxonomy;
import org.relais.directory.domain.Taxonomy.Vocabulary;
import org.relais.territory.AreaKind;
import org.relais.territory.AreaSummary;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of the directory. {@link #eligibility} gives the services a person could be referred to
 * in a territory, as the matching rules read them: built once, kept in memory, and built again after a committed
 * change of a service, location or organisation of that territory (ADR 004). One node only for now: another
 * node's changes are not seen until one of this node's own.
 */
@org.springframework.stereotype.Service
public class DirectoryCatalog {

	private final EntityManager em;

	private final TerritoryCatalog territories;

	private final Taxonomy taxonomy;

	private final Map<UUID, Snapshot> snapshots = new ConcurrentHashMap<>();

	private final Map<UUID, AtomicLong> versions = new ConcurrentHashMap<>();

	private record Snapshot(long version, List<ServiceEligibility> services, NeedIndex byNeed) {
	}

	DirectoryCatalog(EntityManager em, TerritoryCatalog territories, Taxonomy taxonomy) {
		this.em = em;
		this.territories = territories;
		this.taxonomy = taxonomy;
	}

	/** Whether a code is a need of the vocabulary (data·inclusion thematiques and the instance's extra needs). */
	public boolean isNeed(String code) {
		return code != null && taxonomy.isValid(Vocabulary.NEEDS, code);
	}

	/** Whether a code is a public of the vocabulary (data·inclusion publics and the instance's extra publics). */
	public boolean isPublic(String code) {
		return code != null && taxonomy.isValid(Vocabulary.PUBLICS, code);
	}

	/** A category of needs and its needs, in the vocabulary's order. */
	public record NeedCategory(String code, List<String> needs) {
	}

	/** The needs of the vocabulary by category (extra needs under theirs), for a need picker. */
	public List<NeedCategory> needCategories() {
		return taxonomy.needCategories().stream().map(c -> new NeedCategory(c.code(), c.needs())).toList();
	}

	/** The publics of the vocabulary (data·inclusion publics and the instance's extra publics). */
	public Set<String> publics() {
		return taxonomy.codes(Vocabulary.PUBLICS);
	}

	/** The label of a need in a language (an unknown code as it is). */
	public String needLabel(String code, Locale locale) {
		return taxonomy.label(Vocabulary.NEEDS, code, locale);
	}

	public String needCategoryLabel(String category, Locale locale) {
		return taxonomy.categoryLabel(category, locale);
	}

	public String publicLabel(String code, Locale locale) {
		return taxonomy.label(Vocabulary.PUBLICS, code, locale);
	}

	/** The published and temporarily closed services of active organisations of a territory. */
	@Transactional(readOnly = true)
	public List<ServiceEligibility> eligibility(UUID territoryId) {
		return snapshot(territoryId).services();
	}

	/** The services of {@link #eligibility} that offer at least one of these needs (from an index by need). */
	@Transactional(readOnly = true)
	public List<ServiceEligibility> offering(UUID territoryId, Set<String> needs) {
		return snapshot(territoryId).byNeed().offering(needs);
	}

	private Snapshot snapshot(UUID territoryId) {
		long version = versions.computeIfAbsent(territoryId, t -> new AtomicLong()).get();
		Snapshot current = snapshots.get(territoryId);
		if (current != null && current.version() == version) {
			return current;
		}
		List<ServiceEligibility> built = build(territoryId);
		Snapshot snapshot = new Snapshot(version, built, NeedIndex.of(built));
		snapshots.put(territoryId, snapshot);
		return snapshot;
	}

	/** The organisations a user is an active member of (any territory). */
	@Transactional(readOnly = true)
	public Set<UUID> memberOrganisations(UUID userId) {
		return new LinkedHashSet<>(em
			.createQuery("select m.organisationId from OrganisationMember m where m.userId = :u and m.status = :active",
					UUID.class)
			.setParameter("u", userId)
			.setParameter("active", MemberStatus.ACTIVE)
			.getResultList());
	}

	/** A committed change touched the directory of this territory. */
	void changed(UUID territoryId) {
		versions.computeIfAbsent(territoryId, t -> new AtomicLong()).incrementAndGet();
	}

	private List<ServiceEligibility> build(UUID territoryId) {
		Optional<TerritorySummary> territory = territories.find(territoryId);
		if (territory.isEmpty()) {
			return List.of();
		}
		ZoneId zone = ZoneId.of(territory.get().timeZone());
		Map<String, Set<String>> communesOf = communesOf(territories.areas(territoryId));
		List<Service> services = em
			.createQuery("select s from Service s join fetch s.organisation o where s.territoryId = :t "
					+ "and s.status in :statuses and o.status = :active", Service.class)
			.setParameter("t", territoryId)
			.setParameter("statuses", List.of(ServiceStatus.PUBLISHED, ServiceStatus.TEMPORARILY_CLOSED))
			.setParameter("active", OrganisationStatus.ACTIVE)
			.getResultList();
		List<ServiceEligibility> out = new ArrayList<>(services.size());
		for (Service s : services) {
			Set<String> communes = new LinkedHashSet<>();
			if (!s.isZoneWholeTerritory()) {
				for (String code : s.getZoneAreas()) {
					communes.addAll(communesOf.getOrDefault(code, Set.of(code)));
				}
			}
			List<ServiceEligibility.Place> places = new ArrayList<>();
			for (Location l : s.getLocations()) {
				Hibernate.initialize(l.getWeekly());
				Hibernate.initialize(l.getExceptions());
				places.add(new ServiceEligibility.Place(l.getId(), l.getLatitude(), l.getLongitude(), l.getAreaCode(),
						l.getWeekly().isEmpty() && l.getExceptions().isEmpty() ? OpeningTimes.UNKNOWN
								: new Hours(OpeningHours.of(l, zone))));
			}
			out.add(new ServiceEligibility(s.getId(), s.getOrganisation().getId(), s.getName().asMap(),
					s.getOrganisation().getName().get(territory.get().defaultLanguage(), ""), s.getNeeds(),
					s.getPublics(), s.isPublicsReserved(), s.getMinAge(), s.getMaxAge(),
					s.isZoneWholeTerritory() || communes.isEmpty(), communes, s.getLanguages(), s.getReceptionModes(),
					s.getSaturation().level(), s.getStatus() == ServiceStatus.TEMPORARILY_CLOSED, s.getClosedUntil(),
					s.getVerifyBy(), places));
		}
		return List.copyOf(out);
	}

	/**
	 * The active organisations of a territory, by name in the given language (else the territory's default), for
	 * choosers of other modules.
	 */
	@Transactional(readOnly = true)
	public List<OrganisationRef> organisations(UUID territoryId, String language) {
		String fallback = territories.find(territoryId).map(TerritorySummary::defaultLanguage).orElse("fr");
		return em
			.createQuery("select o from Organisation o where o.territoryId = :t and o.status = :active",
					org.relais.directory.domain.Organisation.class)
			.setParameter("t", territoryId)
			.setParameter("active", org.relais.directory.domain.OrganisationStatus.ACTIVE)
			.getResultStream()
			.map(o -> new OrganisationRef(o.getId(), nameOf(o, language, fallback), o.getKind().name(),
					o.getLogoFileId()))
			.sorted(java.util.Comparator.comparing(OrganisationRef::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** One active organisation of the territory; empty when it is not one (another territory, archived, unknown). */
	@Transactional(readOnly = true)
	public Optional<OrganisationRef> organisation(UUID territoryId, UUID organisationId, String language) {
		org.relais.directory.domain.Organisation o = organisationId == null ? null
				: em.find(org.relais.directory.domain.Organisation.class, organisationId);
		if (o == null || !o.getTerritoryId().equals(territoryId)
				|| o.getStatus() != org.relais.directory.domain.OrganisationStatus.ACTIVE) {
			return Optional.empty();
		}
		String fallback = territories.find(territoryId).map(TerritorySummary::defaultLanguage).orElse("fr");
		return Optional.of(new OrganisationRef(o.getId(), nameOf(o, language, fallback), o.getKind().name(),
				o.getLogoFileId()));
	}

	private static String nameOf(org.relais.directory.domain.Organisation o, String language, String fallback) {
		String name = o.getName().get(language, fallback);
		return name == null ? "" : name;
	}

	/** The locations of the territory's organisations, by name. */
	@Transactional(readOnly = true)
	public List<LocationRef> locations(UUID territoryId) {
		return em.createQuery("select l from Location l where l.territoryId = :t", Location.class)
			.setParameter("t", territoryId)
			.getResultStream()
			.map(DirectoryCatalog::ref)
			.sorted(java.util.Comparator.comparing(l -> l.oneLine().toLowerCase(java.util.Locale.ROOT)))
			.toList();
	}

	/** One location of the territory; empty when it is another territory's or unknown. */
	@Transactional(readOnly = true)
	public Optional<LocationRef> location(UUID territoryId, UUID locationId) {
		Location l = locationId == null ? null : em.find(Location.class, locationId);
		if (l == null || !l.getTerritoryId().equals(territoryId)) {
			return Optional.empty();
		}
		return Optional.of(ref(l));
	}

	private static LocationRef ref(Location l) {
		return new LocationRef(l.getId(), l.getOrganisationId(), l.getName(), l.getAddress(), l.getPostalCode(),
				l.getCity(), l.getLatitude(), l.getLongitude());
	}

	/** The users who are active members of an organisation (empty: the organisation has no account). */
	@Transactional(readOnly = true)
	public Set<UUID> organisationMembers(UUID organisationId) {
		return new LinkedHashSet<>(em
			.createQuery("select m.userId from OrganisationMember m where m.organisationId = :o and m.status = :active"
					+ " order by m.requestedAt", UUID.class)
			.setParameter("o", organisationId)
			.setParameter("active", MemberStatus.ACTIVE)
			.getResultList());
	}

	/**
	 * The liaison form of a service of the territory, in order; empty when the territory has no such service.
	 */
	@Transactional(readOnly = true)
	public Optional<List<LiaisonField>> liaisonForm(UUID territoryId, UUID serviceId) {
		Service s = em.find(Service.class, serviceId);
		if (s == null || !s.getTerritoryId().equals(territoryId)) {
			return Optional.empty();
		}
		List<LiaisonField> out = new ArrayList<>();
		List<org.relais.directory.domain.LiaisonQuestion> questions = s.getLiaisonForm();
		for (int i = 0; i < questions.size(); i++) {
			org.relais.directory.domain.LiaisonQuestion q = questions.get(i);
			out.add(new LiaisonField(i, q.label(), q.type().name(), q.choiceList(), q.required()));
		}
		return Optional.of(List.copyOf(out));
	}

	/**
	 * How to reach an organisation by mail (its public address, its name in the territory's language), for the
	 * modules that write to an organisation without any account; empty when it does not exist.
	 */
	@Transactional(readOnly = true)
	public Optional<OrganisationContact> organisationContact(UUID organisationId) {
		org.relais.directory.domain.Organisation o = organisationId == null ? null
				: em.find(org.relais.directory.domain.Organisation.class, organisationId);
		if (o == null) {
			return Optional.empty();
		}
		String language = territories.find(o.getTerritoryId()).map(TerritorySummary::defaultLanguage).orElse("fr");
		return Optional.of(new OrganisationContact(o.getId(), o.getTerritoryId(), o.getName().get(language, ""),
				o.getEmail(), language));
	}

	/** For each area code, the codes of the communes it holds (itself for a commune). */
	static Map<String, Set<String>> communesOf(List<AreaSummary> areas) {
		Map<UUID, List<AreaSummary>> children = new HashMap<>();
		for (AreaSummary a : areas) {
			if (a.parentId() != null) {
				children.computeIfAbsent(a.parentId(), p -> new ArrayList<>()).add(a);
			}
		}
		Map<String, Set<String>> out = new HashMap<>();
		for (AreaSummary a : areas) {
			Set<String> communes = new LinkedHashSet<>();
			collect(a, children, communes);
			out.put(a.code(), communes);
		}
		return out;
	}

	private static void collect(AreaSummary a, Map<UUID, List<AreaSummary>> children, Set<String> communes) {
		if (a.kind() == AreaKind.COMMUNE) {
			communes.add(a.code());
		}
		for (AreaSummary c : children.getOrDefault(a.id(), List.of())) {
			collect(c, children, communes);
		}
	}

	/** The opening hours of a location, read once its weekly slots and exceptions are loaded. */
	private record Hours(OpeningHours hours) implements OpeningTimes {

		@Override
		public boolean known() {
			return true;
		}

		@Override
		public boolean isOpen(Instant at) {
			return hours.isOpen(at);
		}

		@Override
		public Optional<ZonedDateTime> nextOpening(Instant from) {
			return hours.nextOpening(from);
		}

	}

}
