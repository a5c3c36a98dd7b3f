package org.relais.mutualaid.volunteer.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.ProofStatus;
import org.relais.mutualaid.VolunteerReadiness;
import org.relais.mutualaid.VolunteerReadiness.Readiness;
import org.relais.mutualaid.VolunteerStatus;
import org.relais.mutualaid.charter.CharterSignatureRepository;
import org.relais.mutualaid.proof.ProofDocument;
import org.relais.mutualaid.proof.ProofDocumentRepository;
import org.relais.mutualaid.proof.ProofDocuments;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.mutualaid.volunteer.Volunteers;
import org.relais.mutualaid.web.MutualAidAccess;
import org.relais.platform.PersonalDataAccessLog;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.relais.territory.AreaSummary;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's volunteers: the list (filters by state, action type, text), one volunteer's record (private
 * address, documents to verify or reject with a reason, state changes with a note, charter signatures), the queue of
 * documents awaiting verification. Every read of a volunteer's record is written to the personal-data access log.
 */
@Controller
class VolunteersController {

	/** A line of the list. */
	record Row(Volunteer volunteer, OrganisationRef organisation, String commune, Readiness readiness,
			long toVerify) {
	}

	/** A document of the queue with its volunteer. */
	record Queued(ProofDocument document, Volunteer volunteer) {
	}

	private final VolunteerRepository volunteers;

	private final Volunteers service;

	private final VolunteerReadiness readiness;

	private final ProofDocumentRepository documents;

	private final ProofDocuments proofs;

	private final CharterSignatureRepository signatures;

	private final DirectoryCatalog directory;

	private final MutualAid mutualAid;

	private final VolunteerPages pages;

	private final PersonalDataAccessLog accessLog;

	VolunteersController(VolunteerRepository volunteers, Volunteers service, VolunteerReadiness readiness,
			ProofDocumentRepository documents, ProofDocuments proofs, CharterSignatureRepository signatures,
			DirectoryCatalog directory, MutualAid mutualAid, VolunteerPages pages, PersonalDataAccessLog accessLog) {
		this.volunteers = volunteers;
		this.service = service;
		this.readiness = readiness;
		this.documents = documents;
		this.proofs = proofs;
		this.signatures = signatures;
		this.directory = directory;
		this.mutualAid = mutualAid;
		this.pages = pages;
		this.accessLog = accessLog;
	}

