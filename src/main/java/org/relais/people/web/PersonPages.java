package org.relais.people.web;

import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.people.BeneficiaryRecord;
import org.relais.people.BeneficiarySummary;
import org.relais.people.Situations;
import org.relais.platform.PersonalDataAccessLog;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.SensitiveDataPolicy;
import org.relais.shared.DataCategory;
import org.relais.territory.AreaKind;
import org.relais.territory.AreaSummary;
import org.relais.territory.TerritoryCatalog;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the person pages share: the form's options and territory checks, and the record as a role may see it. */
@Component
class PersonPages {

	/** Languages offered for a person: the four of the interface and those most met at the desks. */
	static final List<String> LANGUAGES = List.of("fr", "de", "it", "en", "es", "pt", "ar", "tr", "uk", "ru", "fa",
			"ps", "ti", "so", "sq", "ro", "sr", "ta", "zh");

	/** A commune of the territory as the form offers it. */
	record Commune(String code, String name, List<String> postalCodes) {
	}

	/** A situation as the record shows it: its code, or hidden (code null) for a role that may not see it. */
	record SituationView(String code, boolean hidden) {
	}

	private final TerritoryCatalog territories;

	private final PersonalDataAccessLog accessLog;

	private final Clock clock;

	PersonPages(TerritoryCatalog territories, PersonalDataAccessLog accessLog, Clock clock) {
		this.territories = territories;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	List<Commune> communes(UUID territory) {
		return territories.areas(territory)
			.stream()
			.filter(a -> a.kind() == AreaKind.COMMUNE)
			.map(a -> new Commune(a.code(), a.name(), a.postalCodes() == null ? List.of() : a.postalCodes()))
			.sorted((x, y) -> x.name().compareToIgnoreCase(y.name()))
			.toList();
	}

	String form(Model model, UUID territory, Locale locale, BeneficiaryRecord editing) {
		model.addAttribute("communes", communes(territory));
		model.addAttribute("languageNames", languageNames(locale));
		model.addAttribute("editing", editing);
		return "people/form";
	}

	static Map<String, String> languageNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String code : LANGUAGES) {
			names.put(code, Locale.forLanguageTag(code).getDisplayLanguage(locale));
		}
		return names;
	}

	/** Checks what needs the territory and the clock; returns the postal code to store (the commune's if none). */
	String check(PersonForm form, BindingResult result, UUID territory) {
		if (!form.isPseudonym() && PersonForm.blank(form.getFirstName())) {
			result.rejectValue("firstName", "platform.validation.required", null);
		}
		LocalDate today = LocalDate.now(clock);
		if (form.getBirthDate() != null
				&& (form.getBirthDate().isAfter(today) || form.getBirthDate().getYear() < 1900)) {
			result.rejectValue("birthDate", "people.validation.birthDate", null);
		}
		if (form.getBirthYear() != null && form.getBirthYear() > today.getYear()) {
			result.rejectValue("birthYear", "people.validation.birthYear", null);
		}
		if (!form.getSituations().stream().allMatch(Situations::isKnown)) {
			result.rejectValue("situations", "platform.validation.invalid", null);
		}
		if (!LANGUAGES.containsAll(form.getLanguages())) {
			result.rejectValue("languages", "platform.validation.invalid", null);
		}
		if (form.getContactPreference() == null) {
			result.rejectValue("contactPreference", "platform.validation.required", null);
		}
		String postal = PersonForm.blank(form.getPostalCode()) ? null : form.getPostalCode().strip();
		if (!PersonForm.blank(form.getCommuneCode())) {
			Optional<Commune> commune = communes(territory).stream()
				.filter(c -> c.code().equals(form.getCommuneCode()))
				.findFirst();
			if (commune.isEmpty()) {
				result.rejectValue("communeCode", "platform.validation.invalid", null);
			}
			else if (postal == null && !commune.get().postalCodes().isEmpty()) {
				postal = commune.get().postalCodes().get(0);
			}
			else if (postal != null && !commune.get().postalCodes().isEmpty()
					&& !commune.get().postalCodes().contains(postal)) {
				result.rejectValue("postalCode", "people.validation.postalCodeOfCommune", null);
			}
		}
		return postal;
	}

	/** People shown in a list (search results, likely duplicates): each listing is written to the access log. */
	List<BeneficiarySummary> listed(List<BeneficiarySummary> shown) {
		shown.forEach(p -> accessLog.recordRead("beneficiary", p.id(), "listed"));
		return shown;
	}

	static String displayName(BeneficiaryRecord r) {
		return r.firstName() == null ? r.lastName() : r.firstName() + " " + r.lastName();
	}

	boolean maySee(RelaisPrincipal me, String situation) {
		return SensitiveDataPolicy.maySee(me.roles(), Situations.category(situation));
	}

	boolean maySeeAllSituations(RelaisPrincipal me) {
		return Situations.CODES.stream().allMatch(c -> maySee(me, c));
	}

	/**
	 * Puts the record on the page as the reader's role may see it; each special category shown is written to the
	 * access log as {@code sensitive:<CATEGORY>} (the read itself was logged by {@code People.read}).
	 */
	void record(Model model, RelaisPrincipal me, BeneficiaryRecord r, Locale locale) {
		List<SituationView> situations = new ArrayList<>();
		Set<DataCategory> shown = EnumSet.noneOf(DataCategory.class);
		boolean hidden = false;
		for (String code : r.situations().stream().sorted().toList()) {
			DataCategory category = Situations.category(code);
			if (SensitiveDataPolicy.maySee(me.roles(), category)) {
				situations.add(new SituationView(code, false));
				if (category.isSensitive()) {
					shown.add(category);
				}
			}
			else {
				hidden = true;
			}
		}
		if (hidden) {
			situations.add(new SituationView(null, true));
		}
		for (DataCategory c : shown) {
			accessLog.recordRead("beneficiary", r.id(), "sensitive:" + c.name());
		}
		model.addAttribute("person", r);
		model.addAttribute("situations", situations);
		Map<String, String> names = languageNames(locale);
		model.addAttribute("displayName", displayName(r));
		model.addAttribute("languagesShown",
				r.languages().stream().sorted().map(l -> names.getOrDefault(l, l)).toList());
		model.addAttribute("commune", communes(r.territoryId()).stream()
			.filter(c -> c.code().equals(r.communeCode()))
			.map(Commune::name)
			.findFirst()
			.orElse(null));
	}

}
