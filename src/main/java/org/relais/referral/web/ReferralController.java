package org.relais.referral.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.people.BeneficiaryRecord;
import org.relais.people.People;
import org.relais.platform.CurrentUser;
import org.relais.platform.PersonalDataAccessLog;
import org.relais.platform.RelaisPrincipal;
import org.relais.referral.AttachmentDownload;
import org.relais.referral.Outcome;
import org.relais.referral.ReferralAccess;
import org.relais.referral.ReferralAction;
import org.relais.referral.ReferralActionRefused;
import org.relais.referral.ReferralDetails;
import org.relais.referral.Referrals;
import org.relais.referral.RefusalReason;
import org.relais.referral.domain.Referral;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A referral's page, for its two sides: where it stands, its history, the person's shared fields (read through
 * {@code People}, logged), the liaison answers, the files, and the actions open to the viewer (the receiving
 * organisation answers, the sender side withdraws), each a POST checked again by the façade. Anybody else: 404.
 */
@Controller
class ReferralController {

	private final Referrals referrals;

	private final People people;

	private final PersonalDataAccessLog accessLog;

	private final TerritoryCatalog territories;

	ReferralController(Referrals referrals, People people, PersonalDataAccessLog accessLog,
			TerritoryCatalog territories) {
		this.referrals = referrals;
		this.people = people;
		this.accessLog = accessLog;
		this.territories = territories;
	}

	private ReferralDetails visible(UUID id, RelaisPrincipal me) {
		return referrals.find(id, me).orElseThrow(() -> NotFoundException.of("referral", id));
	}

	@GetMapping("/referrals/{id}")
	String show(@PathVariable UUID id, Model model) {
		RelaisPrincipal me = CurrentUser.require();
		return page(visible(id, me), me, model);
	}

	private String page(ReferralDetails r, RelaisPrincipal me, Model model) {
		ReferralAccess access = referrals.access(r, me);
		Optional<BeneficiaryRecord> person = people.read(r.summary().territoryId(), r.summary().beneficiaryId());
		model.addAttribute("referral", r);
		model.addAttribute("summary", r.summary());
		model.addAttribute("serviceName", r.summary().serviceName(Languages.of(LocaleContextHolder.getLocale())));
		model.addAttribute("personFields", person.map(p -> PersonFields.of(p, r.sharedFields())).orElse(List.of()));
		model.addAttribute("personGone", person.isEmpty());
		model.addAttribute("personId", access.sender() ? r.summary().beneficiaryId() : null);
		model.addAttribute("history", referrals.history(r));
		model.addAttribute("attachments", referrals.attachments(r));
		model.addAttribute("allowed", access.allowed(r.status()));
		model.addAttribute("refusalReasons", List.of(RefusalReason.values()));
		model.addAttribute("outcomes", List.of(Outcome.values()));
		model.addAttribute("maxMessage", Referral.MAX_MESSAGE);
		model.addAttribute("zone", territories.find(r.summary().territoryId())
			.map(t -> ZoneId.of(t.timeZone()))
			.orElse(ZoneId.of("Europe/Paris")));
		return "referral/show";
	}

	@PostMapping("/referrals/{id}/accept")
	String accept(@PathVariable UUID id, @RequestParam(required = false) String message, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, ReferralAction.accept(message), model, redirect, response);
	}

	@PostMapping("/referrals/{id}/refuse")
	String refuse(@PathVariable UUID id, @RequestParam(required = false) String refusalReason,
			@RequestParam(required = false) String message, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, ReferralAction.refuse(parse(RefusalReason.class, refusalReason), message), model, redirect,
				response);
	}

	@PostMapping("/referrals/{id}/waitlist")
	String waitlist(@PathVariable UUID id, @RequestParam(required = false) String message, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, ReferralAction.waitlist(message), model, redirect, response);
	}

	@PostMapping("/referrals/{id}/complete")
	String complete(@PathVariable UUID id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String message, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return act(id, ReferralAction.complete(parse(Outcome.class, outcome), message), model, redirect, response);
	}

	@PostMapping("/referrals/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam(required = false) String message, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return act(id, ReferralAction.withdraw(message), model, redirect, response);
	}

	private String act(UUID id, ReferralAction action, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		RelaisPrincipal me = CurrentUser.require();
		try {
			referrals.act(id, me, action);
		}
		catch (ReferralActionRefused ex) {
			response.setStatus(ex.field() == null ? HttpServletResponse.SC_CONFLICT : 422);
			model.addAttribute("actionError", ex.messageKey());
			model.addAttribute("actionErrorKind", action.kind());
			model.addAttribute("actionErrorField", ex.field());
			model.addAttribute("actionMessage", action.message());
			return page(visible(id, me), me, model);
		}
		redirect.addFlashAttribute("flash", "referral.referral.flash." + action.kind().name());
		return "redirect:/referrals/" + id;
	}

	@GetMapping("/referrals/{id}/attachments/{attachmentId}")
	ResponseEntity<Resource> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		ReferralDetails r = visible(id, CurrentUser.require());
		AttachmentDownload d = referrals.attachment(r, attachmentId)
			.orElseThrow(() -> NotFoundException.of("attachment", attachmentId));
		accessLog.recordRead("beneficiary", r.summary().beneficiaryId(), "referral-attachment");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(d.attachment().name(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.parseMediaType(d.attachment().contentType()))
			.contentLength(d.attachment().size())
			.body(d.content());
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String code) {
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
