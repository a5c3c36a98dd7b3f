package org.relais.directory.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.directory.domain.Location;
import org.relais.directory.domain.OpeningHours;
import org.relais.directory.domain.OrganisationMemberRepository;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.ServiceStatus;
import org.relais.directory.domain.Taxonomy;
import org.relais.directory.search.DirectorySearch;
import org.relais.directory.search.SearchQuery;
import org.relais.directory.search.SearchResult;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.AreaSummary;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The directory as professionals ({@code /directory}, signed in, current territory) and inhabitants
 * ({@code /t/{slug}/directory}, anonymous, public fields only) see it: search with filters, facets and a map, the
 * service page and its printable sheet.
 */
@Controller
class DirectoryController {

	private static final Pattern LAT_LON = Pattern.compile("\\s*(-?\\d{1,2}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*");

	/** Languages offered in the "language spoken" filter and editor. */
	static final List<String> SPOKEN = List.of("fr", "de", "it", "en", "es", "pt", "ar", "tr", "ru", "uk", "sq", "fa",
			"ps", "ti", "ro", "pl", "ta", "so");

	private final DirectorySearch search;

	private final TerritoryCatalog territories;

	private final Taxonomy taxonomy;

	private final ServiceRepository services;

	private final OrganisationMemberRepository members;

	private final ServiceSheet sheet;

	private final Clock clock;

	private final String tileUrl;

	private final String tileAttribution;

	DirectoryController(DirectorySearch search, TerritoryCatalog territories, Taxonomy taxonomy,
			ServiceRepository services, OrganisationMemberRepository members, ServiceSheet sheet,
			ObjectProvider<Clock> clock, @Value("${relais.directory.tile-url}") String tileUrl,
			@Value("${relais.directory.tile-attribution}") String tileAttribution) {
		this.search = search;
		this.territories = territories;
		this.taxonomy = taxonomy;
		this.services = services;
		this.members = members;
		this.sheet = sheet;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.tileUrl = tileUrl;
		this.tileAttribution = tileAttribution;
	}

	/** Professionals see professional fields; volunteers see what inhabitants see. */
	static boolean professional(RelaisPrincipal user) {
		return user.hasAny(Role.AGENT, Role.PARTNER, Role.COORDINATOR, Role.TERRITORY_ADMIN);
	}

	@GetMapping("/directory")
	String professionalSearch(@Valid @ModelAttribute("form") SearchForm form, BindingResult errors, Model model,
			Locale locale, @RequestHeader(value = "HX-Request", required = false) String htmx) {
		RelaisPrincipal user = CurrentUser.require();
		TerritorySummary territory = territories.find(CurrentUser.territoryId())
			.orElseThrow(() -> NotFoundException.of("territory", "current"));
		return search(form, errors, model, locale, territory, professional(user), "/directory", htmx != null);
	}

	@GetMapping("/t/{slug}/directory")
	String publicSearch(@PathVariable String slug, @Valid @ModelAttribute("form") SearchForm form,
			BindingResult errors, Model model, Locale locale,
			@RequestHeader(value = "HX-Request", required = false) String htmx) {
		TerritorySummary territory = territories.findBySlug(slug)
			.orElseThrow(() -> NotFoundException.of("territory", slug));
		return search(form, errors, model, locale, territory, false, "/t/" + slug + "/directory", htmx != null);
	}

