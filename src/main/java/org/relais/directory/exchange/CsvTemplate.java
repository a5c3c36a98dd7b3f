package org.relais.directory.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Relais' CSV template (documented in the README, served at {@code /admin/directory/imports/template.csv}):
 * one row per service and location, with its organisation's columns; consecutive rows of the same service add
 * locations to it. Texts have one column per language; lists of codes are separated by {@code |}; an empty
 * {@code zone} means the whole territory; {@code hours} uses the OpenStreetMap syntax
 * ({@code Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off}).
 */
final class CsvTemplate {

	static final List<String> LANGUAGES = List.of("fr", "de", "it", "en");

	static final List<String> COLUMNS = columns();

	private CsvTemplate() {
	}

	private static List<String> columns() {
		List<String> c = new ArrayList<>();
		c.addAll(List.of("organisation_source", "organisation_id"));
		LANGUAGES.forEach(l -> c.add("organisation_name_" + l));
		LANGUAGES.forEach(l -> c.add("organisation_description_" + l));
		c.addAll(List.of("organisation_legal_id", "organisation_legal_id_scheme", "organisation_kind",
				"organisation_website", "organisation_email", "organisation_phone", "service_source", "service_id"));
		LANGUAGES.forEach(l -> c.add("service_name_" + l));
		LANGUAGES.forEach(l -> c.add("service_summary_" + l));
		LANGUAGES.forEach(l -> c.add("service_description_" + l));
		c.addAll(List.of("needs", "service_types", "publics", "publics_reserved", "min_age", "max_age", "zone", "fees",
				"fees_details", "prerequisites", "prerequisites_other", "documents", "documents_other", "mobilisation", "mobilisers",
				"mobilisation_link", "service_email", "service_phone", "reception_modes", "languages", "accessibility",
				"contact_name", "contact_email", "contact_phone", "contact_public", "status", "location_source",
				"location_id", "location_name", "address", "postal_code", "city", "area_code", "country", "latitude",
				"longitude", "access_notes", "hours"));
		return List.copyOf(c);
	}

	/** One example row of the template, in French, for the Métropole de Lyon. */
	static List<String> exampleRow() {
		Map<String, String> v = new HashMap<>();
		v.put("organisation_source", "csv");
		v.put("organisation_id", "asso-exemple");
		v.put("organisation_name_fr", "Association Exemple");
		v.put("organisation_kind", "ASSOCIATION");
		v.put("organisation_email", "contact@asso-exemple.example");
		v.put("service_source", "csv");
		v.put("service_id", "asso-exemple-aide-numerique");
		v.put("service_name_fr", "Aide aux démarches en ligne");
		v.put("service_description_fr", "Accompagnement individuel pour les démarches administratives en ligne.");
		v.put("needs", "numerique--acceder-a-des-services-en-ligne");
		v.put("publics", "tous-publics");
		v.put("fees", "gratuit");
		v.put("prerequisites", "appointment-required");
		v.put("documents", "identity-document|proof-of-address");
		v.put("mobilisation", "se-presenter|telephoner");
		v.put("reception_modes", "en-presentiel");
		v.put("languages", "fr|ar");
		v.put("service_phone", "+33 4 00 00 00 00");
		v.put("location_source", "csv");
		v.put("location_id", "asso-exemple-local");
		v.put("address", "1 rue de l’Exemple");
		v.put("postal_code", "69100");
		v.put("city", "Villeurbanne");
		v.put("area_code", "69266");
		v.put("country", "FR");
		v.put("hours", "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off");
		return COLUMNS.stream().map(col -> v.getOrDefault(col, "")).toList();
	}

	static String codes(Collection<String> codes) {
		return codes == null || codes.isEmpty() ? "" : String.join("|", new java.util.TreeSet<>(codes));
	}

	/** Reads the template into records: organisation rows when the organisation is new in the file, then services. */
	static final class Reader implements RecordReader {

