package org.relais.directory.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceStatus;
import org.relais.directory.domain.Taxonomy;
import org.relais.directory.domain.WeeklySlot;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports a territory's directory as data·inclusion v1 JSON ({@code {"structures", "services"}}) or as the Relais
 * CSV template. Entries imported keep their source and external id, so that importing the export again finds
 * them; entries made in Relais go out with source {@code relais} and their Relais id.
 */
@Component
public class DirectoryExport {

	private final EntityManager em;

	private final TerritoryCatalog territories;

	private final JsonMapper json = JsonMapper.builder().build();

	DirectoryExport(EntityManager em, TerritoryCatalog territories) {
		this.em = em;
		this.territories = territories;
	}

	/** What to export: every entry (admins, coordinators) or only the published ones. */
	public enum Scope {
		ALL, PUBLISHED
	}

	private List<Service> services(UUID territoryId, Scope scope) {
		List<Service> list = em
			.createQuery("select s from Service s join fetch s.organisation where s.territoryId = :t", Service.class)
			.setParameter("t", territoryId)
			.getResultList();
		List<Service> out = new ArrayList<>();
		for (Service s : list) {
			if (scope == Scope.ALL || (s.getStatus().visible()
					&& s.getOrganisation().getStatus() == OrganisationStatus.ACTIVE)) {
				out.add(s);
			}
		}
		out.sort(Comparator.comparing((Service s) -> String.valueOf(s.getOrganisation().getId()))
			.thenComparing(s -> String.valueOf(s.getId())));
		return out;
	}

	private static String source(String source) {
		return source == null ? ExchangeSources.RELAIS : source;
	}

	private static String externalId(String source, String externalId, UUID id) {
		return source == null || externalId == null ? id.toString() : externalId;
	}

	private static String diId(String source, String externalId, UUID id) {
		return ExchangeSources.exportId(ExchangeSources.DATA_INCLUSION, source, externalId, id);
	}

	private static List<Location> locations(Service s) {
		List<Location> l = new ArrayList<>(s.getLocations());
		l.sort(Comparator.comparing(x -> x.getId().toString()));
		return l;
	}

	/** The Relais CSV template, one row per service and location. */
	@Transactional(readOnly = true)
	public void csv(UUID territoryId, Scope scope, Writer out) throws IOException {
		out.write('\uFEFF');
		Csv.write(out, CsvTemplate.COLUMNS);
		for (Service s : services(territoryId, scope)) {
			List<Location> places = locations(s);
			if (places.isEmpty()) {
				Csv.write(out, row(s, null));
			}
			for (Location l : places) {
				Csv.write(out, row(s, l));
			}
		}
		out.flush();
	}

	private static List<String> row(Service s, Location l) {
		Organisation o = s.getOrganisation();
		Map<String, String> v = new HashMap<>();
		v.put("organisation_source", source(o.getSource()));
		v.put("organisation_id", externalId(o.getSource(), o.getExternalId(), o.getId()));
		texts(v, "organisation_name_", o.getName());
		texts(v, "organisation_description_", o.getDescription());
		v.put("organisation_legal_id", o.getLegalId());
		v.put("organisation_legal_id_scheme", o.getLegalIdScheme());
		v.put("organisation_kind", o.getKind().name());
		v.put("organisation_website", o.getWebsite());
		v.put("organisation_email", o.getEmail());
		v.put("organisation_phone", o.getPhone());
		v.put("service_source", source(s.getSource()));
		v.put("service_id", externalId(s.getSource(), s.getExternalId(), s.getId()));
		texts(v, "service_name_", s.getName());
		texts(v, "service_summary_", s.getSummary());
		texts(v, "service_description_", s.getDescription());
		v.put("needs", CsvTemplate.codes(s.getNeeds()));
		v.put("service_types", CsvTemplate.codes(s.getServiceTypes()));
		v.put("publics", CsvTemplate.codes(s.getPublics()));
		v.put("publics_reserved", String.valueOf(s.isPublicsReserved()));
		v.put("min_age", s.getMinAge() == null ? "" : s.getMinAge().toString());
		v.put("max_age", s.getMaxAge() == null ? "" : s.getMaxAge().toString());
		v.put("zone", s.isZoneWholeTerritory() ? "" : CsvTemplate.codes(s.getZoneAreas()));
		v.put("fees", s.getFeesFree() == null ? "" : s.getFeesFree() ? "gratuit" : "payant");
		v.put("fees_details", s.getFeesDetails());
		v.put("prerequisites", CsvTemplate.codes(s.getPrerequisites()));
		v.put("prerequisites_other", s.getPrerequisitesOther());
		v.put("documents", CsvTemplate.codes(s.getDocuments()));
		v.put("documents_other", s.getDocumentsOther());
		v.put("mobilisation", CsvTemplate.codes(s.getMobilisation()));
		v.put("mobilisers", CsvTemplate.codes(s.getMobilisers()));
		v.put("mobilisation_link", s.getMobilisationLink());
		v.put("service_email", s.getEmail());
		v.put("service_phone", s.getPhone());
		v.put("reception_modes", CsvTemplate.codes(s.getReceptionModes()));
		v.put("languages", CsvTemplate.codes(s.getLanguages()));
		v.put("accessibility", CsvTemplate.codes(s.getAccessibility()));
		v.put("contact_name", s.getContactName());
		v.put("contact_email", s.getContactEmail());
		v.put("contact_phone", s.getContactPhone());
		v.put("contact_public", String.valueOf(s.isContactPublic()));
		v.put("status", s.getStatus().name().toLowerCase(Locale.ROOT));
		if (l != null) {
			v.put("location_source", source(l.getSource()));
			v.put("location_id", externalId(l.getSource(), l.getExternalId(), l.getId()));
			v.put("location_name", l.getName());
			v.put("address", l.getAddress());
			v.put("postal_code", l.getPostalCode());
			v.put("city", l.getCity());
			v.put("area_code", l.getAreaCode());
			v.put("country", l.getCountry());
			v.put("latitude", l.getLatitude() == null ? "" : l.getLatitude().toString());
			v.put("longitude", l.getLongitude() == null ? "" : l.getLongitude().toString());
			v.put("access_notes", l.getAccessNotes());
			v.put("hours", hours(l));
		}
		return CsvTemplate.COLUMNS.stream().map(c -> v.get(c) == null ? "" : v.get(c)).toList();
	}

