package org.relais.directory.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HSDS 3.0 tabular datapackage: a zip of CSV files ({@code organizations.csv}, {@code services.csv},
 * {@code locations.csv}, {@code service_at_locations.csv}, {@code schedules.csv}, {@code addresses.csv},
 * {@code phones.csv}, {@code taxonomy_terms.csv}, {@code attributes.csv}, {@code organization_identifiers.csv},
 * {@code languages.csv}, {@code contacts.csv}, {@code cost_options.csv}, {@code required_documents.csv}…). Rows
 * are joined back into the nested HSDS objects and read as HSDS JSON, so both formats map alike.
 */
final class HsdsCsvReader implements RecordReader {

	/** The largest file of the package read, uncompressed, against zip bombs. */
	private static final long MAX_ENTRY = 200L * 1024 * 1024;

	private final HsdsReader hsds;

	private final JsonMapper json = JsonMapper.builder().build();

	HsdsCsvReader(HsdsReader hsds) {
		this.hsds = hsds;
	}

	@Override
	public void read(InputStream in, Context context, Consumer<ImportRecord> sink) throws IOException {
		Map<String, List<Map<String, String>>> tables = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String name = entry.getName();
				name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
				if (entry.isDirectory() || !name.endsWith(".csv")) {
					continue;
				}
				tables.put(name.substring(0, name.length() - 4), table(new LimitedStream(zip, MAX_ENTRY)));
			}
		}
		catch (ZipException ex) {
			throw new UnreadableFileException("directory.imports.error.notZip");
		}
		if (!tables.containsKey("services") && !tables.containsKey("organizations")) {
			throw new UnreadableFileException("directory.imports.error.notHsdsCsv");
		}
		Map<String, List<Map<String, String>>> phonesByOwner = new HashMap<>();
		for (Map<String, String> p : rows(tables, "phones")) {
			for (String key : List.of("service_id", "organization_id", "location_id", "contact_id")) {
				if (p.get(key) != null) {
					phonesByOwner.computeIfAbsent(key + ":" + p.get(key), k -> new ArrayList<>()).add(p);
				}
			}
		}
		Map<String, Map<String, String>> terms = byId(rows(tables, "taxonomy_terms"));
		Map<String, Map<String, String>> taxonomies = byId(rows(tables, "taxonomies"));
		Map<String, Map<String, String>> locations = byId(rows(tables, "locations"));
		int[] position = { 0 };
		for (Map<String, String> o : rows(tables, "organizations")) {
			ObjectNode node = object(o);
			node.set("phones", array(phonesByOwner.get("organization_id:" + o.get("id"))));
			ArrayNode identifiers = array(filter(rows(tables, "organization_identifiers"), "organization_id", o.get("id")));
			node.set("organization_identifiers", identifiers);
			hsds.read(node, context, sink, position);
		}
		List<Map<String, String>> sals = new ArrayList<>(rows(tables, "service_at_locations"));
		sals.addAll(rows(tables, "service_at_location"));
		for (Map<String, String> s : rows(tables, "services")) {
			String id = s.get("id");
			ObjectNode node = object(s);
			if (!node.has("status")) {
				node.put("status", "active");
			}
			node.set("phones", array(phonesByOwner.get("service_id:" + id)));
			node.set("languages", array(filter(rows(tables, "languages"), "service_id", id)));
			node.set("cost_options", array(filter(rows(tables, "cost_options"), "service_id", id)));
			node.set("required_documents", array(filter(rows(tables, "required_documents"), "service_id", id)));
			ArrayNode contacts = json.createArrayNode();
			for (Map<String, String> c : filter(rows(tables, "contacts"), "service_id", id)) {
				ObjectNode contact = object(c);
				contact.set("phones", array(phonesByOwner.get("contact_id:" + c.get("id"))));
				contacts.add(contact);
			}
			node.set("contacts", contacts);
			ArrayNode attributes = json.createArrayNode();
			for (Map<String, String> a : filter(rows(tables, "attributes"), "link_id", id)) {
				Map<String, String> term = terms.get(a.get("taxonomy_term_id"));
				if (term == null) {
					continue;
				}
				ObjectNode attribute = object(a);
				ObjectNode t = object(term);
				if (t.get("taxonomy") == null && term.get("taxonomy_id") != null
						&& taxonomies.containsKey(term.get("taxonomy_id"))) {
					t.put("taxonomy", taxonomies.get(term.get("taxonomy_id")).get("name"));
				}
				attribute.set("taxonomy_term", t);
				attributes.add(attribute);
			}
			node.set("attributes", attributes);
			node.set("schedules", array(filter(filter(rows(tables, "schedules"), "service_id", id), "location_id", null)));
			ArrayNode serviceAtLocations = json.createArrayNode();
			for (Map<String, String> sal : filter(sals, "service_id", id)) {
				Map<String, String> loc = locations.get(sal.get("location_id"));
				if (loc == null) {
					continue;
				}
				ObjectNode salNode = object(sal);
				ObjectNode locNode = object(loc);
				locNode.set("addresses", array(filter(rows(tables, "addresses"), "location_id", loc.get("id"))));
				locNode.set("schedules", array(filter(rows(tables, "schedules"), "location_id", loc.get("id"))));
				salNode.set("location", locNode);
				serviceAtLocations.add(salNode);
			}
			node.set("service_at_locations", serviceAtLocations);
			hsds.read(node, context, sink, position);
		}
	}

	private List<Map<String, String>> table(InputStream in) throws IOException {
		Csv csv = Csv.reader(new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		List<String> header = csv.header();
		List<Map<String, String>> rows = new ArrayList<>();
		List<String> row;
		while ((row = csv.row()) != null) {
			Map<String, String> m = new HashMap<>();
			for (int i = 0; i < header.size() && i < row.size(); i++) {
				if (!row.get(i).isBlank()) {
					m.put(header.get(i), row.get(i));
				}
			}
			if (!m.isEmpty()) {
				rows.add(m);
			}
		}
		return rows;
	}

	private static List<Map<String, String>> rows(Map<String, List<Map<String, String>>> tables, String name) {
		return tables.getOrDefault(name, List.of());
	}

	private static Map<String, Map<String, String>> byId(List<Map<String, String>> rows) {
		Map<String, Map<String, String>> m = new HashMap<>();
		rows.forEach(r -> {
			if (r.get("id") != null) {
				m.put(r.get("id"), r);
			}
		});
		return m;
	}

	/** Rows whose column equals the value (null: rows without that column). */
	private static List<Map<String, String>> filter(List<Map<String, String>> rows, String column, String value) {
		return rows.stream().filter(r -> java.util.Objects.equals(r.get(column), value)).toList();
	}

	/** A CSV row as a JSON object; numbers where HSDS expects numbers. */
	private ObjectNode object(Map<String, String> row) {
		ObjectNode node = json.createObjectNode();
		row.forEach((k, v) -> {
			if (List.of("latitude", "longitude", "amount").contains(k)) {
				try {
					node.put(k, Double.parseDouble(v));
					return;
				}
				catch (NumberFormatException ex) {
					// kept as text: the checks report it
				}
			}
			if (List.of("minimum_age", "maximum_age").contains(k)) {
				try {
					node.put(k, Integer.parseInt(v.strip()));
					return;
				}
				catch (NumberFormatException ex) {
					// kept as text
				}
			}
			node.put(k, v);
		});
		return node;
	}

	private ArrayNode array(List<Map<String, String>> rows) {
		ArrayNode a = json.createArrayNode();
		if (rows != null) {
			rows.forEach(r -> a.add(object(r)));
		}
		return a;
	}

	/** Reads an entry of the zip without closing the zip, and no further than a limit. */
	private static final class LimitedStream extends java.io.FilterInputStream {

		private long left;

		LimitedStream(InputStream in, long limit) {
			super(in);
			this.left = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0 && --left < 0) {
				throw new UnreadableFileException("directory.imports.error.tooLarge", MAX_ENTRY / (1024 * 1024));
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				left -= n;
				if (left < 0) {
					throw new UnreadableFileException("directory.imports.error.tooLarge", MAX_ENTRY / (1024 * 1024));
				}
			}
			return n;
		}

		@Override
		public void close() {
			// the zip stays open for its next entry
		}

	}

}
