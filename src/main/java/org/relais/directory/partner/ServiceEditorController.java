package org.relais.directory.partner;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.directory.SaturationLevel;
import org.relais.directory.domain.DirectoryAccess;
import org.relais.directory.domain.LiaisonQuestion;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.LocationRepository;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.QuestionType;
import org.relais.directory.domain.Saturation;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceStatus;
import org.relais.directory.domain.Taxonomy.Vocabulary;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service editor: every field of a service grouped in fieldsets, the liaison form questions as rows (a fixed
 * number of empty rows, "add more" without JavaScript), validated field by field; nothing is stored while a field
 * is wrong.
 */
@Controller
class ServiceEditorController {

	private static final Pattern PHONE = Pattern.compile("[+0-9 ().\\-/]{4,40}");

	/** The organisation a service belongs to, as the editor shows it. */
	record OrganisationRef(UUID id, String name, boolean active) {
	}

	private final DirectoryAccess access;

	private final PartnerWork work;

	private final LocationRepository locations;

	private final EntryOptions options;

	private final Clock clock;

	ServiceEditorController(DirectoryAccess access, PartnerWork work, LocationRepository locations,
			EntryOptions options, Clock clock) {
		this.clock = clock;
		this.access = access;
		this.work = work;
		this.locations = locations;
		this.options = options;
	}

