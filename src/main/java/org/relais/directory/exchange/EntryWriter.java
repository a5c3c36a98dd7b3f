package org.relais.directory.exchange;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.relais.directory.domain.Actor;
import org.relais.directory.domain.DirectoryChanges;
import org.relais.directory.domain.ExceptionalHours;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationKind;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceStatus;
import org.relais.directory.domain.WeeklySlot;
import org.relais.directory.exchange.ImportReport.Outcome;

/**
 * Writes checked drafts onto the directory, inside the caller's transaction: finds the entry by (territory,
 * source, external id), creates it or sets only the fields that differ, and records the history through
 * {@link DirectoryChanges}. An entry whose fields all match is left alone: no history row, no new
 * {@code updatedAt}.
 */
final class EntryWriter {

	/** The ids known in the territory, by source and external id; changes of a chunk can be undone. */
	static final class Index {

		private final Map<String, UUID> ids = new HashMap<>();

		private final Set<UUID> all = new java.util.HashSet<>();

		private final List<Runnable> undo = new ArrayList<>();

		void load(UUID id, String source, String externalId) {
			all.add(id);
			if (source != null && externalId != null) {
				ids.put(source + '\u0000' + externalId, id);
			}
		}

		/**
		 * The entry with this source and external id; failing that, when the id is the Relais id of an entry of
		 * the territory (an export of Relais imported again), that entry.
		 */
		UUID find(String source, String externalId) {
			UUID id = ids.get(source + '\u0000' + externalId);
			if (id == null && externalId != null && externalId.length() == 36) {
				try {
					UUID relais = UUID.fromString(externalId);
					return all.contains(relais) ? relais : null;
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}
			return id;
		}

		void add(UUID id, String source, String externalId) {
			String key = source + '\u0000' + externalId;
			ids.put(key, id);
			all.add(id);
			undo.add(() -> {
				ids.remove(key);
				all.remove(id);
			});
		}

		void commit() {
			undo.clear();
		}

		void rollback() {
			for (int i = undo.size() - 1; i >= 0; i--) {
				undo.get(i).run();
			}
			undo.clear();
		}

	}

	/** What writing one entry did. */
	record Written<T>(T entity, Outcome outcome) {
	}

	private final EntityManager em;

	private final DirectoryChanges changes;

	private final UUID territoryId;

	private final String language;

	private final ZoneId zone;

	private final ZoneMapper zones;

	private final Actor actor;

	private final boolean adminImporter;

	private final Supplier<Instant> clock;

	final Index organisations = new Index();

	final Index locations = new Index();

	final Index services = new Index();

	/** Locations already written in this run (a location shared by several services is written once). */
	private final Set<UUID> locationsDone = new java.util.HashSet<>();

	private final List<UUID> locationsDoneInChunk = new ArrayList<>();

	/** Services updated in this run, to index again afterwards (created ones are indexed as their chunk commits). */
	final Set<UUID> touchedServices = new LinkedHashSet<>();

	/** Organisations updated in this run: their services show the organisation's name in search results. */
	final Set<UUID> touchedOrganisations = new LinkedHashSet<>();

	EntryWriter(EntityManager em, DirectoryChanges changes, UUID territoryId, String language, ZoneId zone,
			ZoneMapper zones, Actor actor, boolean adminImporter, Supplier<Instant> clock) {
		this.em = em;
		this.changes = changes;
		this.territoryId = territoryId;
		this.language = language;
		this.zone = zone;
		this.zones = zones;
		this.actor = actor;
		this.adminImporter = adminImporter;
		this.clock = clock;
	}

	/**
	 * Loads, in a few statements, the stored entries a chunk of records will update, so that writing them does not
	 * cost a round trip each (what matters on a database server).
	 */
	void prefetch(List<ImportRecord> records) {
		Set<UUID> orgIds = new LinkedHashSet<>();
		Set<UUID> locationIds = new LinkedHashSet<>();
		Set<UUID> serviceIds = new LinkedHashSet<>();
		for (ImportRecord r : records) {
			if (!r.errors.isEmpty()) {
				continue;
			}
			if (r.organisation != null) {
				add(orgIds, organisations.find(r.organisation.source, r.organisation.externalId));
				r.organisation.locations.forEach(l -> add(locationIds, locations.find(l.source, l.externalId)));
			}
			if (r.service != null) {
				add(serviceIds, services.find(r.service.source, r.service.externalId));
				if (r.service.organisationExternalId != null) {
					add(orgIds, organisations.find(r.service.organisationSource, r.service.organisationExternalId));
				}
				r.service.locations.forEach(l -> add(locationIds, locations.find(l.source, l.externalId)));
			}
		}
		load(Organisation.class, orgIds);
		load(Location.class, locationIds);
		load(Service.class, serviceIds);
	}