	private String search(SearchForm form, BindingResult errors, Model model, Locale locale,
			TerritorySummary territory, boolean professional, String base, boolean htmx) {
		String lang = Languages.of(locale);
		List<AreaSummary> areas = territories.areas(territory.id());
		Double lat = null;
		Double lon = null;
		String postalCode = null;
		if (form.getNear() != null && !form.getNear().isBlank() && !errors.hasFieldErrors("near")) {
			Optional<double[]> point = locate(form.getNear(), areas);
			if (point.isEmpty()) {
				errors.rejectValue("near", "directory.find.near.unknown");
			}
			else {
				lat = point.get()[0];
				lon = point.get()[1];
			}
		}
		Set<String> needs = new HashSet<>();
		for (String n : form.getNeed()) {
			if (n.contains("--") ? taxonomy.isValid(Taxonomy.Vocabulary.NEEDS, n) : taxonomy.categoryLabel(n, locale) != null) {
				needs.add(n);
			}
		}
		SearchResult result = null;
		if (!errors.hasErrors()) {
			SearchQuery.Sort sort = form.getSort();
			if (sort == SearchQuery.Sort.DISTANCE && lat == null) {
				sort = SearchQuery.Sort.RELEVANCE;
			}
			result = search.search(new SearchQuery(territory.id(), professional, form.getQ(), lang, needs,
					Set.copyOf(form.getAudience()), form.getAge(), form.isFree() ? Boolean.TRUE : null,
					Set.copyOf(form.getReception()), form.isOpenNow(), form.getOpenOn(), Set.copyOf(form.getSpoken()),
					Set.copyOf(form.getAccess()), form.isNotFull(), lat, lon,
					lat != null && form.getRadius() != null ? form.getRadius().doubleValue() : null, postalCode, sort,
					form.getPage(), 20));
		}
		model.addAttribute("territory", territory);
		model.addAttribute("lang", lang);
		model.addAttribute("professional", professional);
		model.addAttribute("base", base);
		model.addAttribute("result", result);
		if (result != null) {
			var here = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest();
			model.addAttribute("prevUrl", result.page() > 0
					? here.cloneBuilder().replaceQueryParam("page", result.page() - 1).build().toUriString() : null);
			model.addAttribute("nextUrl", result.page() + 1 < result.totalPages()
					? here.cloneBuilder().replaceQueryParam("page", result.page() + 1).build().toUriString() : null);
		}
		model.addAttribute("categories", taxonomy.needCategories());
		model.addAttribute("publics", taxonomy.codes(Taxonomy.Vocabulary.PUBLICS));
		model.addAttribute("receptionModes", taxonomy.codes(Taxonomy.Vocabulary.RECEPTION));
		model.addAttribute("accessibilities", taxonomy.codes(Taxonomy.Vocabulary.ACCESSIBILITY));
		model.addAttribute("spokenLanguages", SPOKEN);
		model.addAttribute("areas", areas);
		model.addAttribute("sorts", SearchQuery.Sort.values());
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		model.addAttribute("labels", new DirectoryLabels(taxonomy, locale));
		return htmx ? "directory/search :: #results" : "directory/search";
	}

	/**
	 * A reference area (by code, name or postal code, accents and case ignored), an address (located by the postal
	 * code or the commune it names) or "lat,lon" to a point.
	 */
	static Optional<double[]> locate(String near, List<AreaSummary> areas) {
		Matcher m = LAT_LON.matcher(near);
		if (m.matches()) {
			double lat = Double.parseDouble(m.group(1));
			double lon = Double.parseDouble(m.group(2));
			return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? Optional.of(new double[] { lat, lon })
					: Optional.empty();
		}
		String wanted = plain(near);
		Optional<double[]> exact = first(areas, a -> wanted.equals(plain(a.code())) || wanted.equals(plain(a.name()))
				|| (a.postalCodes() != null && a.postalCodes().contains(wanted)));
		if (exact.isPresent()) {
			return exact;
		}
		// An address: its postal code, else the longest commune name it contains.
		Matcher postal = POSTAL_CODE.matcher(near);
		while (postal.find()) {
			String code = postal.group();
			Optional<double[]> byCode = first(areas, a -> a.postalCodes() != null && a.postalCodes().contains(code));
			if (byCode.isPresent()) {
				return byCode;
			}
		}
		String words = " " + wanted.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
		return areas.stream()
			.filter(a -> a.latitude() != null && a.longitude() != null && a.name() != null
					&& words.contains(" " + plain(a.name()).replaceAll("[^\\p{L}\\p{N}]+", " ") + " "))
			.max(java.util.Comparator.comparingInt(a -> a.name().length()))
			.map(a -> new double[] { a.latitude(), a.longitude() });
	}

	private static final Pattern POSTAL_CODE = Pattern.compile("\\b\\d{4,5}\\b");

	private static Optional<double[]> first(List<AreaSummary> areas, java.util.function.Predicate<AreaSummary> hit) {
		return areas.stream()
			.filter(a -> a.latitude() != null && a.longitude() != null && hit.test(a))
			.findFirst()
			.map(a -> new double[] { a.latitude(), a.longitude() });
	}

	private static String plain(String s) {
		if (s == null) {
			return "";
		}
		return java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
	}

	@GetMapping("/directory/services/{id}")
	@Transactional(readOnly = true)
	String professionalService(@PathVariable UUID id, Model model, Locale locale) {
		RelaisPrincipal user = CurrentUser.require();
		TerritorySummary territory = territories.find(CurrentUser.territoryId())
			.orElseThrow(() -> NotFoundException.of("territory", "current"));
		Service s = visible(id, territory, Optional.of(user));
		return page(s, territory, professional(user), "/directory", model, locale);
	}

	@GetMapping("/t/{slug}/directory/services/{id}")
	@Transactional(readOnly = true)
	String publicService(@PathVariable String slug, @PathVariable UUID id, Model model, Locale locale) {
		TerritorySummary territory = territories.findBySlug(slug)
			.orElseThrow(() -> NotFoundException.of("territory", slug));
		Service s = visible(id, territory, Optional.empty());
		return page(s, territory, false, "/t/" + slug + "/directory", model, locale);
	}

