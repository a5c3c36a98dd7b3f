package org.relais.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.relais.bench.DirectoryGenerator.Loc;
import org.relais.bench.DirectoryGenerator.Org;
import org.relais.bench.DirectoryGenerator.Slot;
import org.relais.bench.DirectoryGenerator.Svc;

/**
 * Writes generated services as an HSDS 3.0 JSON file: one array of service objects shaped like
 * schema/compiled/service.json, each with its nested {@code organization} and {@code service_at_locations} (each
 * with its {@code location}: address, coordinates, weekly {@code schedules}), phones, languages, service areas,
 * and its needs, publics and service types as {@code attributes} carrying data·inclusion taxonomy terms. Streamed,
 * so a million services need no more memory than one. Only published services are written as {@code active};
 * temporarily closed ones as {@code temporarily closed}, the others as {@code inactive}.
 */
final class HsdsWriter implements AutoCloseable {

	private static final Map<String, String> DAYS = Map.of("MONDAY", "MO", "TUESDAY", "TU", "WEDNESDAY", "WE",
			"THURSDAY", "TH", "FRIDAY", "FR", "SATURDAY", "SA", "SUNDAY", "SU");

	private final Writer out;

	private final SplittableRandom ids;

	private boolean first = true;

	long services;

	HsdsWriter(Path file, long seed) throws IOException {
		this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
				1 << 16);
		this.ids = new SplittableRandom(seed ^ 0x5DEECE66DL);
		out.write("[\n");
	}

	void write(Org o) {
		try {
			for (Svc s : o.services()) {
				if (!first) {
					out.write(",\n");
				}
				first = false;
				service(o, s);
				services++;
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void service(Org o, Svc s) throws IOException {
		boolean de = s.language().equals("de");
		out.write('{');
		field("id", s.id().toString(), true);
		field("organization_id", o.id().toString(), false);
		field("name", s.name(), false);
		field("description", s.description(), false);
		field("url", o.website(), false);
		if (s.email() != null) {
			field("email", s.email(), false);
		}
		field("status", switch (s.status()) {
			case "PUBLISHED" -> "active";
			case "TEMPORARILY_CLOSED" -> "temporarily closed";
			default -> "inactive";
		}, false);
		if (s.feesDetails() != null) {
			field("fees_description", s.feesDetails(), false);
		}
		else if (Boolean.TRUE.equals(s.feesFree())) {
			field("fees_description", de ? "Kostenlos" : "Gratuit", false);
		}
		if (s.minAge() != null) {
			number("minimum_age", s.minAge());
		}
		if (s.maxAge() != null) {
			number("maximum_age", s.maxAge());
		}
		field("assured_date", LocalDate.ofInstant(s.assuredAt(), ZoneOffset.UTC).toString(), false);
		field("last_modified", DateTimeFormatter.ISO_INSTANT.format(s.updatedAt()), false);
		out.write(",\"phones\":[{");
		field("id", id(), true);
		field("number", s.phone(), false);
		out.write("}],\"languages\":[");
		boolean firstItem = true;
		for (String language : s.languages()) {
			out.write(firstItem ? "{" : ",{");
			firstItem = false;
			field("id", id(), true);
			field("code", language, false);
			out.write('}');
		}
		out.write("],\"service_areas\":[");
		if (s.wholeTerritory()) {
			out.write('{');
			field("id", id(), true);
			field("name", de ? "Kanton Zürich" : "Métropole de Lyon", false);
			out.write('}');
		}
		else {
			firstItem = true;
			for (String code : s.zoneAreas()) {
				out.write(firstItem ? "{" : ",{");
				firstItem = false;
				field("id", id(), true);
				field("name", code, false);
				field("description", (de ? "BFS-Nr. " : "Code INSEE ") + code, false);
				out.write('}');
			}
		}
		out.write("],\"attributes\":[");
		firstItem = terms("thematiques", s.needs(), true);
		firstItem = terms("publics", s.publics(), firstItem);
		terms("types-de-services", s.types(), firstItem);
		out.write("],\"organization\":{");
		field("id", o.id().toString(), true);
		field("name", o.name(), false);
		field("description", o.description(), false);
		field("email", o.email(), false);
		field("website", o.website(), false);
		out.write(",\"organization_identifiers\":[{");
		field("id", id(), true);
		field("identifier_scheme", o.legalScheme(), false);
		field("identifier_type", o.legalScheme().equals("CHE") ? "UID" : o.legalScheme(), false);
		field("identifier", o.legalId(), false);
		out.write("}]},\"service_at_locations\":[");
		firstItem = true;
		for (Loc l : s.locations()) {
			out.write(firstItem ? "{" : ",{");
			firstItem = false;
			field("id", id(), true);
			field("service_id", s.id().toString(), false);
			field("location_id", l.id().toString(), false);
			out.write(",\"location\":{");
			field("id", l.id().toString(), true);
			field("location_type", "physical", false);
			field("organization_id", o.id().toString(), false);
			field("name", l.name(), false);
			if (l.accessNotes() != null) {
				field("transportation", l.accessNotes(), false);
			}
			decimal("latitude", l.latitude());
			decimal("longitude", l.longitude());
			out.write(",\"addresses\":[{");
			field("id", id(), true);
			field("location_id", l.id().toString(), false);
			field("address_1", l.address(), false);
			field("city", l.city(), false);
			field("state_province", de ? "ZH" : "Rhône", false);
			field("postal_code", l.postalCode(), false);
			field("country", l.country(), false);
			field("address_type", "physical", false);
			out.write("}],\"schedules\":[");
			boolean firstSlot = true;
			for (Slot slot : l.slots()) {
				out.write(firstSlot ? "{" : ",{");
				firstSlot = false;
				field("id", id(), true);
				field("location_id", l.id().toString(), false);
				field("freq", "WEEKLY", false);
				field("byday", DAYS.get(slot.day().name()), false);
				field("opens_at", slot.opens().toString(), false);
				field("closes_at", slot.closes().toString(), false);
				out.write('}');
			}
			out.write("]}}");
		}
		out.write("]}");
	}

	private boolean terms(String taxonomy, Set<String> codes, boolean firstItem) throws IOException {
		for (String code : codes) {
			out.write(firstItem ? "{" : ",{");
			firstItem = false;
			String termId = UUID.nameUUIDFromBytes((taxonomy + ":" + code).getBytes(StandardCharsets.UTF_8)).toString();
			field("id", id(), true);
			field("taxonomy_term_id", termId, false);
			field("link_entity", "service", false);
			out.write(",\"taxonomy_term\":{");
			field("id", termId, true);
			field("code", code, false);
			field("name", code, false);
			field("description", taxonomy + ": " + code, false);
			field("taxonomy", taxonomy, false);
			out.write("}}");
		}
		return firstItem;
	}

	private String id() {
		return DirectoryGenerator.uuid(ids).toString();
	}

	private void field(String name, String value, boolean first) throws IOException {
		if (!first) {
			out.write(',');
		}
		out.write('"');
		out.write(name);
		out.write("\":");
		string(value);
	}

	private void number(String name, int value) throws IOException {
		out.write(",\"" + name + "\":" + value);
	}

	private void decimal(String name, double value) throws IOException {
		out.write(",\"" + name + "\":" + String.format(java.util.Locale.ROOT, "%.6f", value));
	}

	private void string(String value) throws IOException {
		if (value == null) {
			out.write("null");
			return;
		}
		out.write('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.write("\\\"");
				case '\\' -> out.write("\\\\");
				case '\n' -> out.write("\\n");
				case '\r' -> out.write("\\r");
				case '\t' -> out.write("\\t");
				default -> {
					if (c < 0x20) {
						out.write(String.format("\\u%04x", (int) c));
					}
					else {
						out.write(c);
					}
				}
			}
		}
		out.write('"');
	}

	@Override
	public void close() throws IOException {
		out.write("\n]\n");
		out.close();
	}

}