		@Override
		public void read(InputStream in, Context context, Consumer<ImportRecord> sink) throws IOException {
			java.io.Reader text = new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			Csv csv = Csv.reader(text);
			List<String> header = csv.header();
			if (!header.contains("service_id") || !header.contains("organisation_id")) {
				throw new UnreadableFileException("directory.imports.error.notTemplate");
			}
			int line = 1;
			ImportRecord pending = null;
			String pendingKey = null;
			List<String> row;
			while ((row = csv.row()) != null) {
				line++;
				if (row.stream().allMatch(String::isBlank)) {
					continue;
				}
				Map<String, String> v = new HashMap<>();
				for (int i = 0; i < header.size() && i < row.size(); i++) {
					v.put(header.get(i), row.get(i));
				}
				String key = value(v, "service_source", ExchangeSources.CSV) + '\u0000' + value(v, "service_id", "");
				if (pending != null && key.equals(pendingKey)) {
					Drafts.Location l = location(v, pending.warnings);
					if (l != null) {
						pending.service.locations.add(l);
					}
					continue;
				}
				if (pending != null) {
					sink.accept(pending);
				}
				pending = record(line, v);
				pendingKey = key;
			}
			if (pending != null) {
				sink.accept(pending);
			}
		}

		private static ImportRecord record(int line, Map<String, String> v) {
			Drafts.Organisation o = new Drafts.Organisation();
			o.source = value(v, "organisation_source", ExchangeSources.CSV);
			o.externalId = value(v, "organisation_id", null);
			for (String l : LANGUAGES) {
				if (v.containsKey("organisation_name_" + l)) {
					o.name.put(l, v.get("organisation_name_" + l));
				}
				if (v.containsKey("organisation_description_" + l)) {
					o.description.put(l, v.get("organisation_description_" + l));
				}
			}
			o.legalId = value(v, "organisation_legal_id", null);
			o.legalIdScheme = value(v, "organisation_legal_id_scheme", null);
			o.kind = value(v, "organisation_kind", null);
			o.website = value(v, "organisation_website", null);
			o.email = value(v, "organisation_email", null);
			o.phone = value(v, "organisation_phone", null);
			Drafts.Service s = new Drafts.Service();
			s.source = value(v, "service_source", ExchangeSources.CSV);
			s.externalId = value(v, "service_id", null);
			for (String l : LANGUAGES) {
				if (v.containsKey("service_name_" + l)) {
					s.name.put(l, v.get("service_name_" + l));
				}
				if (v.containsKey("service_summary_" + l)) {
					s.summary.put(l, v.get("service_summary_" + l));
				}
				if (v.containsKey("service_description_" + l)) {
					s.description.put(l, v.get("service_description_" + l));
				}
			}
			ImportRecord r = ImportRecord.service(line, s, o);
			s.needs.addAll(list(v, "needs"));
			s.serviceTypes.addAll(list(v, "service_types"));
			s.publics.addAll(list(v, "publics"));
			s.publicsReserved = bool(v, "publics_reserved", r);
			s.minAge = integer(v, "min_age", r);
			s.maxAge = integer(v, "max_age", r);
			List<String> zone = list(v, "zone");
			s.zoneCodes = zone.isEmpty() ? null : zone;
			String fees = value(v, "fees", null);
			if (fees != null) {
				switch (fees.toLowerCase(Locale.ROOT)) {
					case "gratuit", "free" -> s.feesFree = true;
					case "payant", "paid" -> s.feesFree = false;
					default -> r.error("directory.imports.error.unknownCode", "fees", fees);
				}
			}
			s.feesDetails = value(v, "fees_details", null);
			if (v.containsKey("prerequisites")) {
				s.prerequisites = new LinkedHashSet<>(list(v, "prerequisites"));
			}
			if (v.containsKey("documents")) {
				s.documents = new LinkedHashSet<>(list(v, "documents"));
			}
			s.prerequisitesOther = value(v, "prerequisites_other", null);
			s.documentsOther = value(v, "documents_other", null);
			s.mobilisation.addAll(list(v, "mobilisation"));
			s.mobilisers.addAll(list(v, "mobilisers"));
			s.mobilisationLink = value(v, "mobilisation_link", null);
			s.email = value(v, "service_email", null);
			s.phone = value(v, "service_phone", null);
			s.receptionModes.addAll(list(v, "reception_modes"));
			s.languages.addAll(list(v, "languages"));
			s.accessibility.addAll(list(v, "accessibility"));
			s.contactName = value(v, "contact_name", null);
			s.contactEmail = value(v, "contact_email", null);
			s.contactPhone = value(v, "contact_phone", null);
			s.contactPublic = bool(v, "contact_public", r);
			s.status = value(v, "status", null);
			Drafts.Location l = location(v, r.warnings);
			if (l != null) {
				s.locations.add(l);
			}
			return r;
		}

