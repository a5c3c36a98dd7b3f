package org.relais.referral.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.relais.directory.LiaisonField;
import org.relais.directory.ServiceEligibility;
import org.relais.people.BeneficiaryRecord;
import org.relais.people.ConsentMethod;
import org.relais.people.ContactPreference;
import org.relais.people.People;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.StoredFiles;
import org.relais.referral.Exclusion;
import org.relais.referral.NewReferral;
import org.relais.referral.ReferralActionRefused;
import org.relais.referral.Referrals;
import org.relais.referral.SharedField;
import org.relais.referral.domain.LiaisonCheck;
import org.relais.referral.domain.ReferralAttachments;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referral form, for agents, coordinators and admins: pick the person (search, or create them and come
 * back), then the liaison form of the service with the person's fields it shares, the reason, contact,
 * availability, files and the consent. A service matching excludes for the person needs a justification
 * (recomputed here, whatever the link said). Anybody else, or a service or person of another territory: 404.
 */
@Controller
class ReferralFormController {

	static final int SEARCH_LIMIT = 20;

	private final Referrals referrals;

	private final People people;

	ReferralFormController(Referrals referrals, People people) {
		this.referrals = referrals;
		this.people = people;
	}

	private static RelaisPrincipal sender() {
		RelaisPrincipal me = CurrentUser.require();
		if (!Referrals.maySend(me)) {
			throw NotFoundException.of("referral form", "new");
		}
		return me;
	}

	private ServiceEligibility service(UUID territory, UUID id) {
		if (id == null) {
			throw NotFoundException.of("service", "none");
		}
		return referrals.service(territory, id).orElseThrow(() -> NotFoundException.of("service", id));
	}

	@GetMapping("/referrals/new")
	String form(@RequestParam(required = false) UUID service, @RequestParam(required = false) UUID person,
			@RequestParam(required = false) String q, Model model) {
		RelaisPrincipal me = sender();
		ServiceEligibility s = service(me.currentTerritoryId(), service);
		if (person == null) {
			model.addAttribute("service", s);
			model.addAttribute("serviceName", s.name(Languages.of(LocaleContextHolder.getLocale())));
			model.addAttribute("q", q == null ? "" : q);
			model.addAttribute("found", q == null || q.isBlank() ? null
					: people.search(me.currentTerritoryId(), q, SEARCH_LIMIT));
			model.addAttribute("newPersonLink", "/referrals/new?service=" + s.serviceId());
			return "referral/pick-person";
		}
		BeneficiaryRecord p = people.read(me.currentTerritoryId(), person)
			.orElseThrow(() -> NotFoundException.of("person", person));
		ReferralForm form = new ReferralForm();
		form.setService(s.serviceId());
		form.setPerson(p.id());
		form.setToken(UUID.randomUUID().toString());
		form.setPreferredContact(p.contactPreference());
		form.setSharedFields(PersonFields.of(p, SharedField.DEFAULT).stream().map(PersonFields.FieldValue::field).toList());
		form.setConsentMethod(ConsentMethod.ORAL);
		return show(model, form, s, p, Map.of());
	}

	@PostMapping("/referrals")
	String create(@Valid @ModelAttribute("referralForm") ReferralForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		RelaisPrincipal me = sender();
		ServiceEligibility s = service(me.currentTerritoryId(), form.getService());
		if (form.getPerson() == null) {
			throw NotFoundException.of("person", "none");
		}
		BeneficiaryRecord p = people.read(me.currentTerritoryId(), form.getPerson())
			.orElseThrow(() -> NotFoundException.of("person", form.getPerson()));
		if (form.getToken() == null || !form.getToken().matches("[0-9a-f-]{36}")) {
			form.setToken(UUID.randomUUID().toString());
			result.reject("referral.referral.error.token");
		}
		if (!form.isConsent()) {
			result.rejectValue("consent", "referral.referral.error.consentRequired");
		}
		if (form.getConsentMethod() == null) {
			result.rejectValue("consentMethod", "referral.referral.error.consentMethodRequired");
		}
		List<Exclusion> excluded = referrals.exclusions(p, s);
		if (!excluded.isEmpty() && (form.getJustification() == null || form.getJustification().isBlank())) {
			result.rejectValue("justification", "referral.referral.error.justificationRequired");
		}
		List<LiaisonField> questions = referrals.liaisonForm(me.currentTerritoryId(), s.serviceId());
		Map<Integer, String> answerErrors = LiaisonCheck.errors(questions, form.getAnswers());
		List<MultipartFile> files = form.chosenFiles();
		if (files.size() > ReferralAttachments.MAX_FILES) {
			result.rejectValue("files", "referral.referral.error.tooManyFiles");
		}
		if (result.hasErrors() || !answerErrors.isEmpty()) {
			if (!answerErrors.isEmpty()) {
				result.reject("referral.referral.error.answers");
			}
			return show(model, form, s, p, answerErrors);
		}
		NewReferral referral = new NewReferral(p.id(), s.serviceId(), form.getReason(), form.getPreferredContact(),
				form.getAvailability(), form.getAnswers(), EnumSet.copyOf(sharedOrNone(form)),
				form.getConsentMethod(), form.getJustification(), uploads(files), form.getToken());
		Referrals.Created created;
		try {
			created = referrals.create(me, referral);
		}
		catch (ReferralActionRefused ex) {
			if (ex.field() != null) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
			else {
				result.reject(ex.messageKey());
			}
			return show(model, form, s, p, answerErrors);
		}
		catch (StoredFiles.FileRejectedException ex) {
			result.rejectValue("files", ex.messageKey());
			return show(model, form, s, p, answerErrors);
		}
		catch (DataIntegrityViolationException ex) {
			// the same form sent twice at once: the other request made the referral
			created = referrals.create(me, referral);
		}
		redirect.addFlashAttribute("flash",
				created.existing() ? "referral.referral.flash.alreadySent" : "referral.referral.flash.sent");
		return "redirect:/referrals/" + created.referral().id();
	}

	private static Set<SharedField> sharedOrNone(ReferralForm form) {
		return form.getSharedFields() == null || form.getSharedFields().isEmpty() ? EnumSet.noneOf(SharedField.class)
				: EnumSet.copyOf(form.getSharedFields());
	}

	private static List<NewReferral.Upload> uploads(List<MultipartFile> files) {
		List<NewReferral.Upload> out = new ArrayList<>();
		for (MultipartFile f : files) {
			out.add(new NewReferral.Upload(f.getOriginalFilename(), f.getSize(), () -> {
				try {
					return f.getInputStream();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}));
		}
		return out;
	}

	private String show(Model model, ReferralForm form, ServiceEligibility s, BeneficiaryRecord p,
			Map<Integer, String> answerErrors) {
		String language = Languages.of(LocaleContextHolder.getLocale());
		model.addAttribute("referralForm", form);
		model.addAttribute("service", s);
		model.addAttribute("serviceName", s.name(language));
		model.addAttribute("personName", PersonFields.name(p));
		model.addAttribute("personFields", PersonFields.of(p, SharedField.DEFAULT));
		model.addAttribute("questions", referrals.liaisonForm(p.territoryId(), s.serviceId()));
		model.addAttribute("answerErrors", answerErrors);
		model.addAttribute("exclusions", referrals.exclusions(p, s));
		model.addAttribute("contacts", List.of(ContactPreference.values()));
		model.addAttribute("consentMethods", List.of(ConsentMethod.values()));
		model.addAttribute("maxFiles", ReferralAttachments.MAX_FILES);
		return "referral/new";
	}

}