	@GetMapping("/mutualaid/volunteers")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
			@RequestParam(required = false) String q, Model model, Locale locale) {
		RelaisPrincipal me = MutualAidAccess.requireCoordinator();
		UUID t = me.currentTerritoryId();
		VolunteerStatus s = parse(VolunteerStatus.class, status);
		ActionType at = parse(ActionType.class, type);
		String text = q == null ? "" : q.strip().toLowerCase(locale);
		List<Volunteer> found = volunteers.findByTerritoryIdOrderByLastNameAscFirstNameAsc(t)
			.stream()
			.filter(v -> s == null || v.getStatus() == s)
			.filter(v -> at == null || v.getActionTypes().contains(at))
			.filter(v -> text.isEmpty() || (v.displayName() + " " + v.getEmail()).toLowerCase(locale).contains(text))
			.toList();
		Map<UUID, Readiness> ready = readiness.of(t, found, mutualAid.today(t));
		Map<UUID, Long> toVerify = documents.findByTerritoryIdAndStatusOrderByUploadedAt(t, ProofStatus.PENDING)
			.stream()
			.collect(Collectors.groupingBy(ProofDocument::getVolunteerId, Collectors.counting()));
		Map<String, String> communes = communes(t);
		Map<UUID, OrganisationRef> orgs = new HashMap<>();
		List<Row> rows = found.stream()
			.map(v -> new Row(v, organisation(t, v, locale, orgs), communes.get(v.getCommuneCode()),
					ready.get(v.getId()), toVerify.getOrDefault(v.getId(), 0L)))
			.toList();
		found.forEach(v -> accessLog.recordRead("volunteer", v.getId(), "listed"));
		model.addAttribute("rows", rows);
		model.addAttribute("status", s == null ? "" : s.name());
		model.addAttribute("type", at == null ? "" : at.name());
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("statuses", List.of(VolunteerStatus.values()));
		model.addAttribute("actionTypes", List.of(ActionType.values()));
		return "mutualaid/volunteers/list";
	}

	@GetMapping("/mutualaid/volunteers/documents")
	String queue(Model model) {
		RelaisPrincipal me = MutualAidAccess.requireCoordinator();
		UUID t = me.currentTerritoryId();
		List<ProofDocument> pending = documents.findByTerritoryIdAndStatusOrderByUploadedAt(t, ProofStatus.PENDING);
		Map<UUID, Volunteer> byId = volunteers
			.findAllById(pending.stream().map(ProofDocument::getVolunteerId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Volunteer::getId, v -> v));
		model.addAttribute("queue", pending.stream()
			.filter(d -> byId.containsKey(d.getVolunteerId()))
			.map(d -> new Queued(d, byId.get(d.getVolunteerId())))
			.toList());
		model.addAttribute("proofTypes", pages.proofTypes(t));
		model.addAttribute("zone", mutualAid.zone(t));
		byId.keySet().forEach(id -> accessLog.recordRead("volunteer", id, "documents-queue"));
		return "mutualaid/volunteers/queue";
	}

	@GetMapping("/mutualaid/volunteers/{id}")
	String detail(@PathVariable UUID id, Model model, Locale locale) {
		RelaisPrincipal me = MutualAidAccess.requireCoordinator();
		return detailPage(find(me, id), model, locale);
	}

	@PostMapping("/mutualaid/volunteers/{id}/status")
	String status(@PathVariable UUID id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String note, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		RelaisPrincipal me = MutualAidAccess.requireCoordinator();
		Volunteer v = find(me, id);
		VolunteerStatus next = parse(VolunteerStatus.class, status);
		try {
			if (next == null) {
				throw new MutualAidException("status", "mutualaid.volunteers.error.status");
			}
			if (note != null && note.length() > 1000) {
				throw new MutualAidException("note", "mutualaid.volunteers.error.note");
			}
			service.moveTo(me.currentTerritoryId(), id, next, note);
		}
		catch (MutualAidException ex) {
			response.setStatus(422);
			model.addAttribute("statusError", ex.messageKey());
			model.addAttribute("statusErrorArgs", ex.args());
			return detailPage(v, model, locale);
		}
		flash.addFlashAttribute("flash", "mutualaid.volunteers.status.saved");
		return "redirect:/mutualaid/volunteers/" + id;
	}

	@PostMapping("/mutualaid/volunteers/{id}/erase")
	String erase(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirm, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = MutualAidAccess.requireCoordinator();
		Volunteer v = find(me, id);
		try {
			if (!confirm) {
				throw new MutualAidException("confirm", "mutualaid.volunteers.error.eraseConfirm");
			}
			service.erase(me.currentTerritoryId(), id);
		}
		catch (MutualAidException ex) {
			response.setStatus(422);
			model.addAttribute("eraseError", ex.messageKey());
			return detailPage(v, model, locale);
		}
		accessLog.recordRead("volunteer", id, "erased");
		flash.addFlashAttribute("flash", "mutualaid.volunteers.erased");
		return "redirect:/mutualaid/volunteers";
	}

	@PostMapping("/mutualaid/volunteers/{id}/documents/{docId}/verify")
	String verify(@PathVariable UUID id, @PathVariable UUID docId, RedirectAttributes flash) {
		RelaisPrincipal me = MutualAidAccess.requireCoordinator();
		document(me, id, docId);
		proofs.verify(me.currentTerritoryId(), docId, me.userId());
		flash.addFlashAttribute("flash", "mutualaid.volunteers.document.verified");
		return "redirect:/mutualaid/volunteers/" + id;
	}

	@PostMapping("/mutualaid/volunteers/{id}/documents/{docId}/reject")
	String reject(@PathVariable UUID id, @PathVariable UUID docId, @RequestParam(required = false) String reason,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = MutualAidAccess.requireCoordinator();
		document(me, id, docId);
		try {
			if (reason != null && reason.length() > 1000) {
				throw new MutualAidException("reason", "mutualaid.volunteers.error.reasonTooLong");
			}
			proofs.reject(me.currentTerritoryId(), docId, reason, me.userId());
		}
		catch (MutualAidException ex) {
			response.setStatus(422);
			model.addAttribute("rejectError", ex.messageKey());
			model.addAttribute("rejectDocument", docId);
			return detailPage(find(me, id), model, locale);
		}
		flash.addFlashAttribute("flash", "mutualaid.volunteers.document.rejected");
		return "redirect:/mutualaid/volunteers/" + id;
	}

	@GetMapping("/mutualaid/volunteers/{id}/documents/{docId}/file")
	ResponseEntity<Resource> file(@PathVariable UUID id, @PathVariable UUID docId) {
		RelaisPrincipal me = MutualAidAccess.requireCoordinator();
		ProofDocument d = document(me, id, docId);
		accessLog.recordRead("volunteer", id, "proof-document");
		return pages.download(d);
	}

	private String detailPage(Volunteer v, Model model, Locale locale) {
		UUID t = v.getTerritoryId();
		LocalDate today = mutualAid.today(t);
		accessLog.recordRead("volunteer", v.getId(), "record");
		model.addAttribute("volunteer", v);
		model.addAttribute("organisation", organisation(t, v, locale, new HashMap<>()));
		model.addAttribute("commune", communes(t).get(v.getCommuneCode()));
		model.addAttribute("readiness", readiness.of(v, today));
		model.addAttribute("today", today);
		model.addAttribute("documents", documents.findByVolunteerIdOrderByUploadedAtDesc(v.getId()));
		model.addAttribute("proofTypes", pages.proofTypes(t));
		model.addAttribute("signatures", signatures.findByVolunteerIdOrderBySignedAtDesc(v.getId()));
		model.addAttribute("absences", service.absences(v.getId()));
		model.addAttribute("zone", mutualAid.zone(t));
		model.addAttribute("nextStatuses", List.of(VolunteerStatus.values())
			.stream()
			.filter(s -> v.getStatus().canGoTo(s))
			.toList());
		return "mutualaid/volunteers/detail";
	}

	private Volunteer find(RelaisPrincipal me, UUID id) {
		return volunteers.findByIdAndTerritoryId(id, me.currentTerritoryId())
			.orElseThrow(() -> NotFoundException.of("volunteer", id));
	}

	private ProofDocument document(RelaisPrincipal me, UUID id, UUID docId) {
		ProofDocument d = proofs.find(me.currentTerritoryId(), docId);
		if (!d.getVolunteerId().equals(find(me, id).getId())) {
			throw NotFoundException.of("proof", docId);
		}
		return d;
	}

	private OrganisationRef organisation(UUID t, Volunteer v, Locale locale, Map<UUID, OrganisationRef> cache) {
		UUID org = v.getVouchingOrganisationId();
		if (org == null) {
			return null;
		}
		return cache.computeIfAbsent(org, o -> directory.organisation(t, o, locale.getLanguage()).orElse(null));
	}

	private Map<String, String> communes(UUID t) {
		Map<String, String> map = new HashMap<>();
		for (AreaSummary a : pages.communes(t)) {
			map.put(a.code(), a.name());
		}
		return map;
	}

	static <E extends Enum<E>> E parse(Class<E> type, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(code)) {
				return e;
			}
		}
		return null;
	}

}
