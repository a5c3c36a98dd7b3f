package org.relais.directory.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.relais.directory.domain.ExceptionalHours;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.WeeklySlot;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports a territory's services as HSDS 3.0 JSON (a list of full services, each with its organisation and its
 * locations nested) or NDJSON (one full service per line). Texts go out in the territory's language; codes go
 * out as attributes of data·inclusion taxonomies; what HSDS has no field for travels as extra properties
 * ({@code zone_eligibilite}, {@code relais_status}, an address's {@code area_code}). The import reads all of it
 * back, so that importing an export changes nothing.
 */
@Component
public class HsdsExport {

	/** Taxonomy names of the attributes, by the codes they carry. */
	static final String NEEDS = "data·inclusion thematiques";

	static final String PUBLICS = "data·inclusion publics";

	static final String TYPES = "data·inclusion types-de-services";

	static final String FEES = "data·inclusion frais";

	static final String MOBILISATION = "data·inclusion modes-mobilisation";

	static final String MOBILISERS = "data·inclusion mobilisable-par";

	static final String RECEPTION = "data·inclusion modes-accueil";

	static final String ACCESSIBILITY = "relais accessibility";

	static final String PREREQUISITES = "relais prerequisites";

	static final String DOCUMENTS = "relais documents";

	private final EntityManager em;

	private final TerritoryCatalog territories;

	private final JsonMapper json = JsonMapper.builder().build();

	HsdsExport(EntityManager em, TerritoryCatalog territories) {
		this.em = em;
		this.territories = territories;
	}

	/** HSDS JSON: an array of full services. */
	@Transactional(readOnly = true)
	public void json(UUID territoryId, DirectoryExport.Scope scope, OutputStream out) throws IOException {
		TerritorySummary territory = territories.find(territoryId).orElseThrow();
		try (JsonGenerator g = json.createGenerator(out)) {
			g.writeStartArray();
			for (Service s : services(territoryId, scope)) {
				service(g, s, territory);
			}
			g.writeEndArray();
		}
	}

	/** HSDS NDJSON: one full service per line. */
	@Transactional(readOnly = true)
	public void ndjson(UUID territoryId, DirectoryExport.Scope scope, OutputStream out) throws IOException {
		TerritorySummary territory = territories.find(territoryId).orElseThrow();
		for (Service s : services(territoryId, scope)) {
			try (JsonGenerator g = json.createGenerator(new NonClosing(out))) {
				service(g, s, territory);
			}
			out.write('\n');
			em.detach(s);
		}
		out.flush();
	}

	private List<Service> services(UUID territoryId, DirectoryExport.Scope scope) {
		List<Service> list = em
			.createQuery("select s from Service s join fetch s.organisation where s.territoryId = :t order by s.id",
					Service.class)
			.setParameter("t", territoryId)
			.getResultList();
		if (scope == DirectoryExport.Scope.ALL) {
			return list;
		}
		return list.stream()
			.filter(s -> s.getStatus().visible() && s.getOrganisation().getStatus() == OrganisationStatus.ACTIVE)
			.toList();
	}

	/** The id an entry goes out with: its HSDS id when it came from an HSDS file, else its Relais id. */
	static String id(String source, String externalId, UUID id) {
		return ExchangeSources.exportId(ExchangeSources.HSDS, source, externalId, id);
	}

	private void service(JsonGenerator g, Service s, TerritorySummary territory) {
		String lang = territory.defaultLanguage();
		ZoneId zone = ZoneId.of(territory.timeZone());
		String sid = id(s.getSource(), s.getExternalId(), s.getId());
		g.writeStartObject();
		g.writeStringProperty("id", sid);
		g.writeStringProperty("name", text(s.getName(), lang, true));
		optional(g, "description", text(s.getDescription(), lang, false));
		optional(g, "url", s.getMobilisationLink());
		optional(g, "email", s.getEmail());
		g.writeStringProperty("status", switch (s.getStatus()) {
			case ARCHIVED -> "inactive";
			case TEMPORARILY_CLOSED -> "temporarily closed";
			default -> "active";
		});
		g.writeStringProperty("relais_status", s.getStatus().name().toLowerCase(Locale.ROOT));
		optional(g, "fees_description", s.getFeesDetails());
		optional(g, "eligibility_description", s.getPrerequisitesOther());
		if (s.getMinAge() != null) {
			g.writeNumberProperty("minimum_age", s.getMinAge());
		}
		if (s.getMaxAge() != null) {
			g.writeNumberProperty("maximum_age", s.getMaxAge());
		}
		if (s.getAssuredAt() != null) {
			g.writeStringProperty("assured_date", s.getAssuredAt().atZone(zone).toLocalDate().toString());
			String by = s.getAssuredByName();
			if (by != null && by.contains("@")) {
				g.writeStringProperty("assurer_email", by);
			}
		}
		g.writeStringProperty("last_modified", s.getUpdatedAt().toString());
		phones(g, sid, s.getPhone());
		g.writeArrayPropertyStart("languages");
		for (String code : new TreeSet<>(s.getLanguages())) {
			g.writeStartObject();
			g.writeStringProperty("id", uuid(sid, "language", code));
			g.writeStringProperty("service_id", sid);
			g.writeStringProperty("code", code);
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeArrayPropertyStart("contacts");
		if (s.getContactName() != null || s.getContactEmail() != null || s.getContactPhone() != null) {
			String cid = uuid(sid, "contact", "");
			g.writeStartObject();
			g.writeStringProperty("id", cid);
			g.writeStringProperty("service_id", sid);
			optional(g, "name", s.getContactName());
			optional(g, "email", s.getContactEmail());
			phones(g, cid, s.getContactPhone());
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeArrayPropertyStart("required_documents");
		if (s.getDocumentsOther() != null) {
			int i = 0;
			for (String doc : s.getDocumentsOther().split("\n")) {
				if (!doc.isBlank()) {
					g.writeStartObject();
					g.writeStringProperty("id", uuid(sid, "document", String.valueOf(i++)));
					g.writeStringProperty("service_id", sid);
					g.writeStringProperty("document", doc.strip());
					g.writeEndObject();
				}
			}
		}
		g.writeEndArray();
		if (!s.isZoneWholeTerritory()) {
			g.writeArrayPropertyStart("zone_eligibilite");
			for (String code : new TreeSet<>(s.getZoneAreas())) {
				g.writeString(code);
			}
			g.writeEndArray();
		}
		g.writeArrayPropertyStart("attributes");
		attributes(g, sid, NEEDS, s.getNeeds());
		attributes(g, sid, PUBLICS, s.getPublics());
		attributes(g, sid, TYPES, s.getServiceTypes());
		attributes(g, sid, MOBILISATION, s.getMobilisation());
		attributes(g, sid, MOBILISERS, s.getMobilisers());
		attributes(g, sid, RECEPTION, s.getReceptionModes());
		attributes(g, sid, ACCESSIBILITY, s.getAccessibility());
		attributes(g, sid, PREREQUISITES, s.getPrerequisites());
		attributes(g, sid, DOCUMENTS, s.getDocuments());
		if (s.getFeesFree() != null) {
			attributes(g, sid, FEES, List.of(s.getFeesFree() ? "gratuit" : "payant"));
		}
		g.writeEndArray();
		organisation(g, s.getOrganisation(), lang);
		g.writeArrayPropertyStart("service_at_locations");
		List<Location> places = new ArrayList<>(s.getLocations());
		places.sort(Comparator.comparing(l -> l.getId().toString()));
		for (Location l : places) {
			String lid = id(l.getSource(), l.getExternalId(), l.getId());
			g.writeStartObject();
			g.writeStringProperty("id", uuid(sid, "service_at_location", lid));
			g.writeStringProperty("service_id", sid);
			g.writeStringProperty("location_id", lid);
			location(g, l, lid);
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeEndObject();
	}

	private static void organisation(JsonGenerator g, Organisation o, String lang) {
		String oid = id(o.getSource(), o.getExternalId(), o.getId());
		g.writeObjectPropertyStart("organization");
		g.writeStringProperty("id", oid);
		g.writeStringProperty("name", text(o.getName(), lang, true));
		g.writeStringProperty("description", nonNull(text(o.getDescription(), lang, false)));
		optional(g, "email", o.getEmail());
		optional(g, "website", o.getWebsite());
		phones(g, oid, o.getPhone());
		g.writeArrayPropertyStart("organization_identifiers");
		if (o.getLegalId() != null) {
			g.writeStartObject();
			g.writeStringProperty("id", uuid(oid, "identifier", o.getLegalId()));
			g.writeStringProperty("organization_id", oid);
			optional(g, "identifier_scheme", o.getLegalIdScheme());
			g.writeStringProperty("identifier_type", "legal");
			g.writeStringProperty("identifier", o.getLegalId());
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeEndObject();
	}

	private static void location(JsonGenerator g, Location l, String lid) {
		g.writeObjectPropertyStart("location");
		g.writeStringProperty("id", lid);
		g.writeStringProperty("location_type", "physical");
		optional(g, "name", l.getName());
		optional(g, "transportation", l.getAccessNotes());
		if (l.hasCoordinates()) {
			g.writeNumberProperty("latitude", l.getLatitude());
			g.writeNumberProperty("longitude", l.getLongitude());
		}
		g.writeArrayPropertyStart("addresses");
		if (l.getAddress() != null || l.getCity() != null || l.getPostalCode() != null) {
			g.writeStartObject();
			g.writeStringProperty("id", uuid(lid, "address", ""));
			g.writeStringProperty("location_id", lid);
			g.writeStringProperty("address_1", nonNull(l.getAddress()));
			g.writeStringProperty("city", nonNull(l.getCity()));
			g.writeStringProperty("region", "");
			g.writeStringProperty("state_province", "");
			g.writeStringProperty("postal_code", nonNull(l.getPostalCode()));
			g.writeStringProperty("country", l.getCountry() == null ? "" : l.getCountry());
			g.writeStringProperty("address_type", "physical");
			optional(g, "area_code", l.getAreaCode());
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeArrayPropertyStart("schedules");
		Map<String, List<WeeklySlot>> byTimes = new LinkedHashMap<>();
		l.getWeekly()
			.stream()
			.sorted(Comparator.comparing(WeeklySlot::opens).thenComparing(WeeklySlot::closes).thenComparing(WeeklySlot::day))
			.forEach(w -> byTimes.computeIfAbsent(w.opens() + "-" + w.closes(), k -> new ArrayList<>()).add(w));
		for (List<WeeklySlot> same : byTimes.values()) {
			String days = String.join(",", same.stream().map(w -> w.day().name().substring(0, 2)).toList());
			g.writeStartObject();
			g.writeStringProperty("id", uuid(lid, "weekly", days + same.get(0).opens()));
			g.writeStringProperty("location_id", lid);
			g.writeStringProperty("freq", "WEEKLY");
			g.writeStringProperty("byday", days);
			g.writeStringProperty("opens_at", time(same.get(0).opens()));
			g.writeStringProperty("closes_at", time(same.get(0).closes()));
			g.writeEndObject();
		}
		for (ExceptionalHours e : l.getExceptions()) {
			g.writeStartObject();
			g.writeStringProperty("id", uuid(lid, "exception", e.validFrom() + "/" + e.validTo() + e.opens()));
			g.writeStringProperty("location_id", lid);
			g.writeStringProperty("valid_from", e.validFrom().toString());
			g.writeStringProperty("valid_to", e.validTo().toString());
			if (!e.closed() && e.opens() != null) {
				g.writeStringProperty("opens_at", time(e.opens()));
				g.writeStringProperty("closes_at", time(e.closes()));
			}
			optional(g, "description", e.note());
			g.writeEndObject();
		}
		g.writeEndArray();
		g.writeEndObject();
	}

	private static void attributes(JsonGenerator g, String sid, String taxonomy, Collection<String> codes) {
		for (String code : new TreeSet<>(codes)) {
			g.writeStartObject();
			g.writeStringProperty("id", uuid(sid, taxonomy, code));
			g.writeStringProperty("link_id", sid);
			g.writeStringProperty("link_type", "service");
			g.writeStringProperty("link_entity", "service");
			g.writeObjectPropertyStart("taxonomy_term");
			g.writeStringProperty("id", uuid(taxonomy, "term", code));
			g.writeStringProperty("code", code);
			g.writeStringProperty("name", code);
			g.writeStringProperty("description", code);
			g.writeStringProperty("taxonomy", taxonomy);
			g.writeEndObject();
			g.writeEndObject();
		}
	}

	private static void phones(JsonGenerator g, String owner, String number) {
		g.writeArrayPropertyStart("phones");
		if (number != null) {
			g.writeStartObject();
			g.writeStringProperty("id", uuid(owner, "phone", number));
			g.writeStringProperty("number", number);
			g.writeEndObject();
		}
		g.writeEndArray();
	}

	/** A stable UUID for a nested row that has no id of its own in Relais. */
	static String uuid(String owner, String kind, String value) {
		return UUID.nameUUIDFromBytes((owner + '\u0000' + kind + '\u0000' + value).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	private static String time(LocalTime t) {
		return t.toString().length() == 5 ? t + ":00" : t.toString();
	}

	private static String text(LocalizedText t, String lang, boolean fallback) {
		if (t == null) {
			return fallback ? "" : null;
		}
		String exact = t.exactly(lang);
		return exact != null || !fallback ? exact : t.get(lang, "");
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	private static void optional(JsonGenerator g, String name, String value) {
		if (value != null && !value.isBlank()) {
			g.writeStringProperty(name, value);
		}
	}

	/** Lets a generator per line write to the response without closing it. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			out.flush();
		}

	}

}
