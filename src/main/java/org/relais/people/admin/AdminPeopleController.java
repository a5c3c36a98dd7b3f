package org.relais.people.admin;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.relais.people.BeneficiaryRecord;
import org.relais.people.People;
import org.relais.people.Situations;
import org.relais.people.domain.RetentionSetting;
import org.relais.people.retention.PeopleRetention;
import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.platform.CurrentUser;
import org.relais.platform.PersonalDataAccessLog;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.shared.DataCategory;
import org.relais.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The territory admin's people page: the retention period, and a person's rights — the export of everything held
 * on them (JSON, PDF in the admin's language) and their erasure, after a confirmation step.
 */
@Controller
class AdminPeopleController {

	private final People people;

	private final PeopleRetention retention;

	private final PersonalDataExport export;

	private final PersonalDataAccessLog accessLog;

	private final AuditLog audit;

	private final Clock clock;

	AdminPeopleController(People people, PeopleRetention retention, PersonalDataExport export,
			PersonalDataAccessLog accessLog, AuditLog audit, Clock clock) {
		this.people = people;
		this.retention = retention;
		this.export = export;
		this.accessLog = accessLog;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/admin/people")
	String page(@RequestParam(name = "q", required = false) String q, Model model) {
		RelaisPrincipal me = requireAdmin();
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		model.addAttribute("searched", !query.isEmpty());
		var results = people.search(me.currentTerritoryId(), query, 30);
		results.forEach(p -> accessLog.recordRead("beneficiary", p.id(), "listed"));
		model.addAttribute("results", results);
		if (!model.containsAttribute("months")) {
			model.addAttribute("months", retention.months(me.currentTerritoryId()));
		}
		model.addAttribute("minMonths", RetentionSetting.MIN_MONTHS);
		model.addAttribute("maxMonths", RetentionSetting.MAX_MONTHS);
		return "people/admin";
	}

	@PostMapping("/admin/people/retention")
	String retention(@RequestParam(name = "months", required = false) String months, Model model,
			RedirectAttributes flash, jakarta.servlet.http.HttpServletResponse response) {
		RelaisPrincipal me = requireAdmin();
		Integer value = parse(months);
		if (value == null || value < RetentionSetting.MIN_MONTHS || value > RetentionSetting.MAX_MONTHS) {
			response.setStatus(422);
			model.addAttribute("months", months);
			model.addAttribute("monthsError", true);
			return page(null, model);
		}
		retention.setMonths(me.currentTerritoryId(), value, me.userId());
		flash.addFlashAttribute("flash", "people.admin.retention.saved");
		return "redirect:/admin/people";
	}

	@GetMapping(path = "/admin/people/{id}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> exportJson(@PathVariable UUID id) {
		RelaisPrincipal me = requireAdmin();
		BeneficiaryRecord r = exported(me, id);
		Map<String, Object> body = export.json(export.sections(r, people.consents(me.currentTerritoryId(), id)),
				me.currentTerritoryId(), clock.instant());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("person-" + id + ".json").build().toString())
			.body(body);
	}

	@GetMapping("/admin/people/{id}/export.pdf")
	ResponseEntity<byte[]> exportPdf(@PathVariable UUID id, Locale locale) {
		RelaisPrincipal me = requireAdmin();
		BeneficiaryRecord r = exported(me, id);
		String name = r.firstName() == null ? r.lastName() : r.firstName() + " " + r.lastName();
		byte[] pdf = export.pdf(export.sections(r, people.consents(me.currentTerritoryId(), id)), name,
				clock.instant(), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("person-" + id + ".pdf").build().toString())
			.body(pdf);
	}

	@GetMapping("/admin/people/{id}/erase")
	String confirmErase(@PathVariable UUID id, Model model) {
		RelaisPrincipal me = requireAdmin();
		BeneficiaryRecord r = people.read(me.currentTerritoryId(), id)
			.orElseThrow(() -> NotFoundException.of("person", id));
		model.addAttribute("person", r);
		model.addAttribute("displayName", r.firstName() == null ? r.lastName() : r.firstName() + " " + r.lastName());
		return "people/erase";
	}

	@PostMapping("/admin/people/{id}/erase")
	String erase(@PathVariable UUID id, @RequestParam(name = "confirm", required = false) String confirm,
			RedirectAttributes flash) {
		RelaisPrincipal me = requireAdmin();
		people.read(me.currentTerritoryId(), id).orElseThrow(() -> NotFoundException.of("person", id));
		if (!"yes".equals(confirm)) {
			flash.addFlashAttribute("eraseError", "people.admin.erase.confirmRequired");
			return "redirect:/admin/people/" + id + "/erase";
		}
		people.erase(me.currentTerritoryId(), id);
		accessLog.recordRead("beneficiary", id, "erased");
		audit.record(AuditAction.PERSON_ERASED, "beneficiary:" + id, null);
		flash.addFlashAttribute("flash", "people.admin.erase.done");
		return "redirect:/admin/people";
	}

	/** The record for an export; the read, the export and each special category in it go to the access log. */
	private BeneficiaryRecord exported(RelaisPrincipal me, UUID id) {
		BeneficiaryRecord r = people.read(me.currentTerritoryId(), id)
			.orElseThrow(() -> NotFoundException.of("person", id));
		accessLog.recordRead("beneficiary", id, "export");
		r.situations()
			.stream()
			.map(Situations::category)
			.filter(DataCategory::isSensitive)
			.distinct()
			.forEach(c -> accessLog.recordRead("beneficiary", id, "sensitive:" + c.name()));
		return r;
	}

	private static RelaisPrincipal requireAdmin() {
		RelaisPrincipal me = CurrentUser.require();
		if (me.currentTerritoryId() == null || !me.has(Role.TERRITORY_ADMIN)) {
			throw NotFoundException.of("people", "admin");
		}
		return me;
	}

	private static Integer parse(String s) {
		try {
			return s == null ? null : Integer.valueOf(s.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

}
