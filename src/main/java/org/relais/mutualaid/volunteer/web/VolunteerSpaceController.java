package org.relais.mutualaid.volunteer.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.mutualaid.AssignmentStatus;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.VolunteerReadiness;
import org.relais.mutualaid.WhenKind;
import org.relais.mutualaid.action.ActionAssignment;
import org.relais.mutualaid.action.ActionAssignmentRepository;
import org.relais.mutualaid.action.ActionRequest;
import org.relais.mutualaid.action.ActionRequestRepository;
import org.relais.mutualaid.charter.Charter;
import org.relais.mutualaid.charter.CharterSignatureRepository;
import org.relais.mutualaid.charter.Charters;
import org.relais.mutualaid.proof.ProofDocument;
import org.relais.mutualaid.proof.ProofDocumentRepository;
import org.relais.mutualaid.proof.ProofDocuments;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.Volunteers;
import org.relais.mutualaid.web.MutualAidAccess;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
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
 * A volunteer's own space: what is missing before taking actions (charter, documents per action type), the upcoming
 * missions (type and date only), absences; the profile; the charter to read and sign; the proof documents to upload
 * and download. Everything is the signed-in volunteer's own record of the current territory (anyone else: 404).
 */
@Controller
class VolunteerSpaceController {

	/** An upcoming mission as the volunteer's home lists it: what and when, nothing about the person. */
	record Mission(String actionType, LocalDate onDate, String dayPart, WhenKind whenKind) {
	}

	private final MutualAidAccess access;

	private final Volunteers volunteers;

	private final VolunteerReadiness readiness;

	private final Charters charters;

	private final CharterSignatureRepository signatures;

	private final ProofDocuments proofs;

	private final ProofDocumentRepository documents;

	private final ActionAssignmentRepository assignments;

	private final ActionRequestRepository requests;

	private final MutualAid mutualAid;

	private final VolunteerPages pages;

	VolunteerSpaceController(MutualAidAccess access, Volunteers volunteers, VolunteerReadiness readiness,
			Charters charters, CharterSignatureRepository signatures, ProofDocuments proofs,
			ProofDocumentRepository documents, ActionAssignmentRepository assignments, ActionRequestRepository requests,
			MutualAid mutualAid, VolunteerPages pages) {
		this.access = access;
		this.volunteers = volunteers;
		this.readiness = readiness;
		this.charters = charters;
		this.signatures = signatures;
		this.proofs = proofs;
		this.documents = documents;
		this.assignments = assignments;
		this.requests = requests;
		this.mutualAid = mutualAid;
		this.pages = pages;
	}

	@GetMapping("/volunteer")
	String home(Model model) {
		Volunteer v = access.requireVolunteer();
		LocalDate today = mutualAid.today(v.getTerritoryId());
		model.addAttribute("volunteer", v);
		model.addAttribute("readiness", readiness.of(v, today));
		model.addAttribute("proofTypes", pages.proofTypes(v.getTerritoryId()));
		model.addAttribute("awaiting", documents.findByVolunteerIdOrderByUploadedAtDesc(v.getId())
			.stream()
			.filter(d -> d.getStatus() == org.relais.mutualaid.ProofStatus.PENDING)
			.toList());
		model.addAttribute("missions", missions(v, today));
		model.addAttribute("absences", volunteers.absences(v.getId())
			.stream()
			.filter(a -> !a.getUntilDate().isBefore(today))
			.toList());
		return "mutualaid/volunteers/home";
	}

	private List<Mission> missions(Volunteer v, LocalDate today) {
		List<UUID> ids = assignments.findByVolunteerIdInAndStatusIn(Set.of(v.getId()), Set.of(AssignmentStatus.ACCEPTED))
			.stream()
			.map(ActionAssignment::getRequestId)
			.toList();
		return requests.findAllById(ids)
			.stream()
			.filter(r -> r.getOnDate() == null || !r.getOnDate().isBefore(today))
			.sorted(Comparator.comparing(ActionRequest::getOnDate, Comparator.nullsLast(Comparator.naturalOrder())))
			.map(r -> new Mission(r.getActionType().name(), r.getOnDate(),
					r.getDayPart() == null ? null : r.getDayPart().name(), r.getWhenKind()))
			.toList();
	}

	// ------------------------------------------------------------------ profile and absences

	@GetMapping("/volunteer/profile")
	String profile(Model model, Locale locale) {
		Volunteer v = access.requireVolunteer();
		model.addAttribute("profile", VolunteerProfileForm.of(v));
		model.addAttribute("absence", new AbsenceForm());
		return profilePage(v, model, locale);
	}

	@PostMapping("/volunteer/profile")
	String saveProfile(@ModelAttribute("profile") VolunteerProfileForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		Volunteer v = access.requireVolunteer();
		form.check(result, pages.communes(v.getTerritoryId()), pages.languages(v.getTerritoryId()));
		if (!result.hasErrors()) {
			try {
				volunteers.changeProfile(v.getId(), form.profile());
				flash.addFlashAttribute("flash", "mutualaid.space.profile.saved");
				return "redirect:/volunteer/profile";
			}
			catch (MutualAidException ex) {
				VolunteerPages.reject(result, ex);
			}
		}
		response.setStatus(422);
		model.addAttribute("absence", new AbsenceForm());
		return profilePage(v, model, locale);
	}