	@GetMapping("/partner/services/new")
	String newPage(@RequestParam UUID organisation, Model model, Locale locale) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		OrganisationRef org = work.read(() -> ref(access.organisation(me, organisation), locale));
		ServiceForm form = new ServiceForm();
		form.addEmptyQuestions(ServiceForm.EMPTY_QUESTIONS);
		model.addAttribute("serviceForm", form);
		return editor(model, org, null, locale);
	}

	@PostMapping("/partner/services/new")
	String create(@RequestParam UUID organisation, @Valid @ModelAttribute("serviceForm") ServiceForm form,
			BindingResult result, @RequestParam(name = "more", required = false) String more, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		OrganisationRef org = work.read(() -> ref(access.organisation(me, organisation), locale));
		if (more != null) {
			form.addEmptyQuestions(ServiceForm.EMPTY_QUESTIONS);
			return editor(model, org, null, locale);
		}
		Checked checked = validate(form, result, org, me, locale);
		if (result.hasErrors()) {
			response.setStatus(422);
			return editor(model, org, null, locale);
		}
		Service s = work.createService(me, organisation, x -> apply(x, form, checked, me));
		flash.addFlashAttribute("flash", "directory.edit.created");
		return "redirect:/partner/services/" + s.getId();
	}

	@GetMapping("/partner/services/{id}")
	String page(@PathVariable UUID id, Model model, Locale locale) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		OrganisationRef[] org = new OrganisationRef[1];
		ServiceForm form = work.read(() -> {
			Service s = access.service(me, id);
			org[0] = ref(s.getOrganisation(), locale);
			return formOf(s);
		});
		form.addEmptyQuestions(ServiceForm.EMPTY_QUESTIONS);
		model.addAttribute("serviceForm", form);
		return editor(model, org[0], id, locale);
	}

	@PostMapping("/partner/services/{id}")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("serviceForm") ServiceForm form, BindingResult result,
			@RequestParam(name = "more", required = false) String more, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		OrganisationRef org = work.read(() -> ref(access.service(me, id).getOrganisation(), locale));
		if (more != null) {
			form.addEmptyQuestions(ServiceForm.EMPTY_QUESTIONS);
			return editor(model, org, id, locale);
		}
		Checked checked = validate(form, result, org, me, locale);
		if (result.hasErrors()) {
			response.setStatus(422);
			return editor(model, org, id, locale);
		}
		work.updateService(me, id, s -> apply(s, form, checked, me));
		flash.addFlashAttribute("flash", "directory.edit.saved");
		return "redirect:/partner/services/" + id;
	}

	private OrganisationRef ref(Organisation o, Locale locale) {
		return new OrganisationRef(o.getId(), EntryText.name(o.getName(), Languages.of(locale)), o.getStatus() == OrganisationStatus.ACTIVE);
	}

	/** When the service was last confirmed as accurate, by whom, and when it is due again. */
	record Freshness(Instant assuredAt, String assuredByName, Instant verifyBy, boolean stale) {
	}

	private String editor(Model model, OrganisationRef org, UUID serviceId, Locale locale) {
		UUID territory = CurrentUser.territoryId();
		if (serviceId != null) {
			RelaisPrincipal me = CurrentUser.require();
			model.addAttribute("freshness", work.read(() -> {
				Service s = access.service(me, serviceId);
				return new Freshness(s.getAssuredAt(), s.getAssuredByName(), s.getVerifyBy(),
						PartnerController.toVerify(s, clock.instant()));
			}));
		}
		model.addAttribute("organisation", org);
		model.addAttribute("serviceId", serviceId);
		model.addAttribute("languages", Languages.SUPPORTED);
		model.addAttribute("needGroups", options.needs(locale));
		model.addAttribute("publicOptions", options.vocabulary(Vocabulary.PUBLICS, locale));
		model.addAttribute("typeOptions", options.vocabulary(Vocabulary.SERVICE_TYPES, locale));
		model.addAttribute("mobilisationOptions", options.vocabulary(Vocabulary.MOBILISATION, locale));
		model.addAttribute("mobiliserOptions", options.vocabulary(Vocabulary.MOBILISERS, locale));
		model.addAttribute("receptionOptions", options.vocabulary(Vocabulary.RECEPTION, locale));
		model.addAttribute("accessibilityOptions", options.vocabulary(Vocabulary.ACCESSIBILITY, locale));
		model.addAttribute("languageOptions", options.keyed(EntryOptions.LANGUAGES, "directory.edit.language.", locale));
		model.addAttribute("prerequisiteOptions",
				options.keyed(EntryOptions.PREREQUISITES, "directory.edit.prerequisite.", locale));
		model.addAttribute("documentOptions", options.keyed(EntryOptions.DOCUMENTS, "directory.edit.document.", locale));
		model.addAttribute("areaOptions", options.areas(territory, locale));
		model.addAttribute("statuses", Arrays.stream(ServiceStatus.values()).map(Enum::name).toList());
		model.addAttribute("levels", Arrays.stream(SaturationLevel.values()).map(Enum::name).toList());
		model.addAttribute("periods", Service.VERIFICATION_PERIODS.stream().map(String::valueOf).toList());
		model.addAttribute("questionTypes", Arrays.stream(QuestionType.values()).map(Enum::name).toList());
		model.addAttribute("locationOptions", work.read(() -> locations.findByOrganisationId(org.id())
			.stream()
			.map(l -> new EntryOptions.Option(l.getId().toString(), LocationController.label(l)))
			.toList()));
		return "directory/partner/service";
	}

	// form ↔ entry

	/** Values derived by validation. */
	record Checked(Integer minAge, Integer maxAge, Boolean feesFree, ServiceStatus status, LocalDate closedUntil,
			SaturationLevel level, Integer available, Integer maximum, int months, List<LiaisonQuestion> questions,
			Set<UUID> locations) {
	}

	static ServiceForm formOf(Service s) {
		ServiceForm f = new ServiceForm();
		f.setNameFr(EntryText.of(s.getName()).getFr());
		f.setNameDe(EntryText.of(s.getName()).getDe());
		f.setNameIt(EntryText.of(s.getName()).getIt());
		f.setNameEn(EntryText.of(s.getName()).getEn());
		f.setSummaryFr(EntryText.of(s.getSummary()).getFr());
		f.setSummaryDe(EntryText.of(s.getSummary()).getDe());
		f.setSummaryIt(EntryText.of(s.getSummary()).getIt());
		f.setSummaryEn(EntryText.of(s.getSummary()).getEn());
		f.setDescriptionFr(EntryText.of(s.getDescription()).getFr());
		f.setDescriptionDe(EntryText.of(s.getDescription()).getDe());
		f.setDescriptionIt(EntryText.of(s.getDescription()).getIt());
		f.setDescriptionEn(EntryText.of(s.getDescription()).getEn());
		f.setNeeds(new ArrayList<>(s.getNeeds()));
		f.setServiceTypes(new ArrayList<>(s.getServiceTypes()));
		f.setPublics(new ArrayList<>(s.getPublics()));
		f.setPublicsReserved(s.isPublicsReserved());
		f.setMinAge(s.getMinAge() == null ? null : s.getMinAge().toString());
		f.setMaxAge(s.getMaxAge() == null ? null : s.getMaxAge().toString());
		f.setZoneWholeTerritory(s.isZoneWholeTerritory());
		f.setZoneAreas(new ArrayList<>(s.getZoneAreas()));
		f.setPrerequisites(new ArrayList<>(s.getPrerequisites()));
		f.setPrerequisitesOther(s.getPrerequisitesOther());
		f.setDocuments(new ArrayList<>(s.getDocuments()));
		f.setDocumentsOther(s.getDocumentsOther());
		f.setFees(s.getFeesFree() == null ? "" : s.getFeesFree() ? "free" : "paid");
		f.setFeesDetails(s.getFeesDetails());
		f.setMobilisation(new ArrayList<>(s.getMobilisation()));
		f.setMobilisers(new ArrayList<>(s.getMobilisers()));
		f.setMobilisationLink(s.getMobilisationLink());
		f.setEmail(s.getEmail());
		f.setPhone(s.getPhone());
		f.setReceptionModes(new ArrayList<>(s.getReceptionModes()));
		f.setLanguages(new ArrayList<>(s.getLanguages()));
		f.setAccessibility(new ArrayList<>(s.getAccessibility()));
		f.setContactName(s.getContactName());
		f.setContactEmail(s.getContactEmail());
		f.setContactPhone(s.getContactPhone());
		f.setContactPublic(s.isContactPublic());
		f.setStatus(s.getStatus().name());
		f.setClosedUntil(s.getClosedUntil() == null ? null : s.getClosedUntil().toString());
		Saturation sat = s.getSaturation();
		f.setSaturation(sat.level().name());
		f.setPlacesAvailable(sat.available() == null ? null : sat.available().toString());
		f.setPlacesMaximum(sat.maximum() == null ? null : sat.maximum().toString());
		f.setPlacesUnit(sat.unit());
		f.setVerificationMonths(String.valueOf(s.getVerificationMonths()));
		f.setLocations(s.getLocations().stream().map(l -> l.getId().toString()).toList());
		List<ServiceForm.QuestionRow> rows = new ArrayList<>();
		int position = 1;
		for (LiaisonQuestion q : s.getLiaisonForm()) {
			ServiceForm.QuestionRow row = new ServiceForm.QuestionRow();
			row.setLabel(q.label());
			row.setType(q.type().name());
			row.setChoices(q.choices());
			row.setRequired(q.required());
			row.setPosition(String.valueOf(position++));
			rows.add(row);
		}
		f.setQuestions(rows);
		return f;
	}

	private Checked validate(ServiceForm f, BindingResult r, OrganisationRef org, RelaisPrincipal me,
			Locale locale) {
		boolean anyName = false;
		for (String l : Languages.SUPPORTED) {
			String suffix = l.substring(0, 1).toUpperCase() + l.substring(1);
			for (String field : List.of("name", "summary", "description")) {
				if (EntryText.hasScript(f.text(field, l))) {
					r.rejectValue(field + suffix, "directory.edit.scriptRefused");
				}
			}
			anyName |= EntryText.clean(f.text("name", l)) != null;
		}
		if (!anyName) {
			String l = Languages.of(locale);
			r.rejectValue("name" + l.substring(0, 1).toUpperCase() + l.substring(1), "directory.edit.nameRequired");
		}
		codes(r, "needs", options.valid(Vocabulary.NEEDS, f.getNeeds()));
		codes(r, "serviceTypes", options.valid(Vocabulary.SERVICE_TYPES, f.getServiceTypes()));
		codes(r, "publics", options.valid(Vocabulary.PUBLICS, f.getPublics()));
		codes(r, "mobilisation", options.valid(Vocabulary.MOBILISATION, f.getMobilisation()));
		codes(r, "mobilisers", options.valid(Vocabulary.MOBILISERS, f.getMobilisers()));
		codes(r, "receptionModes", options.valid(Vocabulary.RECEPTION, f.getReceptionModes()));
		codes(r, "accessibility", options.valid(Vocabulary.ACCESSIBILITY, f.getAccessibility()));
		codes(r, "languages", EntryOptions.LANGUAGES.containsAll(f.getLanguages()));
		codes(r, "prerequisites", EntryOptions.PREREQUISITES.containsAll(f.getPrerequisites()));
		codes(r, "documents", EntryOptions.DOCUMENTS.containsAll(f.getDocuments()));
		if (!f.isZoneWholeTerritory()) {
			if (f.getZoneAreas().isEmpty()) {
				r.rejectValue("zoneAreas", "directory.edit.zoneRequired");
			}
			else {
				codes(r, "zoneAreas", options.areaCodes(CurrentUser.territoryId()).containsAll(f.getZoneAreas()));
			}
		}
		Integer minAge = age(r, "minAge", f.getMinAge());
		Integer maxAge = age(r, "maxAge", f.getMaxAge());
		if (minAge != null && maxAge != null && minAge > maxAge) {
			r.rejectValue("minAge", "directory.edit.ageOrder");
		}
		Boolean feesFree = null;
		switch (f.getFees() == null ? "" : f.getFees()) {
			case "free" -> feesFree = true;
			case "paid" -> feesFree = false;
			case "" -> feesFree = null;
			default -> r.rejectValue("fees", "platform.validation.invalid");
		}
		if (!OrganisationController.validWebsite(f.getMobilisationLink())) {
			r.rejectValue("mobilisationLink", "directory.edit.websiteInvalid");
		}
		phone(r, "phone", f.getPhone());
		phone(r, "contactPhone", f.getContactPhone());
		ServiceStatus status = ServiceStatus.DRAFT;
		try {
			status = ServiceStatus.valueOf(f.getStatus() == null ? "" : f.getStatus());
		}
		catch (IllegalArgumentException ex) {
			r.rejectValue("status", "platform.validation.invalid");
		}
		if (status.visible() && !org.active()) {
			r.rejectValue("status", "directory.edit.publishNeedsActive");
		}
		LocalDate closedUntil = null;
		if (status == ServiceStatus.TEMPORARILY_CLOSED) {
			if (f.getClosedUntil() == null || f.getClosedUntil().isBlank()) {
				r.rejectValue("closedUntil", "directory.edit.closedUntilRequired");
			}
			else {
				try {
					closedUntil = LocalDate.parse(f.getClosedUntil().strip());
					if (closedUntil.isBefore(LocalDate.now(clock))) {
						r.rejectValue("closedUntil", "directory.partner.closedUntilPast");
					}
				}
				catch (DateTimeParseException ex) {
					r.rejectValue("closedUntil", "directory.edit.dateInvalid");
				}
			}
		}
		SaturationLevel level = SaturationLevel.AVAILABLE;
		try {
			level = SaturationLevel.valueOf(f.getSaturation() == null ? "" : f.getSaturation());
		}
		catch (IllegalArgumentException ex) {
			r.rejectValue("saturation", "platform.validation.invalid");
		}
		Integer available = places(r, "placesAvailable", f.getPlacesAvailable());
		Integer maximum = places(r, "placesMaximum", f.getPlacesMaximum());
		if (available != null && maximum != null && available > maximum) {
			r.rejectValue("placesAvailable", "directory.partner.saturation.aboveMaximum");
		}
		int months = 6;
		try {
			months = Integer.parseInt(f.getVerificationMonths());
			if (!Service.VERIFICATION_PERIODS.contains(months)) {
				r.rejectValue("verificationMonths", "directory.partner.periodInvalid");
			}
		}
		catch (NumberFormatException ex) {
			r.rejectValue("verificationMonths", "directory.partner.periodInvalid");
		}
		Set<UUID> chosenLocations = new LinkedHashSet<>();
		Set<String> ownLocations = new HashSet<>();
		work.read(() -> locations.findByOrganisationId(org.id())).forEach(l -> ownLocations.add(l.getId().toString()));
		for (String l : f.getLocations()) {
			if (!ownLocations.contains(l)) {
				r.rejectValue("locations", "platform.validation.invalid");
				break;
			}
			chosenLocations.add(UUID.fromString(l));
		}
		List<LiaisonQuestion> questions = questions(r, f);
		return new Checked(minAge, maxAge, feesFree, status, closedUntil, level, available, maximum, months, questions,
				chosenLocations);
	}

	private List<LiaisonQuestion> questions(BindingResult r, ServiceForm f) {
		record Numbered(int position, int index, LiaisonQuestion question) {
		}
		List<Numbered> kept = new ArrayList<>();
		for (int i = 0; i < f.getQuestions().size(); i++) {
			ServiceForm.QuestionRow row = f.getQuestions().get(i);
			if (row == null || row.isRemove() || row.isBlank()) {
				continue;
			}
			String path = "questions[" + i + "].";
			String label = EntryText.clean(row.getLabel());
			if (EntryText.hasScript(row.getLabel()) || EntryText.hasScript(row.getChoices())) {
				r.rejectValue(path + "label", "directory.edit.scriptRefused");
				continue;
			}
			if (label == null) {
				r.rejectValue(path + "label", "platform.validation.required");
				continue;
			}
			QuestionType type;
			try {
				type = QuestionType.valueOf(row.getType() == null ? "" : row.getType());
			}
			catch (IllegalArgumentException ex) {
				r.rejectValue(path + "type", "platform.validation.invalid");
				continue;
			}
			String choices = type == QuestionType.CHOICE ? EntryText.clean(row.getChoices()) : null;
			if (type == QuestionType.CHOICE
					&& (choices == null || choices.lines().filter(c -> !c.isBlank()).count() < 2)) {
				r.rejectValue(path + "choices", "directory.edit.question.choicesRequired");
				continue;
			}
			int position = i + 1;
			try {
				Integer p = Numbers.optionalInt(row.getPosition());
				position = p == null ? position : p;
			}
			catch (NumberFormatException ex) {
				r.rejectValue(path + "position", "platform.validation.invalid");
				continue;
			}
			kept.add(new Numbered(position, i, new LiaisonQuestion(label, type, choices, row.isRequired())));
		}
		return kept.stream()
			.sorted(Comparator.comparingInt(Numbered::position).thenComparingInt(Numbered::index))
			.map(Numbered::question)
			.toList();
	}

	private static void codes(BindingResult r, String field, boolean valid) {
		if (!valid) {
			r.rejectValue(field, "directory.edit.unknownCode");
		}
	}

	private static Integer age(BindingResult r, String field, String text) {
		try {
			Integer age = Numbers.optionalInt(text);
			if (age != null && (age < 0 || age > 130)) {
				r.rejectValue(field, "directory.edit.ageInvalid");
				return null;
			}
			return age;
		}
		catch (NumberFormatException ex) {
			r.rejectValue(field, "directory.edit.ageInvalid");
			return null;
		}
	}

	private static Integer places(BindingResult r, String field, String text) {
		try {
			Integer n = Numbers.optionalInt(text);
			if (n != null && n < 0) {
				r.rejectValue(field, "directory.partner.saturation.invalidNumber");
				return null;
			}
			return n;
		}
		catch (NumberFormatException ex) {
			r.rejectValue(field, "directory.partner.saturation.invalidNumber");
			return null;
		}
	}

	private static void phone(BindingResult r, String field, String value) {
		if (value != null && !value.isBlank() && !PHONE.matcher(value.strip()).matches()) {
			r.rejectValue(field, "directory.edit.phoneInvalid");
		}
	}

	private void apply(Service s, ServiceForm f, Checked c, RelaisPrincipal me) {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, String> summaries = new LinkedHashMap<>();
		Map<String, String> descriptions = new LinkedHashMap<>();
		for (String l : Languages.SUPPORTED) {
			names.put(l, EntryText.clean(f.text("name", l)));
			summaries.put(l, EntryText.clean(f.text("summary", l)));
			descriptions.put(l, EntryText.clean(f.text("description", l)));
		}
		s.setName(LocalizedText.of(names));
		s.setSummary(LocalizedText.of(summaries));
		s.setDescription(LocalizedText.of(descriptions));
		s.setNeeds(new HashSet<>(f.getNeeds()));
		s.setServiceTypes(new HashSet<>(f.getServiceTypes()));
		s.setPublics(new HashSet<>(f.getPublics()));
		s.setPublicsReserved(f.isPublicsReserved());
		s.setAgeRange(c.minAge(), c.maxAge());
		s.setZoneWholeTerritory(f.isZoneWholeTerritory());
		s.setZoneAreas(f.isZoneWholeTerritory() ? Set.of() : new HashSet<>(f.getZoneAreas()));
		s.setPrerequisites(new HashSet<>(f.getPrerequisites()));
		s.setPrerequisitesOther(EntryText.clean(f.getPrerequisitesOther()));
		s.setDocuments(new HashSet<>(f.getDocuments()));
		s.setDocumentsOther(EntryText.clean(f.getDocumentsOther()));
		s.setFeesFree(c.feesFree());
		s.setFeesDetails(EntryText.clean(f.getFeesDetails()));
		s.setMobilisation(new HashSet<>(f.getMobilisation()));
		s.setMobilisers(new HashSet<>(f.getMobilisers()));
		s.setMobilisationLink(EntryText.trim(f.getMobilisationLink()));
		s.setEmail(EntryText.trim(f.getEmail()));
		s.setPhone(EntryText.trim(f.getPhone()));
		s.setReceptionModes(new HashSet<>(f.getReceptionModes()));
		s.setLanguages(new HashSet<>(f.getLanguages()));
		s.setAccessibility(new HashSet<>(f.getAccessibility()));
		s.setContactName(EntryText.clean(f.getContactName()));
		s.setContactEmail(EntryText.trim(f.getContactEmail()));
		s.setContactPhone(EntryText.trim(f.getContactPhone()));
		s.setContactPublic(f.isContactPublic());
		s.setStatus(c.status(), c.closedUntil());
		Saturation sat = s.getSaturation();
		String unit = EntryText.clean(f.getPlacesUnit());
		if (sat.level() != c.level() || !Objects.equals(sat.available(), c.available())
				|| !Objects.equals(sat.maximum(), c.maximum()) || !Objects.equals(sat.unit(), unit)) {
			s.setSaturation(new Saturation(c.level(), c.available(), c.maximum(), unit, me.userId(), me.displayName(),
					clock.instant()));
		}
		s.setVerificationMonths(c.months());
		s.getLocations().removeIf(l -> !c.locations().contains(l.getId()));
		Set<UUID> present = new HashSet<>();
		s.getLocations().forEach(l -> present.add(l.getId()));
		for (Location l : locations.findAllById(c.locations())) {
			if (!present.contains(l.getId())) {
				s.getLocations().add(l);
			}
		}
		s.setLiaisonForm(c.questions());
	}

}