	private static void add(Set<UUID> ids, UUID id) {
		if (id != null) {
			ids.add(id);
		}
	}

	private void load(Class<?> type, Set<UUID> ids) {
		List<UUID> all = new ArrayList<>(ids);
		for (int i = 0; i < all.size(); i += 500) {
			em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
				.setParameter("ids", all.subList(i, Math.min(all.size(), i + 500)))
				.getResultList();
		}
	}

	void commitChunk() {
		organisations.commit();
		locations.commit();
		services.commit();
		locationsDoneInChunk.clear();
	}

	void rollbackChunk() {
		organisations.rollback();
		locations.rollback();
		services.rollback();
		locationsDoneInChunk.forEach(locationsDone::remove);
		locationsDoneInChunk.clear();
	}

	UUID organisationId(String source, String externalId) {
		return organisations.find(source, externalId);
	}

	Written<Organisation> organisation(Drafts.Organisation d) {
		Instant now = clock.get();
		UUID id = organisations.find(d.source, d.externalId);
		Organisation o;
		Map<String, String> before = null;
		if (id == null) {
			o = new Organisation(null, territoryId, merge(LocalizedText.empty(), d.name), now);
			o.setExternal(d.source, d.externalId);
			o.setStatus(adminImporter ? OrganisationStatus.ACTIVE : OrganisationStatus.PENDING);
		}
		else {
			o = em.find(Organisation.class, id);
			before = DirectoryChanges.snapshot(o);
		}
		apply(o, d);
		Outcome outcome;
		if (before == null) {
			em.persist(o);
			organisations.add(o.getId(), d.source, d.externalId);
			changes.recordImported(territoryId, "organization", o.getId(), origin(d.source, d.externalId), actor, now);
			outcome = Outcome.CREATED;
		}
		else {
			Map<String, String> after = DirectoryChanges.snapshot(o);
			if (after.equals(before)) {
				outcome = Outcome.UNCHANGED;
			}
			else {
				o.touch(now);
				changes.record(territoryId, "organization", o.getId(), before, after, actor, now);
				outcome = Outcome.UPDATED;
				touchedOrganisations.add(o.getId());
			}
		}
		Outcome locs = Outcome.UNCHANGED;
		for (Drafts.Location l : d.locations) {
			locs = worse(locs, location(o.getId(), l).outcome());
		}
		return new Written<>(o, outcome == Outcome.UNCHANGED && locs != Outcome.UNCHANGED ? Outcome.UPDATED : outcome);
	}

	private void apply(Organisation o, Drafts.Organisation d) {
		set(o.getName(), merge(o.getName(), d.name), o::setName);
		set(o.getDescription(), merge(o.getDescription(), d.description), o::setDescription);
		set(o.getLegalId(), d.legalId, o::setLegalId);
		set(o.getLegalIdScheme(), d.legalIdScheme, o::setLegalIdScheme);
		if (d.kind != null) {
			set(o.getKind(), OrganisationKind.valueOf(d.kind), o::setKind);
		}
		set(o.getWebsite(), d.website, o::setWebsite);
		set(o.getEmail(), d.email, o::setEmail);
		set(o.getPhone(), d.phone, o::setPhone);
	}

