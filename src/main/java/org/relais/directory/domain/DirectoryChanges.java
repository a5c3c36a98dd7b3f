package org.relais.directory.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Field-by-field history of directory entries (HSDS {@code metadata}). Take a {@link #snapshot} before a change and
 * call {@link #record} after it: one {@link FieldChange} per field whose value differs. Creating an entry records
 * its non-empty fields with action {@code create}.
 */
@Component
public class DirectoryChanges {

	/** The history field of an entry created as a whole (by an import). */
	public static final String CREATED_FIELD = "record";

	private final FieldChangeRepository changes;

	public DirectoryChanges(FieldChangeRepository changes) {
		this.changes = changes;
	}

	/** The fields of an organisation as text, keyed by field name. */
	public static Map<String, String> snapshot(Organisation o) {
		Map<String, String> m = new LinkedHashMap<>();
		localized(m, "name", o.getName());
		localized(m, "description", o.getDescription());
		m.put("legal_id", o.getLegalId());
		m.put("legal_id_scheme", o.getLegalIdScheme());
		m.put("kind", o.getKind().name());
		m.put("parent_id", str(o.getParentId()));
		m.put("logo", str(o.getLogoFileId()));
		m.put("website", o.getWebsite());
		m.put("email", o.getEmail());
		m.put("phone", o.getPhone());
		m.put("work_territories", codes(o.getWorkTerritories()));
		m.put("status", o.getStatus().name());
		return m;
	}

	/** The fields of a service as text, keyed by field name. */
	public static Map<String, String> snapshot(Service s) {
		Map<String, String> m = new LinkedHashMap<>();
		localized(m, "name", s.getName());
		localized(m, "summary", s.getSummary());
		localized(m, "description", s.getDescription());
		m.put("needs", codes(s.getNeeds()));
		m.put("service_types", codes(s.getServiceTypes()));
		m.put("publics", codes(s.getPublics()));
		m.put("publics_reserved", String.valueOf(s.isPublicsReserved()));
		m.put("min_age", str(s.getMinAge()));
		m.put("max_age", str(s.getMaxAge()));
		m.put("zone_whole_territory", String.valueOf(s.isZoneWholeTerritory()));
		m.put("zone_areas", codes(s.getZoneAreas()));
		m.put("prerequisites", codes(s.getPrerequisites()));
		m.put("prerequisites_other", s.getPrerequisitesOther());
		m.put("documents", codes(s.getDocuments()));
		m.put("documents_other", s.getDocumentsOther());
		m.put("fees_free", str(s.getFeesFree()));
		m.put("fees_details", s.getFeesDetails());
		m.put("mobilisation", codes(s.getMobilisation()));
		m.put("mobilisers", codes(s.getMobilisers()));
		m.put("mobilisation_link", s.getMobilisationLink());
		m.put("email", s.getEmail());
		m.put("phone", s.getPhone());
		m.put("reception_modes", codes(s.getReceptionModes()));
		m.put("languages", codes(s.getLanguages()));
		m.put("accessibility", codes(s.getAccessibility()));
		m.put("contact_name", s.getContactName());
		m.put("contact_email", s.getContactEmail());
		m.put("contact_phone", s.getContactPhone());
		m.put("contact_public", String.valueOf(s.isContactPublic()));
		m.put("status", s.getStatus().name());
		m.put("closed_until", str(s.getClosedUntil()));
		Saturation sat = s.getSaturation();
		m.put("saturation", sat.level().name());
		m.put("places_available", str(sat.available()));
		m.put("places_maximum", str(sat.maximum()));
		m.put("places_unit", sat.unit());
		m.put("verification_months", String.valueOf(s.getVerificationMonths()));
		m.put("assured_at", str(s.getAssuredAt()));
		m.put("locations", s.getLocations().stream().map(l -> l.getId().toString()).sorted()
			.collect(Collectors.joining(", ")));
		m.put("liaison_form", s.getLiaisonForm().stream()
			.map(q -> q.label() + " [" + q.type() + (q.required() ? ", *" : "") + "]")
			.collect(Collectors.joining("; ")));
		return m;
	}

	/** The fields of a location as text, keyed by field name. */
	public static Map<String, String> snapshot(Location l) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("name", l.getName());
		m.put("address", l.getAddress());
		m.put("postal_code", l.getPostalCode());
		m.put("city", l.getCity());
		m.put("area_code", l.getAreaCode());
		m.put("country", l.getCountry());
		m.put("latitude", str(l.getLatitude()));
		m.put("longitude", str(l.getLongitude()));
		m.put("access_notes", l.getAccessNotes());
		m.put("closed_on_holidays", String.valueOf(l.isClosedOnHolidays()));
		m.put("temporary_message", l.getTemporaryMessage());
		m.put("hours", l.getWeekly().stream().map(w -> w.day() + " " + w.opens() + "–" + w.closes())
			.collect(Collectors.joining("; ")));
		m.put("exceptions", l.getExceptions().stream()
			.map(e -> e.validFrom() + "/" + e.validTo() + (e.closed() ? " closed" : " " + e.opens() + "–" + e.closes()))
			.collect(Collectors.joining("; ")));
		return m;
	}

	/**
	 * Records the creation of an entry by an import as one row (field {@value #CREATED_FIELD}, new value: the
	 * import's source and external id) rather than one row per field: a bulk import of a large directory would
	 * otherwise write some twenty history rows per entry. Later changes are kept field by field, with their
	 * previous values.
	 */
	public void recordImported(java.util.UUID territoryId, String resourceType, java.util.UUID resourceId,
			String origin, Actor actor, Instant at) {
		changes.save(new FieldChange(territoryId, resourceType, resourceId, "create", CREATED_FIELD, null, origin,
				actor.userId(), actor.name(), actor.source(), at));
	}

	/**
	 * Records the fields that differ between two snapshots of one entry; {@code before} null means the entry was
	 * created. Returns the number of changed fields.
	 */
	public int record(java.util.UUID territoryId, String resourceType, java.util.UUID resourceId,
			Map<String, String> before, Map<String, String> after, Actor actor, Instant at) {
		int n = 0;
		for (String field : after.keySet()) {
			String old = before == null ? null : blankToNull(before.get(field));
			String now = blankToNull(after.get(field));
			if (!Objects.equals(old, now) && !(before == null && now == null)) {
				changes.save(new FieldChange(territoryId, resourceType, resourceId, before == null ? "create" : "update",
						field, old, now, actor.userId(), actor.name(), actor.source(), at));
				n++;
			}
		}
		return n;
	}

	public List<FieldChange> history(java.util.UUID resourceId) {
		return changes.findByResourceIdOrderByChangedAtDesc(resourceId);
	}

	private static void localized(Map<String, String> m, String field, LocalizedText t) {
		for (String l : List.of("fr", "de", "it", "en")) {
			m.put(field + "_" + l, t == null ? null : t.exactly(l));
		}
	}

	private static String codes(Collection<String> codes) {
		return codes == null || codes.isEmpty() ? null : String.join(", ", new TreeSet<>(codes));
	}

	private static String str(Object o) {
		return o == null ? null : o.toString();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