	@GetMapping("/directory/services/{id}/sheet.pdf")
	@Transactional(readOnly = true)
	void professionalSheet(@PathVariable UUID id, Locale locale, HttpServletResponse response) throws Exception {
		RelaisPrincipal user = CurrentUser.require();
		TerritorySummary territory = territories.find(CurrentUser.territoryId())
			.orElseThrow(() -> NotFoundException.of("territory", "current"));
		Service s = visible(id, territory, Optional.of(user));
		pdf(s, territory, professional(user), locale, response);
	}

	@GetMapping("/t/{slug}/directory/services/{id}/sheet.pdf")
	@Transactional(readOnly = true)
	void publicSheet(@PathVariable String slug, @PathVariable UUID id, Locale locale, HttpServletResponse response)
			throws Exception {
		TerritorySummary territory = territories.findBySlug(slug)
			.orElseThrow(() -> NotFoundException.of("territory", slug));
		Service s = visible(id, territory, Optional.empty());
		pdf(s, territory, false, locale, response);
	}

	private void pdf(Service s, TerritorySummary territory, boolean professional, Locale locale,
			HttpServletResponse response) throws Exception {
		byte[] bytes = sheet.render(s, territory, professional, locale);
		response.setContentType("application/pdf");
		response.setHeader("Content-Disposition", "inline; filename=\"relais-" + s.getId() + ".pdf\"");
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	/**
	 * The service when the territory may see it: it belongs to the territory (or its organisation works there) and
	 * is published or temporarily closed by an active organisation; drafts and archived services only for the
	 * organisation's members and the territory's admins.
	 */
	private Service visible(UUID id, TerritorySummary territory, Optional<RelaisPrincipal> viewer) {
		Service s = services.findById(id).orElseThrow(() -> NotFoundException.of("service", id));
		boolean here = s.getTerritoryId().equals(territory.id())
				|| s.getOrganisation().getWorkTerritories().contains(territory.id().toString());
		if (!here) {
			throw NotFoundException.of("service", id);
		}
		boolean published = s.getStatus().visible() && s.getOrganisation().getStatus() == OrganisationStatus.ACTIVE;
		if (!published) {
			boolean insider = viewer.map(u -> (u.has(Role.TERRITORY_ADMIN) && s.getTerritoryId().equals(territory.id()))
					|| members.findByOrganisationIdAndUserId(s.getOrganisationId(), u.userId())
						.filter(m -> m.getStatus() == MemberStatus.ACTIVE)
						.isPresent())
				.orElse(false);
			if (!insider) {
				throw NotFoundException.of("service", id);
			}
		}
		return s;
	}

	private String page(Service s, TerritorySummary territory, boolean professional, String base, Model model,
			Locale locale) {
		String lang = Languages.of(locale);
		ZoneId zone = ZoneId.of(territory.timeZone());
		org.hibernate.Hibernate.initialize(s.getLiaisonForm());
		s.getLocations().forEach(l -> {
			org.hibernate.Hibernate.initialize(l.getWeekly());
			org.hibernate.Hibernate.initialize(l.getExceptions());
		});
		List<LocationView> locations = s.getLocations()
			.stream()
			.map(l -> new LocationView(l, OpeningHours.of(l, zone).status(clock.instant())))
			.toList();
		model.addAttribute("service", s);
		model.addAttribute("organisation", s.getOrganisation());
		model.addAttribute("territory", territory);
		model.addAttribute("lang", lang);
		model.addAttribute("fallback", territory.defaultLanguage());
		model.addAttribute("professional", professional);
		model.addAttribute("base", base);
		model.addAttribute("locations", locations);
		model.addAttribute("zone", zone);
		model.addAttribute("stale", s.isStale(clock.instant()));
		model.addAttribute("mayRefer", professional && s.getStatus() == ServiceStatus.PUBLISHED
				&& CurrentUser.get()
					.map(u -> u.hasAny(Role.AGENT, Role.COORDINATOR, Role.TERRITORY_ADMIN))
					.orElse(false));
		model.addAttribute("description", Markdown.toHtml(s.getDescription().get(lang, territory.defaultLanguage())));
		model.addAttribute("areaNames", territories.areas(territory.id())
			.stream()
			.filter(a -> s.getZoneAreas().contains(a.code()))
			.map(AreaSummary::name)
			.toList());
		model.addAttribute("labels", new DirectoryLabels(taxonomy, locale));
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		return "directory/service";
	}

	/** A location of the service page with its opening status now. */
	record LocationView(Location location, OpeningHours.Status status) {
	}

}
