package org.relais.directory.hsds;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.servlet.http.HttpServletResponse;

import org.relais.directory.domain.Location;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceStatus;
import org.relais.directory.domain.Taxonomy;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Open Referral HSDS 3.0 API: anonymous read of the published services of every territory (open data), in
 * the {@code Page} envelope, with the parameters of the HSDS OpenAPI. Drafts, archived services and organisations
 * waiting for validation are not published.
 */
@RestController
@RequestMapping(path = "/api/hsds", produces = MediaType.APPLICATION_JSON_VALUE)
@Transactional(readOnly = true)
class HsdsController {

	private static final List<ServiceStatus> VISIBLE = List.of(ServiceStatus.PUBLISHED, ServiceStatus.TEMPORARILY_CLOSED);

	@PersistenceContext
	private EntityManager em;

	private final HsdsMapper mapper;

	private final HsdsTaxonomies taxonomies;

	private final TerritoryCatalog territories;

	private final String baseUrl;

	HsdsController(HsdsMapper mapper, HsdsTaxonomies taxonomies, TerritoryCatalog territories,
			@Value("${relais.base-url}") String baseUrl) {
		this.mapper = mapper;
		this.taxonomies = taxonomies;
		this.territories = territories;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping({ "", "/" })
	ObjectNode root() {
		ObjectNode n = HsdsMapper.JSON.createObjectNode();
		n.put("version", "3.0");
		n.put("profile", "https://openreferral.org/specification/3.0");
		n.put("openapi_url", baseUrl + "/api/hsds/openapi.json");
		return n;
	}

	@GetMapping("/openapi.json")
	JsonNode openapi() throws IOException {
		try (var in = new org.springframework.core.io.ClassPathResource("directory/hsds/openapi.json").getInputStream()) {
			return HsdsMapper.JSON.readTree(in);
		}
	}

	@GetMapping("/services")
	Object services(@RequestParam(required = false) String search, @RequestParam(required = false) String page,
			@RequestParam(name = "per_page", required = false) String perPage,
			@RequestParam(name = "taxonomy_term_id", required = false) String termId,
			@RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
			@RequestParam(name = "organization_id", required = false) String organisationId,
			@RequestParam(name = "modified_after", required = false) String modifiedAfter,
			@RequestParam(required = false) String minimal, @RequestParam(required = false) String full,
			@RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
		int pageNumber = positive(page, "page", 1);
		int size = Math.min(positive(perPage, "per_page", 50), 1000);
		StringBuilder where = new StringBuilder(
				" from Service s where s.status in :statuses and s.organisation.status = :active");
		Map<String, Object> params = new HashMap<>();
		params.put("statuses", VISIBLE);
		params.put("active", OrganisationStatus.ACTIVE);
		if (search != null && !search.isBlank()) {
			where.append(" and (lower(s.name.fr) like :q or lower(s.name.de) like :q or lower(s.name.it) like :q"
					+ " or lower(s.name.en) like :q or lower(s.description.fr) like :q or lower(s.description.de) like :q"
					+ " or lower(s.summary.fr) like :q or lower(s.summary.de) like :q)");
			params.put("q", "%" + search.strip().toLowerCase().replace("%", "").replace("_", "") + "%");
		}
		if (termId != null) {
			HsdsTaxonomies.Term term = taxonomies.term(uuid(termId, "taxonomy_term_id"))
				.orElseThrow(() -> bad("taxonomy_term_id"));
			String column = column(term.taxonomy().vocabulary());
			if (term.taxonomy().vocabulary() == Taxonomy.Vocabulary.NEEDS && !term.code().contains("--")) {
				where.append(" and cast(s.needs as string) like :term");
				params.put("term", "%|" + term.code() + "--%");
			}
			else {
				where.append(" and cast(s.").append(column).append(" as string) like :term");
				params.put("term", "%|" + term.code() + "|%");
			}
		}
		if (taxonomyId != null) {
			HsdsTaxonomies.Published p = taxonomies.taxonomy(uuid(taxonomyId, "taxonomy_id"))
				.orElseThrow(() -> bad("taxonomy_id"));
			where.append(" and s.").append(column(p.vocabulary())).append(" is not null");
		}
		if (organisationId != null) {
			where.append(" and s.organisation.id = :org");
			params.put("org", uuid(organisationId, "organization_id"));
		}
		if (modifiedAfter != null) {
			where.append(" and s.updatedAt > :after");
			params.put("after", instant(modifiedAfter));
		}
		HsdsMapper.Detail detail = truthy(minimal) ? HsdsMapper.Detail.MINIMAL
				: truthy(full) ? HsdsMapper.Detail.FULL : HsdsMapper.Detail.DEFAULT;
		if ("ndjson".equalsIgnoreCase(format)) {
			response.setContentType("application/x-ndjson;charset=UTF-8");
			TypedQuery<Service> all = query("select s" + where + " order by s.id", params, Service.class);
			OutputStream out = response.getOutputStream();
			for (Service s : all.getResultList()) {
				out.write(HsdsMapper.JSON.writeValueAsBytes(mapper.service(s, detail)));
				out.write('\n');
			}
			out.flush();
			return null;
		}
		if (format != null && !format.equalsIgnoreCase("json")) {
			throw bad("format");
		}
		long total = query("select count(s)" + where, params, Long.class).getSingleResult();
		List<Service> list = query("select s" + where + " order by s.id", params, Service.class)
			.setFirstResult((pageNumber - 1) * size)
			.setMaxResults(size)
			.getResultList();
		List<JsonNode> contents = new ArrayList<>();
		list.forEach(s -> contents.add(mapper.service(s, detail)));
		return page(total, pageNumber, size, contents);
	}

	@GetMapping("/services/{id}")
	ObjectNode service(@PathVariable String id) {
		return mapper.service(visible(uuid(id, "id")), HsdsMapper.Detail.FULL);
	}

	@GetMapping("/organizations")
	ObjectNode organizations(@RequestParam(required = false) String page,
			@RequestParam(name = "per_page", required = false) String perPage) {
		int pageNumber = positive(page, "page", 1);
		int size = Math.min(positive(perPage, "per_page", 50), 1000);
		long total = em.createQuery("select count(o) from Organisation o where o.status = :active", Long.class)
			.setParameter("active", OrganisationStatus.ACTIVE)
			.getSingleResult();
		List<JsonNode> contents = new ArrayList<>();
		em.createQuery("select o from Organisation o where o.status = :active order by o.id", Organisation.class)
			.setParameter("active", OrganisationStatus.ACTIVE)
			.setFirstResult((pageNumber - 1) * size)
			.setMaxResults(size)
			.getResultList()
			.forEach(o -> contents.add(mapper.organization(o, language(o.getTerritoryId()), false)));
		return page(total, pageNumber, size, contents);
	}

	@GetMapping("/organizations/{id}")
	ObjectNode organization(@PathVariable String id) {
		UUID uuid = uuid(id, "id");
		Organisation o = em.find(Organisation.class, uuid);
		if (o == null || o.getStatus() != OrganisationStatus.ACTIVE) {
			throw NotFoundException.of("organization", uuid);
		}
		ObjectNode n = mapper.organization(o, language(o.getTerritoryId()), true);
		ArrayNode services = n.putArray("services");
		em.createQuery("select s from Service s where s.organisation.id = :id and s.status in :statuses order by s.id",
				Service.class)
			.setParameter("id", uuid)
			.setParameter("statuses", VISIBLE)
			.getResultList()
			.forEach(s -> services.add(mapper.service(s, HsdsMapper.Detail.DEFAULT)));
		return n;
	}

	@GetMapping("/taxonomies")
	ObjectNode taxonomies(@RequestParam(required = false) String page,
			@RequestParam(name = "per_page", required = false) String perPage) {
		List<JsonNode> all = new ArrayList<>();
		HsdsTaxonomies.TAXONOMIES.forEach(t -> all.add(mapper.taxonomy(t)));
		return slice(all, page, perPage);
	}

	@GetMapping("/taxonomies/{id}")
	ObjectNode taxonomy(@PathVariable String id) {
		UUID uuid = uuid(id, "id");
		return mapper.taxonomy(taxonomies.taxonomy(uuid).orElseThrow(() -> NotFoundException.of("taxonomy", uuid)));
	}

	@GetMapping("/taxonomy_terms")
	ObjectNode terms(@RequestParam(required = false) String page,
			@RequestParam(name = "per_page", required = false) String perPage,
			@RequestParam(name = "taxonomy_id", required = false) String taxonomyId) {
		UUID taxonomy = taxonomyId == null ? null : uuid(taxonomyId, "taxonomy_id");
		List<JsonNode> all = new ArrayList<>();
		taxonomies.terms()
			.stream()
			.filter(t -> taxonomy == null || t.taxonomy().id().equals(taxonomy))
			.forEach(t -> all.add(mapper.term(t)));
		return slice(all, page, perPage);
	}

	@GetMapping("/taxonomy_terms/{id}")
	ObjectNode term(@PathVariable String id) {
		UUID uuid = uuid(id, "id");
		return mapper.term(taxonomies.term(uuid).orElseThrow(() -> NotFoundException.of("taxonomy_term", uuid)));
	}

	@GetMapping("/service_at_locations")
	ObjectNode servicesAtLocations(@RequestParam(required = false) String page,
			@RequestParam(name = "per_page", required = false) String perPage,
			@RequestParam(required = false) String postcode, @RequestParam(required = false) String proximity) {
		double[] near = proximity == null ? null : proximity(proximity);
		List<JsonNode> all = new ArrayList<>();
		for (Service s : publishedWithLocations()) {
			for (Location l : s.getLocations()) {
				if (postcode != null && !postcode.strip().equals(l.getPostalCode())) {
					continue;
				}
				if (near != null && (!l.hasCoordinates()
						|| kilometres(near[0], near[1], l.getLatitude(), l.getLongitude()) > near[2])) {
					continue;
				}
				all.add(serviceAtLocation(s, l));
			}
		}
		return slice(all, page, perPage);
	}

	@GetMapping("/service_at_locations/{id}")
	ObjectNode serviceAtLocation(@PathVariable String id) {
		UUID uuid = uuid(id, "id");
		for (Service s : publishedWithLocations()) {
			for (Location l : s.getLocations()) {
				if (HsdsIds.serviceAtLocation(s.getId(), l.getId()).equals(uuid)) {
					return serviceAtLocation(s, l);
				}
			}
		}
		throw NotFoundException.of("service_at_location", uuid);
	}

	private List<Service> publishedWithLocations() {
		return em
			.createQuery("select distinct s from Service s join fetch s.locations where s.status in :statuses"
					+ " and s.organisation.status = :active order by s.id", Service.class)
			.setParameter("statuses", VISIBLE)
			.setParameter("active", OrganisationStatus.ACTIVE)
			.getResultList();
	}

	private ObjectNode serviceAtLocation(Service s, Location l) {
		TerritorySummary t = territories.find(l.getTerritoryId()).orElseThrow();
		ObjectNode n = HsdsMapper.JSON.createObjectNode();
		n.put("id", HsdsIds.serviceAtLocation(s.getId(), l.getId()).toString());
		n.put("service_id", s.getId().toString());
		n.put("location_id", l.getId().toString());
		n.set("service", mapper.service(s, HsdsMapper.Detail.MINIMAL));
		n.set("location", mapper.location(l, t));
		return n;
	}

	private Service visible(UUID id) {
		Service s = em.find(Service.class, id);
		if (s == null || !VISIBLE.contains(s.getStatus()) || s.getOrganisation().getStatus() != OrganisationStatus.ACTIVE) {
			throw NotFoundException.of("service", id);
		}
		return s;
	}

	private String language(UUID territory) {
		return territories.find(territory).map(TerritorySummary::defaultLanguage).orElse("fr");
	}

	private <T> TypedQuery<T> query(String jpql, Map<String, Object> params, Class<T> type) {
		TypedQuery<T> q = em.createQuery(jpql, type);
		params.forEach(q::setParameter);
		return q;
	}

	private static String column(Taxonomy.Vocabulary vocabulary) {
		return switch (vocabulary) {
			case NEEDS -> "needs";
			case PUBLICS -> "publics";
			default -> "serviceTypes";
		};
	}

	private ObjectNode slice(List<JsonNode> all, String page, String perPage) {
		int pageNumber = positive(page, "page", 1);
		int size = Math.min(positive(perPage, "per_page", 50), 1000);
		int from = Math.min(all.size(), (pageNumber - 1) * size);
		return page(all.size(), pageNumber, size, all.subList(from, Math.min(all.size(), from + size)));
	}

	static ObjectNode page(long total, int pageNumber, int size, List<JsonNode> contents) {
		ObjectNode n = HsdsMapper.JSON.createObjectNode();
		int totalPages = (int) Math.max(1, (total + size - 1) / size);
		n.put("total_items", total);
		n.put("total_pages", totalPages);
		n.put("page_number", pageNumber);
		n.put("size", contents.size());
		n.put("first_page", pageNumber == 1);
		n.put("last_page", pageNumber >= totalPages);
		n.put("empty", contents.isEmpty());
		ArrayNode c = n.putArray("contents");
		contents.forEach(c::add);
		return n;
	}

	private static int positive(String value, String name, int fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(value.strip());
			if (n < 1) {
				throw bad(name);
			}
			return n;
		}
		catch (NumberFormatException ex) {
			throw bad(name);
		}
	}

	private static UUID uuid(String value, String name) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw "id".equals(name) ? NotFoundException.of("resource", value) : bad(name);
		}
	}

	private static Instant instant(String value) {
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException ex2) {
				throw bad("modified_after");
			}
		}
	}

	private static double[] proximity(String value) {
		String[] parts = value.split(",");
		try {
			double lat = Double.parseDouble(parts[0].strip());
			double lon = Double.parseDouble(parts[1].strip());
			double radius = parts.length > 2 ? Double.parseDouble(parts[2].strip()) : 5;
			if (parts.length > 3 || Math.abs(lat) > 90 || Math.abs(lon) > 180 || radius <= 0 || radius > 1000) {
				throw bad("proximity");
			}
			return new double[] { lat, lon, radius };
		}
		catch (NumberFormatException | ArrayIndexOutOfBoundsException ex) {
			throw bad("proximity");
		}
	}

	private static boolean truthy(String value) {
		return value != null && (value.isEmpty() || value.equalsIgnoreCase("true") || value.equals("1"));
	}

	private static ResponseStatusException bad(String parameter) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, "invalid parameter: " + parameter);
	}

	static double kilometres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}

	static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

}
