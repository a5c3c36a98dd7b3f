package org.relais.directory.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.relais.directory.domain.OrganisationKind;
import org.relais.directory.domain.Taxonomy;
import org.relais.directory.domain.Taxonomy.Vocabulary;

/**
 * Checks a record before anything is written, and cleans what can be cleaned: required names, lengths, ages,
 * hours, taxonomy codes, zone codes, coordinates, HTML and scripts in texts. Errors reject the record; warnings
 * say what was dropped or changed.
 */
final class RecordChecks {

	private final Taxonomy taxonomy;

	private final ZoneMapper zones;

	private final String country;

	RecordChecks(Taxonomy taxonomy, ZoneMapper zones, String country) {
		this.taxonomy = taxonomy;
		this.zones = zones;
		this.country = country;
	}

	void check(ImportRecord r) {
		if (r.organisation != null) {
			organisation(r, r.organisation);
		}
		if (r.service != null) {
			service(r, r.service);
		}
	}

	void organisation(ImportRecord r, Drafts.Organisation o) {
		id(r, o.externalId);
		names(r, "name", o.name, 300, true);
		texts(r, "description", o.description, 8000);
		o.legalId = max(r, "legal_id", TextRules.line(o.legalId), 40);
		o.legalIdScheme = max(r, "legal_id_scheme", TextRules.line(o.legalIdScheme), 16);
		o.website = max(r, "website", TextRules.line(o.website), 500);
		o.email = max(r, "email", TextRules.line(o.email), 254);
		o.phone = max(r, "phone", TextRules.phone(o.phone), 40);
		if (o.kind != null) {
			String k = o.kind.strip().toUpperCase(Locale.ROOT);
			try {
				OrganisationKind.valueOf(k);
				o.kind = k;
			}
			catch (IllegalArgumentException ex) {
				r.warning("directory.imports.warning.unknownKind", o.kind);
				o.kind = null;
			}
		}
		for (Drafts.Location l : o.locations) {
			location(r, l);
		}
	}

	void service(ImportRecord r, Drafts.Service s) {
		id(r, s.externalId);
		names(r, "name", s.name, 300, true);
		texts(r, "summary", s.summary, 500);
		texts(r, "description", s.description, 8000);
		s.prerequisitesOther = text(r, "prerequisites_other", s.prerequisitesOther, 2000);
		s.documentsOther = text(r, "documents_other", s.documentsOther, 2000);
		s.feesDetails = text(r, "fees_details", s.feesDetails, 1000);
		s.mobilisationLink = max(r, "mobilisation_link", TextRules.line(s.mobilisationLink), 500);
		s.email = max(r, "email", TextRules.line(s.email), 254);
		s.phone = max(r, "phone", TextRules.phone(s.phone), 40);
		s.contactName = max(r, "contact_name", TextRules.line(s.contactName), 200);
		s.contactEmail = max(r, "contact_email", TextRules.line(s.contactEmail), 254);
		s.contactPhone = max(r, "contact_phone", TextRules.phone(s.contactPhone), 40);
		if ((s.minAge != null && (s.minAge < 0 || s.minAge > 130)) || (s.maxAge != null && (s.maxAge < 0 || s.maxAge > 130))) {
			r.error("directory.imports.error.ageOutOfRange", s.minAge, s.maxAge);
		}
		else if (s.minAge != null && s.maxAge != null && s.minAge > s.maxAge) {
			r.error("directory.imports.error.ageRange", s.minAge, s.maxAge);
		}
		terms(r, s);
		codes(r, Vocabulary.NEEDS, s.needs);
		codes(r, Vocabulary.SERVICE_TYPES, s.serviceTypes);
		codes(r, Vocabulary.PUBLICS, s.publics);
		codes(r, Vocabulary.MOBILISATION, s.mobilisation);
		codes(r, Vocabulary.MOBILISERS, s.mobilisers);
		codes(r, Vocabulary.RECEPTION, s.receptionModes);
		if (s.prerequisites != null) {
			codes(r, Vocabulary.PREREQUISITES, s.prerequisites);
		}
		if (s.documents != null) {
			codes(r, Vocabulary.DOCUMENTS, s.documents);
		}
		List<String> unknownAccess = taxonomy.unknown(Vocabulary.ACCESSIBILITY, s.accessibility);
		if (!unknownAccess.isEmpty()) {
			r.warning("directory.imports.warning.droppedCodes", "accessibility", String.join(", ", unknownAccess));
			s.accessibility.removeAll(unknownAccess);
		}
		Set<String> languages = new LinkedHashSet<>();
		List<String> badLanguages = new ArrayList<>();
		for (String l : s.languages) {
			String c = l == null ? "" : l.strip().toLowerCase(Locale.ROOT);
			if (c.matches("[a-z]{2}")) {
				languages.add(c);
			}
			else if (!c.isEmpty()) {
				badLanguages.add(l);
			}
		}
		if (!badLanguages.isEmpty()) {
			r.warning("directory.imports.warning.droppedCodes", "languages", String.join(", ", badLanguages));
		}
		s.languages = languages;
		if (s.zoneCodes != null && !s.zoneCodes.isEmpty()) {
			ZoneMapper.Zone zone = zones.map(s.zoneCodes);
			if (!zone.wholeTerritory() && zone.areas().isEmpty()) {
				r.error("directory.imports.error.zoneOutside", String.join(", ", s.zoneCodes));
			}
			else if (!zone.outside().isEmpty()) {
				r.warning("directory.imports.warning.zonePartlyOutside", String.join(", ", zone.outside()));
			}
		}
		for (Drafts.Location l : s.locations) {
			location(r, l);
		}
	}

