package org.relais.referral.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;

import org.relais.directory.DirectoryCatalog;
import org.relais.people.BeneficiaryRecord;
import org.relais.people.People;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.referral.MatchProfile;
import org.relais.referral.MatchResult;
import org.relais.referral.Matching;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.AreaKind;
import org.relais.territory.AreaSummary;
import org.relais.territory.TerritoryCatalog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The matching page ({@code /orientation}) of agents, coordinators and territory admins: a person of the territory
 * (their record pre-fills the profile; each read is logged) or an anonymous profile, one or more needs, maybe a
 * date and time; the services that can take the person, ranked with why, and the excluded ones with every reason.
 * A GET form: works without JavaScript; htmx asks for the results fragment as filters change. Only a full request
 * (not an htmx refresh) records its unmet needs, once per need, area and day in a session.
 */
@Controller
class OrientationController {

	/** Languages offered in the profile (ISO 639-1), as in the directory's "language spoken" filter. */
	static final List<String> SPOKEN = List.of("fr", "de", "it", "en", "es", "pt", "ar", "tr", "ru", "uk", "sq", "fa",
			"ps", "ti", "ro", "pl", "ta", "so");

	/** How many ranked, and how many excluded, services the page lists (the counts say how many more). */
	static final int SHOWN = 50;

	/** Session attribute: the unmet needs this session recorded ("territory|need|area|day"). */
	static final String RECORDED = "referral.unmetNeeds.recorded";

	private final Matching matching;

	private final People people;

	private final DirectoryCatalog directory;

	private final TerritoryCatalog territories;

	private final Clock clock;

	OrientationController(Matching matching, People people, DirectoryCatalog directory, TerritoryCatalog territories,
			Clock clock) {
		this.matching = matching;
		this.people = people;
		this.directory = directory;
		this.territories = territories;
		this.clock = clock;
	}

	/** Matching is for agents, coordinators and territory admins of the current territory. */
	static RelaisPrincipal matcher() {
		RelaisPrincipal me = CurrentUser.require();
		if (!me.hasAny(Role.AGENT, Role.COORDINATOR, Role.TERRITORY_ADMIN)) {
			throw new AccessDeniedException("matching is for agents, coordinators and territory admins");
		}
		return me;
	}

	@GetMapping("/orientation")
	String page(@ModelAttribute("form") OrientationForm form, BindingResult errors,
			@RequestParam(required = false) String q, Model model, Locale locale,
			@RequestHeader(value = "HX-Request", required = false) String htmx, HttpSession session) {
		matcher();
		UUID territory = CurrentUser.territoryId();
		List<AreaSummary> communes = territories.areas(territory)
			.stream()
			.filter(a -> a.kind() == AreaKind.COMMUNE)
			.sorted(Comparator.comparing(AreaSummary::name))
			.toList();
		BeneficiaryRecord person = person(territory, form.getPerson());
		if (person != null && !form.wasFilled()) {
			prefill(form, person, communes);
		}
		Request request = validate(territory, form, errors);
		MatchResult result = null;
		if (!errors.hasErrors() && !request.needs().isEmpty()) {
			result = matching.match(territory, request.profile(), request.needs(), request.at());
			if (htmx == null && !result.unmetNeeds().isEmpty()) {
				record(territory, result.unmetNeeds(), request.area(), session);
			}
		}
		model.addAttribute("htmx", htmx != null);
		model.addAttribute("shownResults", result == null ? List.of() : result.results().stream().limit(SHOWN).toList());
		model.addAttribute("shownExcluded", result == null ? List.of() : result.excluded().stream().limit(SHOWN).toList());
		model.addAttribute("openCategories", directory.needCategories()
			.stream()
			.filter(c -> c.needs().stream().anyMatch(form.getNeeds()::contains))
			.map(DirectoryCatalog.NeedCategory::code)
			.collect(Collectors.toSet()));
		model.addAttribute("person", person);
		model.addAttribute("found", q == null || q.isBlank() || person != null ? null : people.search(territory, q, 10));
		model.addAttribute("q", q);
		model.addAttribute("result", result);
		model.addAttribute("zone", matching.zone(territory));
		model.addAttribute("lang", Languages.of(locale));
		model.addAttribute("labels", new MatchLabels(directory, locale));
		model.addAttribute("categories", directory.needCategories());
		model.addAttribute("publicCodes", directory.publics());
		model.addAttribute("communes", communes);
		model.addAttribute("spoken", SPOKEN);
		return htmx != null ? "referral/orientation :: results" : "referral/orientation";
	}

	/** The person of the territory with this id, their read logged; 404 for a malformed id or another territory's. */
	private BeneficiaryRecord person(UUID territory, String id) {
		if (id == null || id.isBlank()) {
			return null;
		}
		UUID uuid;
		try {
			uuid = UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException ex) {
			throw NotFoundException.of("person", id);
		}
		return people.read(territory, uuid).orElseThrow(() -> NotFoundException.of("person", uuid));
	}