	Written<Location> location(UUID organisationId, Drafts.Location d) {
		Instant now = clock.get();
		UUID id = locations.find(d.source, d.externalId);
		if (id != null && locationsDone.contains(id)) {
			return new Written<>(em.find(Location.class, id), Outcome.UNCHANGED);
		}
		Location l;
		Map<String, String> before = null;
		if (id == null) {
			l = new Location(null, territoryId, organisationId, d.country, now);
			l.setExternal(d.source, d.externalId);
		}
		else {
			l = em.find(Location.class, id);
			before = DirectoryChanges.snapshot(l);
		}
		set(l.getName(), d.name, l::setName);
		set(l.getAddress(), d.address, l::setAddress);
		set(l.getPostalCode(), d.postalCode, l::setPostalCode);
		set(l.getCity(), d.city, l::setCity);
		String area = d.areaCode != null ? d.areaCode : null;
		set(l.getAreaCode(), area, l::setAreaCode);
		set(l.getCountry(), d.country, l::setCountry);
		if (!Objects.equals(l.getLatitude(), d.latitude) || !Objects.equals(l.getLongitude(), d.longitude)) {
			l.setCoordinates(d.latitude, d.longitude);
		}
		set(l.getAccessNotes(), d.accessNotes, l::setAccessNotes);
		if (d.closedOnHolidays != null && l.isClosedOnHolidays() != d.closedOnHolidays) {
			l.setClosedOnHolidays(d.closedOnHolidays);
		}
		if (d.weekly != null) {
			List<WeeklySlot> weekly = d.weekly.stream().map(s -> new WeeklySlot(s.day(), s.opens(), s.closes())).toList();
			if (!new ArrayList<>(l.getWeekly()).equals(weekly)) {
				l.setWeekly(weekly);
			}
		}
		if (d.exceptions != null) {
			List<ExceptionalHours> ex = d.exceptions.stream()
				.map(e -> new ExceptionalHours(e.from(), e.to(), e.closed(), e.closed() ? null : e.opens(),
						e.closed() ? null : e.closes(), e.note()))
				.toList();
			if (!new ArrayList<>(l.getExceptions()).equals(ex)) {
				l.setExceptions(ex);
			}
		}
		Outcome outcome;
		if (before == null) {
			em.persist(l);
			locations.add(l.getId(), d.source, d.externalId);
			changes.recordImported(territoryId, "location", l.getId(), origin(d.source, d.externalId), actor, now);
			outcome = Outcome.CREATED;
		}
		else {
			Map<String, String> after = DirectoryChanges.snapshot(l);
			if (after.equals(before)) {
				outcome = Outcome.UNCHANGED;
			}
			else {
				l.touch(now);
				changes.record(territoryId, "location", l.getId(), before, after, actor, now);
				outcome = Outcome.UPDATED;
			}
		}
		locationsDone.add(l.getId());
		locationsDoneInChunk.add(l.getId());
		return new Written<>(l, outcome);
	}

	Written<Service> service(Organisation organisation, Drafts.Service d) {
		Instant now = clock.get();
		Outcome locs = Outcome.UNCHANGED;
		Set<Location> places = new LinkedHashSet<>();
		for (Drafts.Location l : d.locations) {
			Written<Location> w = location(organisation.getId(), l);
			places.add(w.entity());
			locs = worse(locs, w.outcome());
		}
		UUID id = services.find(d.source, d.externalId);
		Service s;
		Map<String, String> before = null;
		if (id == null) {
			s = new Service(null, organisation, merge(LocalizedText.empty(), d.name), now);
			s.setExternal(d.source, d.externalId);
		}
		else {
			s = em.find(Service.class, id);
			before = DirectoryChanges.snapshot(s);
		}
		set(s.getName(), merge(s.getName(), d.name), s::setName);
		set(s.getSummary(), merge(s.getSummary(), d.summary), s::setSummary);
		set(s.getDescription(), merge(s.getDescription(), d.description), s::setDescription);
		set(s.getNeeds(), d.needs, s::setNeeds);
		set(s.getServiceTypes(), d.serviceTypes, s::setServiceTypes);
		set(s.getPublics(), d.publics, s::setPublics);
		if (d.publicsReserved != null && s.isPublicsReserved() != d.publicsReserved) {
			s.setPublicsReserved(d.publicsReserved);
		}
		if (!Objects.equals(s.getMinAge(), d.minAge) || !Objects.equals(s.getMaxAge(), d.maxAge)) {
			s.setAgeRange(d.minAge, d.maxAge);
		}
		ZoneMapper.Zone z = zones.map(d.zoneCodes);
		if (s.isZoneWholeTerritory() != z.wholeTerritory()) {
			s.setZoneWholeTerritory(z.wholeTerritory());
		}
		set(s.getZoneAreas(), z.areas(), s::setZoneAreas);
		set(s.getFeesFree(), d.feesFree, s::setFeesFree);
		set(s.getFeesDetails(), d.feesDetails, s::setFeesDetails);
		if (d.prerequisites != null) {
			set(s.getPrerequisites(), d.prerequisites, s::setPrerequisites);
		}
		if (d.documents != null) {
			set(s.getDocuments(), d.documents, s::setDocuments);
		}
		set(s.getPrerequisitesOther(), d.prerequisitesOther, s::setPrerequisitesOther);
		set(s.getDocumentsOther(), d.documentsOther, s::setDocumentsOther);
		set(s.getMobilisation(), d.mobilisation, s::setMobilisation);
		set(s.getMobilisers(), d.mobilisers, s::setMobilisers);
		set(s.getMobilisationLink(), d.mobilisationLink, s::setMobilisationLink);
		set(s.getEmail(), d.email, s::setEmail);
		set(s.getPhone(), d.phone, s::setPhone);
		set(s.getReceptionModes(), d.receptionModes, s::setReceptionModes);
		set(s.getLanguages(), d.languages, s::setLanguages);
		set(s.getAccessibility(), d.accessibility, s::setAccessibility);
		set(s.getContactName(), d.contactName, s::setContactName);
		set(s.getContactEmail(), d.contactEmail, s::setContactEmail);
		set(s.getContactPhone(), d.contactPhone, s::setContactPhone);
		if (d.contactPublic != null && s.isContactPublic() != d.contactPublic) {
			s.setContactPublic(d.contactPublic);
		}
		if (d.assuredOn != null) {
			Instant assured = d.assuredOn.atStartOfDay(zone).toInstant();
			if (s.getAssuredAt() == null || !s.getAssuredAt().atZone(zone).toLocalDate().equals(d.assuredOn)) {
				s.assure(null, d.assuredBy == null ? actor.name() : d.assuredBy, assured);
			}
		}
		Set<UUID> wanted = places.stream().map(Location::getId).collect(java.util.stream.Collectors.toSet());
		Set<UUID> current = s.getLocations().stream().map(Location::getId).collect(java.util.stream.Collectors.toSet());
		if (!wanted.equals(current)) {
			s.getLocations().clear();
			s.getLocations().addAll(places);
		}
		ServiceStatus status = status(s, d);
		if (status != s.getStatus()) {
			s.setStatus(status, status == ServiceStatus.TEMPORARILY_CLOSED ? s.getClosedUntil() : null);
		}
		Outcome outcome;
		if (before == null) {
			em.persist(s);
			services.add(s.getId(), d.source, d.externalId);
			changes.recordImported(territoryId, "service", s.getId(), origin(d.source, d.externalId), actor, now);
			outcome = Outcome.CREATED;
		}
		else {
			Map<String, String> after = DirectoryChanges.snapshot(s);
			if (after.equals(before)) {
				outcome = locs == Outcome.UNCHANGED ? Outcome.UNCHANGED : Outcome.UPDATED;
			}
			else {
				s.touch(now);
				changes.record(territoryId, "service", s.getId(), before, after, actor, now);
				outcome = Outcome.UPDATED;
			}
		}
		if (outcome == Outcome.UPDATED) {
			// a created service is indexed when its chunk commits; an updated one may have changed only through its
			// places, which that does not see
			touchedServices.add(s.getId());
		}
		return new Written<>(s, outcome);
	}

