package org.relais.directory.hsds;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.relais.directory.domain.ExceptionalHours;
import org.relais.directory.domain.FieldChange;
import org.relais.directory.domain.FieldChangeRepository;
import org.relais.directory.domain.LiaisonQuestion;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.Saturation;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceStatus;
import org.relais.directory.domain.Taxonomy;
import org.relais.directory.domain.WeeklySlot;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Relais' directory as HSDS 3.0 objects. Texts are given in the territory's default language. Only what inhabitants
 * may see is published: professional-only contacts stay out. Relais-specific data travel as extra properties:
 * {@code service_capacity} (shaped like HSDS 3.1), {@code saturation_level}, {@code publics},
 * {@code publics_reserved} and {@code liaison_form}. Null values are left out, as the schema types are not nullable.
 */
@Component
class HsdsMapper {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HsdsTaxonomies taxonomies;

	private final TerritoryCatalog territories;

	private final FieldChangeRepository changes;

	private final MessageSource messages;

	private final Taxonomy taxonomy;

	HsdsMapper(HsdsTaxonomies taxonomies, TerritoryCatalog territories, FieldChangeRepository changes,
			MessageSource messages, Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
		this.taxonomies = taxonomies;
		this.territories = territories;
		this.changes = changes;
		this.messages = messages;
	}

	/** A sentence of the published data, in the territory's language. */
	private String text(String lang, String key, Object... args) {
		return messages.getMessage("directory.hsds." + key, args, Locale.forLanguageTag(lang));
	}

	enum Detail {
		MINIMAL, DEFAULT, FULL
	}