	/** The form's profile fields from the person's record, as matching reads it. */
	private void prefill(OrientationForm form, BeneficiaryRecord person, List<AreaSummary> communes) {
		MatchProfile p = matching.profileOf(person);
		form.setAge(p.age() == null ? null : p.age().toString());
		form.setBirthYear(null);
		boolean known = p.communeCode() != null && communes.stream().anyMatch(a -> a.code().equals(p.communeCode()));
		form.setCommune(known ? p.communeCode() : null);
		form.setPostalCode(known ? null : person.postalCode());
		form.setPublics(p.publics().stream().filter(directory::isPublic).sorted().toList());
		form.setLanguages(p.languages().stream().filter(SPOKEN::contains).toList());
		form.setMaxDistanceKm(p.maxDistanceKm() == null ? null : p.maxDistanceKm().toString());
		form.setRemoteOk(p.remoteOk() ? "true" : null);
	}

	/** What a valid form asks: the profile, the needs, the time (null: now) and the area of unmet needs. */
	record Request(MatchProfile profile, Set<String> needs, Instant at, String area) {
	}

	private Request validate(UUID territory, OrientationForm form, BindingResult errors) {
		Integer age = number(form.getAge(), "age", 0, 130, errors);
		Integer birthYear = number(form.getBirthYear(), "birthYear", 1900, Year.now(clock).getValue(), errors);
		Optional<AreaSummary> commune = Optional.empty();
		if (!blank(form.getCommune()) || !blank(form.getPostalCode())) {
			commune = matching.commune(territory, form.getCommune(), form.getPostalCode());
			if (commune.isEmpty()) {
				String field = blank(form.getCommune()) ? "postalCode" : "commune";
				errors.rejectValue(field, "referral.match." + field + ".unknown");
			}
		}
		Set<String> publics = new LinkedHashSet<>(form.getPublics());
		publics.remove("");
		if (publics.stream().anyMatch(c -> !directory.isPublic(c))) {
			errors.rejectValue("publics", "referral.match.publics.unknown");
		}
		Set<String> languages = new LinkedHashSet<>(form.getLanguages());
		languages.remove("");
		if (!SPOKEN.containsAll(languages)) {
			errors.rejectValue("languages", "referral.match.languages.unknown");
		}
		Integer maxDistance = number(form.getMaxDistanceKm(), "maxDistanceKm", 0, 500, errors);
		Set<String> needs = new LinkedHashSet<>(form.getNeeds());
		needs.remove("");
		needs.stream()
			.filter(n -> !directory.isNeed(n))
			.findFirst()
			.ifPresent(n -> errors.rejectValue("needs", "referral.match.needs.unknown", new Object[] { n }, null));
		if (needs.isEmpty() && form.wasFilled()) {
			errors.rejectValue("needs", "referral.match.needs.required");
		}
		Instant at = when(form, matching.zone(territory), errors);
		MatchProfile profile = matching.profile(age, birthYear, commune, null, null, publics, languages, maxDistance,
				form.remote());
		return new Request(profile, needs, at, Matching.area(commune, form.getPostalCode()));
	}

	/** The date and time asked, in the territory's zone: a time alone is today's; a date needs a time. */
	private Instant when(OrientationForm form, ZoneId zone, BindingResult errors) {
		LocalDate date = null;
		LocalTime time = null;
		if (!blank(form.getDate())) {
			try {
				date = LocalDate.parse(form.getDate().strip());
			}
			catch (DateTimeException ex) {
				errors.rejectValue("date", "referral.match.date.invalid");
			}
		}
		if (!blank(form.getTime())) {
			try {
				time = LocalTime.parse(form.getTime().strip());
			}
			catch (DateTimeException ex) {
				errors.rejectValue("time", "referral.match.time.invalid");
			}
		}
		if (date != null && time == null && !errors.hasFieldErrors("time")) {
			errors.rejectValue("time", "referral.match.time.required");
		}
		if (time == null || errors.hasFieldErrors("date")) {
			return null;
		}
		return (date == null ? LocalDate.now(clock.withZone(zone)) : date).atTime(time).atZone(zone).toInstant();
	}

	private static Integer number(String text, String field, int min, int max, BindingResult errors) {
		if (blank(text)) {
			return null;
		}
		try {
			int n = Integer.parseInt(text.strip());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.rejectValue(field, "referral.match." + field + ".invalid", new Object[] { String.valueOf(min), String.valueOf(max) }, null);
		return null;
	}

	private void record(UUID territory, Set<String> unmet, String area, HttpSession session) {
		@SuppressWarnings("unchecked")
		Set<String> seen = session.getAttribute(RECORDED) instanceof Set<?> s ? (Set<String>) s : new HashSet<>();
		matching.recordUnmetNeeds(territory, unmet, area, seen);
		session.setAttribute(RECORDED, seen);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