	@PostMapping("/volunteer/absences")
	String addAbsence(@ModelAttribute("absence") AbsenceForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes flash) {
		Volunteer v = access.requireVolunteer();
		LocalDate from = form.from(result);
		LocalDate until = form.until(result);
		if (!result.hasErrors()) {
			try {
				volunteers.addAbsence(v.getId(), from, until);
				flash.addFlashAttribute("flash", "mutualaid.space.absence.added");
				return "redirect:/volunteer/profile";
			}
			catch (MutualAidException ex) {
				VolunteerPages.reject(result, ex);
			}
		}
		response.setStatus(422);
		model.addAttribute("profile", VolunteerProfileForm.of(v));
		return profilePage(v, model, locale);
	}

	@PostMapping("/volunteer/absences/{id}/delete")
	String deleteAbsence(@PathVariable UUID id, RedirectAttributes flash) {
		Volunteer v = access.requireVolunteer();
		volunteers.deleteAbsence(v.getId(), id);
		flash.addFlashAttribute("flash", "mutualaid.space.absence.deleted");
		return "redirect:/volunteer/profile";
	}

	private String profilePage(Volunteer v, Model model, Locale locale) {
		model.addAttribute("volunteer", v);
		model.addAttribute("absences", volunteers.absences(v.getId()));
		pages.profileChoices(model, v.getTerritoryId(), locale);
		return "mutualaid/volunteers/profile";
	}

	// ------------------------------------------------------------------ charter

	@GetMapping("/volunteer/charter")
	String charter(Model model, Locale locale) {
		Volunteer v = access.requireVolunteer();
		return charterPage(v, model, locale);
	}

	@PostMapping("/volunteer/charter/sign")
	String sign(@RequestParam(required = false) UUID charterId, @RequestParam(defaultValue = "false") boolean accept,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		Volunteer v = access.requireVolunteer();
		String error = null;
		if (!accept) {
			error = "mutualaid.charter.error.accept";
		}
		else {
			try {
				charters.sign(v.getTerritoryId(), v.getId(), charterId, Languages.of(locale));
				flash.addFlashAttribute("flash", "mutualaid.charter.signed");
				return "redirect:/volunteer/charter";
			}
			catch (MutualAidException ex) {
				model.addAttribute("errorArgs", ex.args());
				error = ex.messageKey();
			}
		}
		response.setStatus(422);
		model.addAttribute("error", error);
		return charterPage(v, model, locale);
	}

	private String charterPage(Volunteer v, Model model, Locale locale) {
		model.addAttribute("volunteer", v);
		Charter current = charters.current(v.getTerritoryId()).orElse(null);
		model.addAttribute("charter", current);
		if (current != null) {
			model.addAttribute("charterText",
					current.text(Languages.of(locale), pages.defaultLanguage(v.getTerritoryId())));
			model.addAttribute("signedCurrent", charters.signedCurrent(v.getTerritoryId(), v.getId()));
		}
		model.addAttribute("signatures", signatures.findByVolunteerIdOrderBySignedAtDesc(v.getId()));
		model.addAttribute("zone", mutualAid.zone(v.getTerritoryId()));
		return "mutualaid/volunteers/charter";
	}

	// ------------------------------------------------------------------ documents

	@GetMapping("/volunteer/documents")
	String documents(Model model) {
		Volunteer v = access.requireVolunteer();
		model.addAttribute("upload", new ProofUploadForm());
		return documentsPage(v, model);
	}

	@PostMapping("/volunteer/documents")
	String upload(@ModelAttribute("upload") ProofUploadForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		Volunteer v = access.requireVolunteer();
		LocalDate expiresOn = form.expiry(result);
		if (!result.hasErrors()) {
			try (InputStream in = form.getFile() == null || form.getFile().isEmpty() ? null
					: form.getFile().getInputStream()) {
				proofs.upload(v, form.getProofCode(), expiresOn,
						form.getFile() == null ? null : form.getFile().getOriginalFilename(), in,
						form.getFile() == null ? 0 : form.getFile().getSize());
				flash.addFlashAttribute("flash", "mutualaid.proofs.uploaded");
				return "redirect:/volunteer/documents";
			}
			catch (MutualAidException ex) {
				VolunteerPages.reject(result, ex);
			}
			catch (IOException ex) {
				result.rejectValue("file", "mutualaid.proofs.error.file");
			}
		}
		response.setStatus(422);
		return documentsPage(v, model);
	}

	@GetMapping("/volunteer/documents/{id}/file")
	ResponseEntity<Resource> file(@PathVariable UUID id) {
		Volunteer v = access.requireVolunteer();
		ProofDocument d = proofs.find(v.getTerritoryId(), id);
		if (!d.getVolunteerId().equals(v.getId())) {
			throw NotFoundException.of("proof", id);
		}
		return pages.download(d);
	}

	private String documentsPage(Volunteer v, Model model) {
		LocalDate today = mutualAid.today(v.getTerritoryId());
		model.addAttribute("volunteer", v);
		model.addAttribute("today", today);
		model.addAttribute("readiness", readiness.of(v, today));
		model.addAttribute("proofTypes", pages.proofTypes(v.getTerritoryId()));
		model.addAttribute("activeTypes", pages.proofTypes(v.getTerritoryId())
			.values()
			.stream()
			.filter(org.relais.mutualaid.proof.ProofType::isActive)
			.toList());
		model.addAttribute("documents", documents.findByVolunteerIdOrderByUploadedAtDesc(v.getId()));
		return "mutualaid/volunteers/documents";
	}

}