	ObjectNode service(Service s, Detail detail) {
		TerritorySummary t = territories.find(s.getTerritoryId()).orElseThrow();
		String lang = t.defaultLanguage();
		ObjectNode n = JSON.createObjectNode();
		n.put("id", s.getId().toString());
		n.put("organization_id", s.getOrganisationId().toString());
		n.put("name", s.getName().get(lang, null));
		String description = s.getDescription().get(lang, null);
		n.put("description", description != null ? description : nz(s.getSummary().get(lang, null)));
		n.put("status", s.getStatus() == ServiceStatus.TEMPORARILY_CLOSED ? "temporarily closed"
				: s.getStatus() == ServiceStatus.ARCHIVED ? "defunct" : "active");
		if (detail == Detail.MINIMAL) {
			return n;
		}
		put(n, "alternate_name", s.getSummary().get(lang, null));
		if (s.getMobilisationLink() != null && s.getMobilisationLink().matches("https?://\\S+")) {
			n.put("url", s.getMobilisationLink());
		}
		put(n, "email", s.getEmail());
		put(n, "fees_description", s.getFeesFree() == null ? s.getFeesDetails()
				: text(lang, s.getFeesFree() ? "free" : "paid") + (s.getFeesDetails() == null ? "" : " – " + s.getFeesDetails()));
		List<String> conditions = new java.util.ArrayList<>();
		s.getPrerequisites().forEach(c -> conditions.add(taxonomy.label(Taxonomy.Vocabulary.PREREQUISITES, c,
				Locale.forLanguageTag(lang))));
		if (s.getPrerequisitesOther() != null) {
			conditions.add(s.getPrerequisitesOther());
		}
		put(n, "eligibility_description", String.join(" ; ", conditions));
		if (s.getMinAge() != null) {
			n.put("minimum_age", s.getMinAge());
		}
		if (s.getMaxAge() != null) {
			n.put("maximum_age", s.getMaxAge());
		}
		if (s.getAssuredAt() != null) {
			n.put("assured_date", s.getAssuredAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
		}
		if (s.getStatus() == ServiceStatus.TEMPORARILY_CLOSED && s.getClosedUntil() != null) {
			n.put("alert", text(lang, "closedUntil", s.getClosedUntil().toString()));
		}
		n.put("last_modified", s.getUpdatedAt().toString());
		// Relais extensions
		Saturation sat = s.getSaturation();
		n.put("saturation_level", sat.level().name());
		ArrayNode capacity = n.putArray("service_capacity");
		if (sat.available() != null || sat.maximum() != null) {
			ObjectNode c = capacity.addObject();
			c.put("id", HsdsIds.of("capacity", s.getId().toString()).toString());
			c.put("service_id", s.getId().toString());
			if (sat.available() != null) {
				c.put("available", sat.available());
			}
			if (sat.maximum() != null) {
				c.put("maximum", sat.maximum());
			}
			ObjectNode unit = c.putObject("unit");
			unit.put("id", HsdsIds.of("unit", nz(sat.unit())).toString());
			unit.put("name", sat.unit() == null ? "places" : sat.unit());
			if (sat.setAt() != null) {
				c.put("updated", sat.setAt().toString());
			}
		}
		ArrayNode publics = n.putArray("publics");
		s.getPublics().forEach(publics::add);
		n.put("publics_reserved", s.isPublicsReserved());
		ArrayNode liaison = n.putArray("liaison_form");
		for (LiaisonQuestion q : s.getLiaisonForm()) {
			ObjectNode o = liaison.addObject();
			o.put("label", q.label());
			o.put("type", q.type().name().toLowerCase(Locale.ROOT));
			o.put("required", q.required());
			ArrayNode choices = o.putArray("choices");
			q.choiceList().forEach(choices::add);
		}
		// HSDS arrays
		ArrayNode phones = n.putArray("phones");
		if (s.getPhone() != null) {
			phone(phones, s.getId(), "service", s.getPhone()).put("service_id", s.getId().toString());
		}
		n.putArray("schedules");
		ArrayNode areas = n.putArray("service_areas");
		ObjectNode area = areas.addObject();
		area.put("id", HsdsIds.of("service_area", s.getId().toString()).toString());
		area.put("service_id", s.getId().toString());
		area.put("name", s.isZoneWholeTerritory() || s.getZoneAreas().isEmpty() ? t.name(lang)
				: String.join(", ", s.getZoneAreas()));
		area.put("description", s.isZoneWholeTerritory() ? text(lang, "wholeTerritory")
				: text(lang, "zoneCodes", String.join(", ", s.getZoneAreas())));
		ArrayNode languages = n.putArray("languages");
		for (String code : s.getLanguages()) {
			ObjectNode l = languages.addObject();
			l.put("id", HsdsIds.of("language", s.getId().toString(), code).toString());
			l.put("service_id", s.getId().toString());
			l.put("code", code);
			l.put("name", Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH));
		}
		ArrayNode costs = n.putArray("cost_options");
		if (s.getFeesFree() != null || s.getFeesDetails() != null) {
			ObjectNode c = costs.addObject();
			c.put("id", HsdsIds.of("cost", s.getId().toString()).toString());
			c.put("service_id", s.getId().toString());
			c.put("option", text(lang, Boolean.TRUE.equals(s.getFeesFree()) ? "free" : "paid"));
			put(c, "amount_description", s.getFeesDetails());
		}
		ArrayNode documents = n.putArray("required_documents");
		for (String code : s.getDocuments()) {
			ObjectNode d = documents.addObject();
			d.put("id", HsdsIds.of("document", s.getId().toString(), code).toString());
			d.put("service_id", s.getId().toString());
			d.put("document", taxonomy.label(Taxonomy.Vocabulary.DOCUMENTS, code, Locale.forLanguageTag(lang)));
		}
		if (s.getDocumentsOther() != null) {
			ObjectNode d = documents.addObject();
			d.put("id", HsdsIds.of("document", s.getId().toString()).toString());
			d.put("service_id", s.getId().toString());
			d.put("document", s.getDocumentsOther());
		}
		ArrayNode contacts = n.putArray("contacts");
		if (s.isContactPublic() && s.getContactName() != null) {
			ObjectNode c = contacts.addObject();
			UUID id = HsdsIds.of("contact", s.getId().toString());
			c.put("id", id.toString());
			c.put("service_id", s.getId().toString());
			c.put("name", s.getContactName());
			if (s.getContactEmail() != null && s.getContactEmail().contains("@")) {
				c.put("email", s.getContactEmail());
			}
			ArrayNode cp = c.putArray("phones");
			if (s.getContactPhone() != null) {
				phone(cp, id, "contact", s.getContactPhone()).put("contact_id", id.toString());
			}
		}
		ArrayNode attributes = n.putArray("attributes");
		for (String need : s.getNeeds()) {
			attribute(attributes, s.getId(), taxonomies.term(Taxonomy.Vocabulary.NEEDS, need));
		}
		for (String p : s.getPublics()) {
			attribute(attributes, s.getId(), taxonomies.term(Taxonomy.Vocabulary.PUBLICS, p));
		}
		for (String type : s.getServiceTypes()) {
			attribute(attributes, s.getId(), taxonomies.term(Taxonomy.Vocabulary.SERVICE_TYPES, type));
		}
		ArrayNode salList = n.putArray("service_at_locations");
		for (Location l : s.getLocations()) {
			ObjectNode sal = salList.addObject();
			sal.put("id", HsdsIds.serviceAtLocation(s.getId(), l.getId()).toString());
			sal.put("service_id", s.getId().toString());
			sal.put("location_id", l.getId().toString());
			if (detail == Detail.FULL) {
				sal.set("location", location(l, t));
			}
		}
		if (detail == Detail.FULL) {
			n.set("organization", organization(s.getOrganisation(), lang, false));
		}
		n.set("metadata", metadata(s.getId(), "service"));
		return n;
	}