	/** Vocabularies an HSDS term may belong to, in the order they are tried. */
	private static final List<Vocabulary> TERM_VOCABULARIES = List.of(Vocabulary.NEEDS, Vocabulary.PUBLICS,
			Vocabulary.SERVICE_TYPES, Vocabulary.MOBILISATION, Vocabulary.MOBILISERS, Vocabulary.RECEPTION,
			Vocabulary.ACCESSIBILITY, Vocabulary.PREREQUISITES, Vocabulary.DOCUMENTS);

	/** Taxonomy names that say a term is meant to be a data·inclusion (or Relais) code. */
	private static final List<String> OWN_TAXONOMIES = List.of("thematique", "data-inclusion", "data·inclusion",
			"datainclusion", "publics", "types-de-services", "relais");

	private void terms(ImportRecord r, Drafts.Service s) {
		for (Drafts.Term t : s.terms) {
			boolean matched = false;
			for (String candidate : java.util.Arrays.asList(t.code(), t.name())) {
				if (candidate == null || matched) {
					continue;
				}
				String c = candidate.strip();
				if (c.equals("gratuit") || c.equals("payant")) {
					s.feesFree = c.equals("gratuit");
					matched = true;
					continue;
				}
				for (Vocabulary v : TERM_VOCABULARIES) {
					if (taxonomy.isValid(v, c)) {
						target(s, v).add(c);
						matched = true;
						break;
					}
				}
			}
			if (!matched) {
				String tax = t.taxonomy() == null ? "" : t.taxonomy().toLowerCase(Locale.ROOT);
				String label = t.code() != null ? t.code() : t.name();
				if (OWN_TAXONOMIES.stream().anyMatch(tax::contains)) {
					r.error("directory.imports.error.unknownCode", t.taxonomy(), label);
				}
				else {
					r.warning("directory.imports.warning.termIgnored", t.taxonomy() == null ? "" : t.taxonomy(), label);
				}
			}
		}
	}

	private static Set<String> target(Drafts.Service s, Vocabulary v) {
		return switch (v) {
			case NEEDS -> s.needs;
			case PUBLICS -> s.publics;
			case SERVICE_TYPES -> s.serviceTypes;
			case MOBILISATION -> s.mobilisation;
			case MOBILISERS -> s.mobilisers;
			case RECEPTION -> s.receptionModes;
			case ACCESSIBILITY -> s.accessibility;
			case PREREQUISITES -> {
				if (s.prerequisites == null) {
					s.prerequisites = new java.util.LinkedHashSet<>();
				}
				yield s.prerequisites;
			}
			case DOCUMENTS -> {
				if (s.documents == null) {
					s.documents = new java.util.LinkedHashSet<>();
				}
				yield s.documents;
			}
			default -> throw new IllegalArgumentException(v.name());
		};
	}