		private static Drafts.Location location(Map<String, String> v, List<ImportMessage> warnings) {
			String id = value(v, "location_id", null);
			String address = value(v, "address", null);
			if (id == null && address == null && value(v, "city", null) == null) {
				return null;
			}
			Drafts.Location l = new Drafts.Location();
			l.source = value(v, "location_source", ExchangeSources.CSV);
			l.externalId = id != null ? id : value(v, "service_id", "") + ":" + address;
			l.name = value(v, "location_name", null);
			l.address = address;
			l.postalCode = value(v, "postal_code", null);
			l.city = value(v, "city", null);
			l.areaCode = value(v, "area_code", null);
			l.country = value(v, "country", null);
			l.accessNotes = value(v, "access_notes", null);
			String lat = value(v, "latitude", null);
			String lon = value(v, "longitude", null);
			try {
				l.latitude = lat == null ? null : Double.valueOf(lat.replace(',', '.'));
				l.longitude = lon == null ? null : Double.valueOf(lon.replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				warnings.add(ImportMessage.of("directory.imports.warning.coordinatesDropped", lat, lon));
				l.latitude = null;
				l.longitude = null;
			}
			String hours = value(v, "hours", null);
			if (hours != null) {
				try {
					OpeningHours.Parsed parsed = OpeningHours.parse(hours);
					l.weekly = parsed.slots();
					l.closedOnHolidays = parsed.closedOnHolidays();
				}
				catch (IllegalArgumentException ex) {
					warnings.add(ImportMessage.of("directory.imports.warning.hoursUnread", hours));
				}
			}
			else {
				l.weekly = List.of();
			}
			return l;
		}

		private static String value(Map<String, String> v, String column, String otherwise) {
			String s = v.get(column);
			return s == null || s.isBlank() ? otherwise : s.strip();
		}

		private static List<String> list(Map<String, String> v, String column) {
			String s = value(v, column, null);
			if (s == null) {
				return new ArrayList<>();
			}
			Set<String> codes = new LinkedHashSet<>();
			Arrays.stream(s.split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).forEach(codes::add);
			return new ArrayList<>(codes);
		}

		private static Boolean bool(Map<String, String> v, String column, ImportRecord r) {
			String s = value(v, column, null);
			if (s == null) {
				return null;
			}
			return switch (s.toLowerCase(Locale.ROOT)) {
				case "true", "oui", "yes", "ja", "si", "sì", "1" -> true;
				case "false", "non", "no", "nein", "0" -> false;
				default -> {
					r.warning("directory.imports.warning.badBoolean", column, s);
					yield null;
				}
			};
		}

		private static Integer integer(Map<String, String> v, String column, ImportRecord r) {
			String s = value(v, column, null);
			if (s == null) {
				return null;
			}
			try {
				return Integer.valueOf(s);
			}
			catch (NumberFormatException ex) {
				r.error("directory.imports.error.badNumber", column, s);
				return null;
			}
		}

	}

}