	ObjectNode organization(Organisation o, String lang, boolean withMetadata) {
		ObjectNode n = JSON.createObjectNode();
		n.put("id", o.getId().toString());
		n.put("name", o.getName().get(lang, null));
		String description = o.getDescription().get(lang, null);
		n.put("description", description != null ? description : o.getName().get(lang, null));
		put(n, "email", o.getEmail());
		put(n, "website", o.getWebsite());
		if (o.getParentId() != null) {
			n.put("parent_organization_id", o.getParentId().toString());
		}
		put(n, "legal_status", o.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
		ArrayNode ids = n.putArray("organization_identifiers");
		if (o.getLegalId() != null) {
			ObjectNode id = ids.addObject();
			id.put("id", HsdsIds.of("identifier", o.getId().toString()).toString());
			id.put("organization_id", o.getId().toString());
			id.put("identifier_type", o.getLegalIdScheme() == null ? "legal" : o.getLegalIdScheme());
			id.put("identifier", o.getLegalId());
		}
		ArrayNode phones = n.putArray("phones");
		if (o.getPhone() != null) {
			phone(phones, o.getId(), "organization", o.getPhone()).put("organization_id", o.getId().toString());
		}
		if (withMetadata) {
			n.set("metadata", metadata(o.getId(), "organization"));
		}
		return n;
	}

	ObjectNode location(Location l, TerritorySummary t) {
		ObjectNode n = JSON.createObjectNode();
		n.put("id", l.getId().toString());
		n.put("location_type", "physical");
		n.put("organization_id", l.getOrganisationId().toString());
		put(n, "name", l.getName());
		put(n, "description", l.getTemporaryMessage());
		put(n, "transportation", l.getAccessNotes());
		if (l.hasCoordinates()) {
			n.put("latitude", l.getLatitude());
			n.put("longitude", l.getLongitude());
		}
		if (l.getAreaCode() != null) {
			n.put("external_identifier", l.getAreaCode());
			n.put("external_identifier_type", "CH".equals(l.getCountry()) ? "BFS" : "FR".equals(l.getCountry()) ? "INSEE" : "official");
		}
		ArrayNode addresses = n.putArray("addresses");
		if (l.getAddress() != null && l.getCity() != null && l.getPostalCode() != null) {
			ObjectNode a = addresses.addObject();
			a.put("id", HsdsIds.of("address", l.getId().toString()).toString());
			a.put("location_id", l.getId().toString());
			a.put("address_1", l.getAddress());
			a.put("city", l.getCity());
			a.put("state_province", t.name(t.defaultLanguage()));
			a.put("postal_code", l.getPostalCode());
			a.put("country", l.getCountry());
			a.put("address_type", "physical");
		}
		ArrayNode schedules = n.putArray("schedules");
		int i = 0;
		for (WeeklySlot w : l.getWeekly()) {
			ObjectNode s = schedules.addObject();
			s.put("id", HsdsIds.of("schedule", l.getId().toString(), String.valueOf(i++)).toString());
			s.put("location_id", l.getId().toString());
			s.put("freq", "WEEKLY");
			s.put("wkst", "MO");
			s.put("byday", day(w.day()));
			s.put("opens_at", w.opens().toString());
			s.put("closes_at", w.closes().toString());
		}
		for (ExceptionalHours e : l.getExceptions()) {
			ObjectNode s = schedules.addObject();
			s.put("id", HsdsIds.of("schedule", l.getId().toString(), String.valueOf(i++)).toString());
			s.put("location_id", l.getId().toString());
			s.put("valid_from", e.validFrom().toString());
			s.put("valid_to", e.validTo().toString());
			if (e.closed()) {
				s.put("description", text(t.defaultLanguage(), "closed") + (e.note() == null ? "" : " – " + e.note()));
			}
			else {
				s.put("freq", "WEEKLY");
				s.put("byday", "MO,TU,WE,TH,FR,SA,SU");
				s.put("opens_at", e.opens().toString());
				s.put("closes_at", e.closes().toString());
				put(s, "description", e.note());
			}
		}
		if (l.isClosedOnHolidays()) {
			n.put("closed_on_public_holidays", true);
		}
		n.putArray("accessibility");
		return n;
	}

	private ArrayNode metadata(UUID resource, String type) {
		ArrayNode rows = JSON.createArrayNode();
		List<FieldChange> history = changes.findByResourceIdOrderByChangedAtDesc(resource);
		for (FieldChange c : history.subList(0, Math.min(history.size(), 50))) {
			ObjectNode m = rows.addObject();
			m.put("id", c.getId().toString());
			m.put("resource_id", resource.toString());
			m.put("resource_type", type);
			m.put("last_action_date", c.getChangedAt().toString());
			m.put("last_action_type", c.getActionType());
			m.put("field_name", c.getFieldName());
			m.put("previous_value", nz(c.getPreviousValue()));
			m.put("replacement_value", nz(c.getReplacementValue()));
			m.put("updated_by", c.getChangedByName());
		}
		return rows;
	}

	ObjectNode taxonomy(HsdsTaxonomies.Published p) {
		ObjectNode n = JSON.createObjectNode();
		n.put("id", p.id().toString());
		n.put("name", p.name());
		n.put("description", p.description());
		n.put("uri", p.uri());
		n.put("version", "1.0.8");
		return n;
	}

	ObjectNode term(HsdsTaxonomies.Term t) {
		ObjectNode n = JSON.createObjectNode();
		n.put("id", t.id().toString());
		n.put("code", t.code());
		n.put("name", t.name());
		n.put("description", t.name());
		if (t.parentId() != null) {
			n.put("parent_id", t.parentId().toString());
		}
		n.put("taxonomy", t.taxonomy().name());
		n.put("taxonomy_id", t.taxonomy().id().toString());
		n.put("language", "fr");
		n.set("taxonomy_detail", taxonomy(t.taxonomy()));
		return n;
	}

	private void attribute(ArrayNode attributes, UUID service, HsdsTaxonomies.Term term) {
		ObjectNode a = attributes.addObject();
		a.put("id", HsdsIds.of("attribute", service.toString(), term.id().toString()).toString());
		a.put("link_id", service.toString());
		a.put("link_type", term.taxonomy().key());
		a.put("link_entity", "service");
		a.put("taxonomy_term_id", term.id().toString());
		a.set("taxonomy_term", term(term));
	}

	private static ObjectNode phone(ArrayNode phones, UUID owner, String kind, String number) {
		ObjectNode p = phones.addObject();
		p.put("id", HsdsIds.of("phone", kind, owner.toString()).toString());
		p.put("number", number);
		p.put("type", "voice");
		return p;
	}

	private static String day(DayOfWeek d) {
		return d.name().substring(0, 2);
	}

	private static void put(ObjectNode n, String field, String value) {
		if (value != null && !value.isBlank()) {
			n.put(field, value);
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	static String now() {
		return Instant.now().toString();
	}

}
