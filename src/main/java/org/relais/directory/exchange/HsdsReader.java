package org.relais.directory.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * HSDS 3.0 JSON: a service, a list of services, an organisation with nested services, a list of organisations,
 * or a Page envelope ({@code contents}). Lists are read item by item, so a file of 100,000 services is never
 * held whole in memory. Taxonomy terms are kept as they are; the checks map those whose code or name is a
 * Relais (data·inclusion) code.
 */
final class HsdsReader implements RecordReader {

	private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY, "WE",
			DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY, "SU",
			DayOfWeek.SUNDAY);

	private final JsonMapper json = JsonMapper.builder()
		.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	@Override
	public void read(InputStream in, Context context, Consumer<ImportRecord> sink) throws IOException {
		int[] position = { 0 };
		try (JsonParser p = json.createParser(in)) {
			JsonToken first = p.nextToken();
			if (first != JsonToken.START_ARRAY && first != JsonToken.START_OBJECT) {
				throw new UnreadableFileException("directory.imports.error.notHsds");
			}
			// one JSON value, or several one after the other (NDJSON: one service per line)
			for (JsonToken t = first; t != null; t = p.nextToken()) {
				if (t == JsonToken.START_ARRAY) {
					while (p.nextToken() == JsonToken.START_OBJECT) {
						read(json.readTree(p), context, sink, position);
					}
				}
				else if (t == JsonToken.START_OBJECT) {
					root(p, context, sink, position);
				}
				else {
					throw new UnreadableFileException("directory.imports.error.notHsds");
				}
			}
		}
		catch (JacksonException ex) {
			throw new UnreadableFileException("directory.imports.error.badJson", ex.getOriginalMessage());
		}
	}

	/** A root object: an item, or a Page whose {@code contents} are read item by item. */
	private void root(JsonParser p, Context context, Consumer<ImportRecord> sink, int[] position) {
		ObjectNode rest = json.createObjectNode();
		boolean page = false;
		while (p.nextToken() == JsonToken.PROPERTY_NAME) {
			String field = p.currentName();
			JsonToken t = p.nextToken();
			if (field.equals("contents") && t == JsonToken.START_ARRAY) {
				page = true;
				while (p.nextToken() == JsonToken.START_OBJECT) {
					read(json.readTree(p), context, sink, position);
				}
			}
			else {
				rest.set(field, json.readTree(p));
			}
		}
		if (!page) {
			read(rest, context, sink, position);
		}
	}

	/** One item: a service or an organisation (with its services). */
	void read(JsonNode node, Context context, Consumer<ImportRecord> sink, int[] position) {
		if (!node.isObject() || !node.has("name") && !node.has("id")) {
			throw new UnreadableFileException("directory.imports.error.notHsds");
		}
		boolean service = node.has("status") || node.has("organization") || node.has("service_at_locations")
				|| node.has("organization_id") && !node.has("services");
		if (service) {
			List<ImportMessage> warnings = new ArrayList<>();
			Drafts.Service s = service(node, context, warnings);
			Drafts.Organisation nested = node.path("organization").isObject()
					? organisation(node.get("organization"), context, warnings) : null;
			if (nested == null) {
				s.organisationSource = ExchangeSources.HSDS;
				s.organisationExternalId = text(node, "organization_id");
			}
			ImportRecord r = ImportRecord.service(++position[0], s, nested);
			r.warnings.addAll(warnings);
			sink.accept(r);
			return;
		}
		List<ImportMessage> warnings = new ArrayList<>();
		Drafts.Organisation o = organisation(node, context, warnings);
		ImportRecord r = ImportRecord.organisation(++position[0], o);
		r.warnings.addAll(warnings);
		sink.accept(r);
		for (JsonNode child : node.path("services")) {
			List<ImportMessage> w = new ArrayList<>();
			Drafts.Service s = service(child, context, w);
			s.organisationSource = ExchangeSources.HSDS;
			s.organisationExternalId = o.externalId;
			ImportRecord sr = ImportRecord.service(++position[0], s, null);
			sr.warnings.addAll(w);
			sink.accept(sr);
		}
	}

	Drafts.Organisation organisation(JsonNode n, Context context, List<ImportMessage> warnings) {
		Drafts.Organisation o = new Drafts.Organisation();
		o.source = ExchangeSources.HSDS;
		o.externalId = text(n, "id");
		o.name.put(context.language(), text(n, "name"));
		o.description.put(context.language(), text(n, "description"));
		o.email = text(n, "email");
		o.website = text(n, "website");
		o.phone = firstPhone(n);
		JsonNode ident = n.path("organization_identifiers").path(0);
		if (ident.isObject()) {
			o.legalId = text(ident, "identifier");
			o.legalIdScheme = text(ident, "identifier_scheme");
		}
		for (JsonNode l : n.path("locations")) {
			Drafts.Location loc = location(l, null, context, warnings);
			if (loc != null) {
				o.locations.add(loc);
			}
		}
		return o;
	}

	Drafts.Service service(JsonNode n, Context context, List<ImportMessage> warnings) {
		Drafts.Service s = new Drafts.Service();
		s.source = ExchangeSources.HSDS;
		s.externalId = text(n, "id");
		s.name.put(context.language(), text(n, "name"));
		s.description.put(context.language(), text(n, "description"));
		s.email = text(n, "email");
		s.mobilisationLink = text(n, "url");
		s.status = text(n, "relais_status") != null ? text(n, "relais_status") : text(n, "status");
		if (n.path("zone_eligibilite").isArray()) {
			List<String> zone = new ArrayList<>();
			n.get("zone_eligibilite").forEach(z -> zone.add(z.asString()));
			s.zoneCodes = zone;
		}
		s.minAge = integer(n, "minimum_age", warnings);
		s.maxAge = integer(n, "maximum_age", warnings);
		s.feesDetails = text(n, "fees_description");
		List<Double> amounts = new ArrayList<>();
		for (JsonNode c : n.path("cost_options")) {
			if (c.path("amount").isNumber()) {
				amounts.add(c.get("amount").asDouble());
			}
		}
		if (!amounts.isEmpty()) {
			s.feesFree = amounts.stream().allMatch(a -> a == 0d);
		}
		s.prerequisitesOther = text(n, "eligibility_description");
		List<String> documents = new ArrayList<>();
		for (JsonNode d : n.path("required_documents")) {
			String doc = text(d, "document");
			if (doc != null) {
				documents.add(doc);
			}
		}
		s.documentsOther = documents.isEmpty() ? null : String.join("\n", documents);
		s.phone = firstPhone(n);
		for (JsonNode l : n.path("languages")) {
			String code = text(l, "code");
			if (code != null) {
				s.languages.add(code);
			}
		}
		JsonNode contact = n.path("contacts").path(0);
		if (contact.isObject()) {
			s.contactName = text(contact, "name");
			s.contactEmail = text(contact, "email");
			s.contactPhone = firstPhone(contact);
		}
		String assured = text(n, "assured_date");
		if (assured != null) {
			try {
				s.assuredOn = LocalDate.parse(assured.length() > 10 ? assured.substring(0, 10) : assured);
				s.assuredBy = text(n, "assurer_email");
			}
			catch (DateTimeParseException ex) {
				warnings.add(ImportMessage.of("directory.imports.warning.badDate", "assured_date", assured));
			}
		}
		for (JsonNode a : n.path("attributes")) {
			JsonNode term = a.path("taxonomy_term");
			if (term.isObject()) {
				String taxonomy = text(term, "taxonomy");
				if (taxonomy == null) {
					taxonomy = text(term.path("taxonomy_detail"), "name");
				}
				s.terms.add(new Drafts.Term(taxonomy, text(term, "code"), text(term, "name")));
			}
		}
		JsonNode serviceSchedules = n.get("schedules");
		for (JsonNode sal : n.path("service_at_locations")) {
			JsonNode loc = sal.path("location");
			if (!loc.isObject()) {
				continue;
			}
			JsonNode fallback = sal.path("schedules").isArray() && !sal.path("schedules").isEmpty() ? sal.get("schedules")
					: serviceSchedules;
			if ("virtual".equals(text(loc, "location_type"))) {
				s.receptionModes.add("a-distance");
				continue;
			}
			Drafts.Location l = location(loc, fallback, context, warnings);
			if (l != null) {
				s.locations.add(l);
			}
		}
		return s;
	}

	Drafts.Location location(JsonNode n, JsonNode fallbackSchedules, Context context, List<ImportMessage> warnings) {
		if ("virtual".equals(text(n, "location_type"))) {
			return null;
		}
		Drafts.Location l = new Drafts.Location();
		l.source = ExchangeSources.HSDS;
		l.externalId = text(n, "id");
		l.name = text(n, "name");
		l.accessNotes = text(n, "transportation");
		JsonNode address = null;
		for (JsonNode a : n.path("addresses")) {
			if (address == null || "physical".equals(text(a, "address_type"))) {
				address = a;
			}
		}
		if (address != null) {
			String a1 = text(address, "address_1");
			String a2 = text(address, "address_2");
			l.address = a1 == null ? a2 : a2 == null ? a1 : a1 + ", " + a2;
			l.postalCode = text(address, "postal_code");
			l.city = text(address, "city");
			l.country = text(address, "country");
			l.areaCode = text(address, "area_code");
		}
		if (n.path("latitude").isNumber() || n.path("longitude").isNumber()) {
			l.latitude = n.path("latitude").isNumber() ? n.get("latitude").asDouble() : null;
			l.longitude = n.path("longitude").isNumber() ? n.get("longitude").asDouble() : null;
		}
		JsonNode schedules = n.path("schedules").isArray() && !n.path("schedules").isEmpty() ? n.get("schedules")
				: fallbackSchedules;
		if (schedules != null && schedules.isArray()) {
			schedules(l, schedules, warnings);
		}
		return l;
	}

	/** Weekly rows (byday + opens/closes) become slots; dated rows without days become exceptions. */
	static void schedules(Drafts.Location l, JsonNode schedules, List<ImportMessage> warnings) {
		List<Drafts.Slot> weekly = new ArrayList<>();
		List<Drafts.Exception> exceptions = new ArrayList<>();
		for (JsonNode s : schedules) {
			String byday = text(s, "byday");
			String freq = text(s, "freq");
			LocalTime opens = time(text(s, "opens_at"));
			LocalTime closes = time(text(s, "closes_at"));
			if (byday != null && (freq == null || freq.equalsIgnoreCase("WEEKLY"))) {
				if (opens == null || closes == null) {
					warnings.add(ImportMessage.of("directory.imports.warning.scheduleIgnored", byday));
					continue;
				}
				for (String d : byday.split(",")) {
					DayOfWeek day = DAYS.get(d.strip().toUpperCase(Locale.ROOT));
					if (day == null) {
						warnings.add(ImportMessage.of("directory.imports.warning.scheduleIgnored", byday));
						continue;
					}
					weekly.add(new Drafts.Slot(day, opens, closes));
				}
			}
			else if (text(s, "valid_from") != null) {
				try {
					LocalDate from = LocalDate.parse(text(s, "valid_from"));
					String to = text(s, "valid_to");
					exceptions.add(new Drafts.Exception(from, to == null ? from : LocalDate.parse(to), opens == null,
							opens, closes, TextRules.line(text(s, "description"))));
				}
				catch (DateTimeParseException ex) {
					warnings.add(ImportMessage.of("directory.imports.warning.badDate", "valid_from", text(s, "valid_from")));
				}
			}
			else {
				warnings.add(ImportMessage.of("directory.imports.warning.scheduleIgnored", freq == null ? "" : freq));
			}
		}
		weekly.sort(java.util.Comparator.comparing(Drafts.Slot::day).thenComparing(Drafts.Slot::opens,
				java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
		l.weekly = weekly;
		l.exceptions = exceptions;
	}

	private static LocalTime time(String s) {
		if (s == null) {
			return null;
		}
		try {
			String t = s.strip();
			if (t.length() > 8) {
				t = t.substring(0, 8);
			}
			return LocalTime.parse(t.length() == 4 ? "0" + t : t);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String firstPhone(JsonNode n) {
		for (JsonNode p : n.path("phones")) {
			String number = text(p, "number");
			if (number != null) {
				return number;
			}
		}
		return null;
	}

	private static Integer integer(JsonNode n, String field, List<ImportMessage> warnings) {
		JsonNode v = n.get(field);
		if (v == null || v.isNull()) {
			return null;
		}
		if (v.isNumber()) {
			return v.asInt();
		}
		try {
			return Integer.valueOf(v.asString().strip());
		}
		catch (NumberFormatException ex) {
			warnings.add(ImportMessage.of("directory.imports.warning.badNumber", field, v.asString()));
			return null;
		}
	}

	static String text(JsonNode n, String field) {
		if (n == null) {
			return null;
		}
		JsonNode v = n.get(field);
		if (v == null || v.isNull() || v.isContainer()) {
			return null;
		}
		String s = v.asString();
		return s == null || s.isBlank() ? null : s;
	}

}