	/** Complete: a name, a need, and a way to reach it (a place, a phone, an email or a link). */
	static boolean complete(Service s) {
		return !s.getName().isEmpty() && !s.getNeeds().isEmpty() && (!s.getLocations().isEmpty() || s.getPhone() != null
				|| s.getEmail() != null || s.getMobilisationLink() != null);
	}

	/**
	 * The status after the import: what the file says when it says the service is closed or gone; otherwise a
	 * complete service of an active organisation is published and an incomplete one stays a draft. A service a
	 * partner closed or archived stays so.
	 */
	private static ServiceStatus status(Service s, Drafts.Service d) {
		String said = d.status == null ? "" : d.status.strip().toLowerCase(java.util.Locale.ROOT);
		switch (said) {
			case "inactive", "defunct", "archived" -> {
				return ServiceStatus.ARCHIVED;
			}
			case "temporarily closed", "temporarily_closed" -> {
				return ServiceStatus.TEMPORARILY_CLOSED;
			}
			case "draft" -> {
				return ServiceStatus.DRAFT;
			}
			case "published" -> {
				return ServiceStatus.PUBLISHED;
			}
			default -> {
			}
		}
		ServiceStatus now = s.getStatus();
		if (now == ServiceStatus.TEMPORARILY_CLOSED || (now == ServiceStatus.ARCHIVED && said.isEmpty())) {
			return now;
		}
		boolean active = s.getOrganisation().getStatus() == OrganisationStatus.ACTIVE;
		return complete(s) && active ? ServiceStatus.PUBLISHED : ServiceStatus.DRAFT;
	}

	private LocalizedText merge(LocalizedText current, Map<String, String> byLanguage) {
		LocalizedText base = current == null ? LocalizedText.empty() : current;
		if (byLanguage == null || byLanguage.isEmpty()) {
			return base;
		}
		Map<String, String> m = new LinkedHashMap<>(base.asMap());
		byLanguage.forEach((lang, text) -> m.put(lang == null ? language : lang, text));
		return LocalizedText.of(m);
	}

	private static <T> void set(T current, T wanted, Consumer<T> setter) {
		if (current == null && wanted instanceof LocalizedText t && t.isEmpty()) {
			return;
		}
		if (!Objects.equals(current, wanted)) {
			setter.accept(wanted);
		}
	}

	static Outcome worse(Outcome a, Outcome b) {
		if (a == Outcome.UNCHANGED) {
			return b;
		}
		return a;
	}

	/** What the history says an imported entry came from: its source and its id there. */
	private static String origin(String source, String externalId) {
		return source == null || source.isBlank() ? externalId : source + " / " + externalId;
	}

}