	private static String hours(Location l) {
		List<Drafts.Slot> slots = l.getWeekly()
			.stream()
			.sorted(Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::opens))
			.map(w -> new Drafts.Slot(w.day(), w.opens(), w.closes()))
			.toList();
		return OpeningHours.format(slots, l.isClosedOnHolidays());
	}

	private static void texts(Map<String, String> v, String prefix, LocalizedText t) {
		for (String lang : CsvTemplate.LANGUAGES) {
			v.put(prefix + lang, t == null ? null : t.exactly(lang));
		}
	}

	/** data·inclusion v1 JSON: structures (organisations) and services. */
	@Transactional(readOnly = true)
	public void dataInclusion(UUID territoryId, Scope scope, OutputStream out) throws IOException {
		TerritorySummary territory = territories.find(territoryId).orElseThrow();
		ZoneId zone = ZoneId.of(territory.timeZone());
		List<Service> services = services(territoryId, scope);
		Map<UUID, Organisation> organisations = new java.util.LinkedHashMap<>();
		services.forEach(s -> organisations.putIfAbsent(s.getOrganisation().getId(), s.getOrganisation()));
		Map<UUID, UUID> structurePlaces = new HashMap<>();
		try (JsonGenerator g = json.createGenerator(out)) {
			g.writeStartObject();
			g.writeArrayPropertyStart("structures");
			for (Organisation o : organisations.values()) {
				Location place = structurePlace(o);
				if (place != null) {
					structurePlaces.put(o.getId(), place.getId());
				}
				g.writeStartObject();
				g.writeStringProperty("source", source(o.getSource()));
				g.writeStringProperty("id", diId(o.getSource(), o.getExternalId(), o.getId()));
				g.writeStringProperty("nom", o.name(territory.defaultLanguage()));
				g.writeStringProperty("date_maj", o.getUpdatedAt().atZone(zone).toLocalDate().toString());
				if ("SIRET".equalsIgnoreCase(o.getLegalIdScheme())) {
					g.writeStringProperty("siret", o.getLegalId());
				}
				optional(g, "description", o.getDescription() == null ? null : o.getDescription().get("fr", null));
				optional(g, "telephone", o.getPhone());
				optional(g, "courriel", o.getEmail());
				optional(g, "site_web", o.getWebsite());
				if (place != null) {
					place(g, place);
					optional(g, "horaires_accueil", hours(place));
				}
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeArrayPropertyStart("services");
			for (Service s : services) {
				Organisation o = s.getOrganisation();
				g.writeStartObject();
				g.writeStringProperty("source", source(s.getSource()));
				g.writeStringProperty("structure_id", diId(o.getSource(), o.getExternalId(), o.getId()));
				g.writeStringProperty("id", diId(s.getSource(), s.getExternalId(), s.getId()));
				String name = s.name(territory.defaultLanguage());
				g.writeStringProperty("nom", name);
				String description = s.getDescription() == null ? null : s.getDescription().get("fr", null);
				g.writeStringProperty("description", description != null ? description : name);
				g.writeStringProperty("date_maj",
						(s.getAssuredAt() != null ? s.getAssuredAt() : s.getUpdatedAt()).atZone(zone).toLocalDate().toString());
				codes(g, "thematiques", s.getNeeds());
				codes(g, "publics", s.getPublics());
				if (!s.getServiceTypes().isEmpty()) {
					g.writeStringProperty("type", s.getServiceTypes().stream().sorted().findFirst().orElseThrow());
				}
				if (s.getFeesFree() != null) {
					g.writeStringProperty("frais", s.getFeesFree() ? "gratuit" : "payant");
				}
				optional(g, "frais_precisions", s.getFeesDetails());
				optional(g, "conditions_acces", s.getPrerequisitesOther());
				codes(g, "modes_accueil", s.getReceptionModes());
				codes(g, "modes_mobilisation", s.getMobilisation()
					.stream()
					.filter(m -> !Taxonomy.RELAIS_REFERRAL.equals(m))
					.collect(java.util.stream.Collectors.toSet()));
				codes(g, "mobilisable_par", s.getMobilisers());
				optional(g, "lien_mobilisation", s.getMobilisationLink());
				optional(g, "courriel", s.getEmail());
				optional(g, "telephone", s.getPhone());
				if (s.isContactPublic() || scope == Scope.ALL) {
					optional(g, "contact_nom_prenom", s.getContactName());
				}
				if (s.isZoneWholeTerritory()) {
					if (territory.officialCode() != null) {
						codes(g, "zone_eligibilite", Set.of(territory.officialCode()));
					}
				}
				else {
					codes(g, "zone_eligibilite", s.getZoneAreas());
				}
				List<Location> places = locations(s);
				if (!places.isEmpty()) {
					Location first = places.get(0);
					Location structure = structurePlaces.containsKey(o.getId())
							? em.find(Location.class, structurePlaces.get(o.getId())) : null;
					// a service at its structure's place says nothing of the place (the import puts it there
					// again), only of its own hours when it has some
					boolean atStructure = structure != null && samePlace(first, structure);
					if (!atStructure) {
						place(g, first);
					}
					if (!first.getId().equals(structurePlaces.get(o.getId()))) {
						optional(g, "horaires_accueil", hours(first));
					}
				}
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeEndObject();
		}
	}

	/** The structure's own place: the one an import of data·inclusion made for it, else its first location. */
	private Location structurePlace(Organisation o) {
		List<Location> places = em
			.createQuery("select l from Location l where l.organisationId = :o order by l.id", Location.class)
			.setParameter("o", o.getId())
			.getResultList();
		String own = "structure:" + o.getExternalId();
		return places.stream()
			.filter(l -> ExchangeSources.DATA_INCLUSION.equals(l.getSource()) && own.equals(l.getExternalId()))
			.findFirst()
			.orElse(places.isEmpty() ? null : places.get(0));
	}

	private static boolean samePlace(Location a, Location b) {
		return java.util.Objects.equals(a.getAddress(), b.getAddress())
				&& java.util.Objects.equals(a.getPostalCode(), b.getPostalCode())
				&& java.util.Objects.equals(a.getCity(), b.getCity())
				&& java.util.Objects.equals(a.getAreaCode(), b.getAreaCode())
				&& java.util.Objects.equals(a.getLatitude(), b.getLatitude())
				&& java.util.Objects.equals(a.getLongitude(), b.getLongitude());
	}

	private static void place(JsonGenerator g, Location l) {
		optional(g, "adresse", l.getAddress());
		optional(g, "code_postal", l.getPostalCode() != null && l.getPostalCode().matches("\\d{5}") ? l.getPostalCode() : null);
		optional(g, "commune", l.getCity());
		optional(g, "code_insee", l.getAreaCode() != null && l.getAreaCode().matches("\\w{5}") ? l.getAreaCode() : null);
		if (l.hasCoordinates()) {
			g.writeNumberProperty("latitude", l.getLatitude());
			g.writeNumberProperty("longitude", l.getLongitude());
		}
	}

	private static void optional(JsonGenerator g, String name, String value) {
		if (value != null && !value.isBlank()) {
			g.writeStringProperty(name, value);
		}
	}

	private static void codes(JsonGenerator g, String name, java.util.Collection<String> codes) {
		if (codes.isEmpty()) {
			return;
		}
		g.writeArrayPropertyStart(name);
		for (String c : new java.util.TreeSet<>(codes)) {
			g.writeString(c);
		}
		g.writeEndArray();
	}

	/** Whether a service status is exported to readers who see published entries only. */
	static boolean visible(ServiceStatus status) {
		return status.visible();
	}

}