	void location(ImportRecord r, Drafts.Location l) {
		if (l.externalId == null || l.externalId.isBlank()) {
			r.error("directory.imports.error.idRequired");
		}
		else if (l.externalId.length() > 200) {
			r.error("directory.imports.error.tooLong", "location id", 200);
		}
		l.name = max(r, "location_name", TextRules.line(TextRules.stripHtml(l.name)), 300);
		l.address = max(r, "address", TextRules.line(l.address), 300);
		l.postalCode = max(r, "postal_code", TextRules.line(l.postalCode), 16);
		l.city = max(r, "city", TextRules.line(l.city), 120);
		l.areaCode = max(r, "area_code", TextRules.line(l.areaCode), 32);
		l.accessNotes = text(r, "access_notes", l.accessNotes, 1000);
		String c = l.country == null ? null : l.country.strip().toUpperCase(Locale.ROOT);
		l.country = c != null && c.matches("[A-Z]{2}") ? c : country;
		if ((l.latitude == null) != (l.longitude == null)) {
			r.warning("directory.imports.warning.coordinatesDropped", l.latitude, l.longitude);
			l.latitude = null;
			l.longitude = null;
		}
		else if (l.latitude != null && (Math.abs(l.latitude) > 90 || Math.abs(l.longitude) > 180
				|| l.latitude.isNaN() || l.longitude.isNaN())) {
			r.warning("directory.imports.warning.coordinatesDropped", l.latitude, l.longitude);
			l.latitude = null;
			l.longitude = null;
		}
		if (l.weekly != null) {
			for (Drafts.Slot slot : l.weekly) {
				if (slot.opens() == null || slot.closes() == null || !slot.closes().isAfter(slot.opens())) {
					r.error("directory.imports.error.closesBeforeOpens", slot.day(), slot.opens(), slot.closes());
				}
			}
		}
		if (l.exceptions != null) {
			for (Drafts.Exception e : l.exceptions) {
				if (e.from() == null || e.to() == null || e.to().isBefore(e.from())) {
					r.error("directory.imports.error.periodEndsBeforeStart", e.from(), e.to());
				}
				else if (!e.closed() && (e.opens() == null || e.closes() == null || !e.closes().isAfter(e.opens()))) {
					r.error("directory.imports.error.closesBeforeOpens", e.from(), e.opens(), e.closes());
				}
			}
		}
	}

	private void codes(ImportRecord r, Vocabulary vocabulary, Collection<String> codes) {
		List<String> unknown = taxonomy.unknown(vocabulary, codes);
		if (!unknown.isEmpty()) {
			r.error("directory.imports.error.unknownCode", vocabulary.name().toLowerCase(Locale.ROOT).replace('_', '-'),
					String.join(", ", unknown));
		}
	}

	private static void id(ImportRecord r, String externalId) {
		if (externalId == null || externalId.isBlank()) {
			r.error("directory.imports.error.idRequired");
		}
		else if (externalId.length() > 200) {
			r.error("directory.imports.error.tooLong", "id", 200);
		}
	}

	private static void names(ImportRecord r, String field, Map<String, String> byLanguage, int max, boolean required) {
		texts(r, field, byLanguage, max);
		for (Map.Entry<String, String> e : byLanguage.entrySet()) {
			e.setValue(TextRules.line(e.getValue()));
		}
		if (required && byLanguage.values().stream().allMatch(v -> v == null || v.isBlank())) {
			r.error("directory.imports.error.nameRequired");
		}
	}

	private static void texts(ImportRecord r, String field, Map<String, String> byLanguage, int max) {
		for (Map.Entry<String, String> e : byLanguage.entrySet()) {
			e.setValue(text(r, field + "_" + e.getKey(), e.getValue(), max));
		}
	}

	private static String text(ImportRecord r, String field, String value, int max) {
		if (value == null) {
			return null;
		}
		if (TextRules.hasScript(value)) {
			r.error("directory.imports.error.script", field);
			return value;
		}
		String v = value;
		if (TextRules.hasHtml(v)) {
			v = TextRules.stripHtml(v);
			r.warning("directory.imports.warning.htmlStripped", field);
		}
		v = v.strip();
		return max(r, field, v.isEmpty() ? null : v, max);
	}

	private static String max(ImportRecord r, String field, String value, int max) {
		if (value != null && value.length() > max) {
			r.error("directory.imports.error.tooLong", field, max);
		}
		return value;
	}

}
