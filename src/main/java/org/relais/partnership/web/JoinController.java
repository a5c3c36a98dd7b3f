package org.relais.partnership.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.directory.PartnerOrganisations;
import org.relais.partnership.PartnershipStatus;
import org.relais.partnership.domain.PartnershipRejected;
import org.relais.partnership.domain.PartnershipRequest;
import org.relais.partnership.domain.Partnerships;
import org.relais.platform.ClientIp;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side of partner onboarding, without an account: the application form of a territory, and the private
 * status page its links open, where the applicant corrects the application when asked, reads the contract and
 * accepts it (or uploads a signed scan), and later downloads the signed copy.
 */
@Controller
class JoinController {

	private final Partnerships partnerships;

	private final TerritoryCatalog territories;

	private final PartnerOrganisations organisations;

	private final JoinThrottle throttle;

	JoinController(Partnerships partnerships, TerritoryCatalog territories, PartnerOrganisations organisations,
			JoinThrottle throttle) {
		this.partnerships = partnerships;
		this.territories = territories;
		this.organisations = organisations;
		this.throttle = throttle;
	}

	@GetMapping("/t/{slug}/partners/join")
	String form(@PathVariable String slug, Model model, Locale locale) {
		TerritorySummary t = territory(slug);
		JoinForm form = new JoinForm();
		String lang = Languages.of(locale);
		form.setLanguage(t.languages().contains(lang) ? lang : t.defaultLanguage());
		model.addAttribute("joinForm", form);
		return formPage(model, t);
	}

	@PostMapping("/t/{slug}/partners/join")
	String apply(@PathVariable String slug, @Valid @ModelAttribute("joinForm") JoinForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		TerritorySummary t = territory(slug);
		if (form.isRobot()) {
			return "redirect:/t/" + t.slug() + "/partners/join";
		}
		form.check(result, organisations.kinds(), t.languages());
		if (result.hasErrors()) {
			response.setStatus(422);
			return formPage(model, t);
		}
		if (!throttle.tryAcquire(ClientIp.current())) {
			result.reject("partnership.join.error.tooMany");
			response.setStatus(429);
			return formPage(model, t);
		}
		Partnerships.Submitted submitted = partnerships.submit(t.id(), form.application());
		flash.addFlashAttribute("flash", "partnership.join.flash.submitted");
		flash.addFlashAttribute("justSubmitted", true);
		return "redirect:/t/" + t.slug() + "/partners/join/" + submitted.token();
	}

	@GetMapping("/t/{slug}/partners/join/{token}")
	String status(@PathVariable String slug, @PathVariable String token, Model model) {
		TerritorySummary t = territory(slug);
		PartnershipRequest r = request(t, token);
		if (!model.containsAttribute("joinForm") && r.getStatus() == PartnershipStatus.CHANGES_REQUESTED) {
			model.addAttribute("joinForm", JoinForm.of(r.application()));
		}
		if (!model.containsAttribute("acceptForm")) {
			model.addAttribute("acceptForm", new AcceptForm());
		}
		return statusPage(model, t, r, token);
	}

	@PostMapping("/t/{slug}/partners/join/{token}/resubmit")
	String resubmit(@PathVariable String slug, @PathVariable String token,
			@Valid @ModelAttribute("joinForm") JoinForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		TerritorySummary t = territory(slug);
		PartnershipRequest r = request(t, token);
		form.check(result, organisations.kinds(), t.languages());
		if (!result.hasErrors()) {
			try {
				partnerships.resubmit(t.id(), token, form.application());
				flash.addFlashAttribute("flash", "partnership.status.flash.resubmitted");
				return "redirect:/t/" + t.slug() + "/partners/join/" + token;
			}
			catch (PartnershipRejected ex) {
				result.reject(ex.messageKey());
			}
		}
		response.setStatus(422);
		model.addAttribute("acceptForm", new AcceptForm());
		return statusPage(model, t, r, token);
	}

	@PostMapping("/t/{slug}/partners/join/{token}/accept")
	String accept(@PathVariable String slug, @PathVariable String token,
			@ModelAttribute("acceptForm") AcceptForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		TerritorySummary t = territory(slug);
		PartnershipRequest r = request(t, token);
		try {
			partnerships.acceptOnline(t.id(), token, form.getName(), form.isOnBehalf(), ClientIp.current());
			flash.addFlashAttribute("flash", "partnership.status.flash.signed");
			return "redirect:/t/" + t.slug() + "/partners/join/" + token;
		}
		catch (PartnershipRejected ex) {
			reject(result, ex);
		}
		response.setStatus(422);
		return statusPage(model, t, r, token);
	}

	@PostMapping("/t/{slug}/partners/join/{token}/upload")
	String upload(@PathVariable String slug, @PathVariable String token,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			HttpServletResponse response, RedirectAttributes flash) throws IOException {
		TerritorySummary t = territory(slug);
		PartnershipRequest r = request(t, token);
		try {
			partnerships.acceptByUpload(t.id(), token, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes(), ClientIp.current());
			flash.addFlashAttribute("flash", "partnership.status.flash.uploaded");
			return "redirect:/t/" + t.slug() + "/partners/join/" + token;
		}
		catch (PartnershipRejected ex) {
			model.addAttribute("uploadError", ex.messageKey());
		}
		response.setStatus(422);
		model.addAttribute("acceptForm", new AcceptForm());
		return statusPage(model, t, r, token);
	}

	@GetMapping("/t/{slug}/partners/join/{token}/contract.pdf")
	ResponseEntity<byte[]> contract(@PathVariable String slug, @PathVariable String token) {
		TerritorySummary t = territory(slug);
		return document(request(t, token), false, partnerships);
	}

	@GetMapping("/t/{slug}/partners/join/{token}/signed")
	ResponseEntity<byte[]> signed(@PathVariable String slug, @PathVariable String token) {
		TerritorySummary t = territory(slug);
		return document(request(t, token), true, partnerships);
	}

	/** The contract as sent, or the signed copy (PDF or uploaded scan), as an attachment; 404 when there is none. */
	static ResponseEntity<byte[]> document(PartnershipRequest r, boolean signed, Partnerships partnerships) {
		byte[] bytes = partnerships.document(r, signed)
			.orElseThrow(() -> NotFoundException.of("contract", r.getId()));
		String type = signed ? partnerships.signedContentType(r) : MediaType.APPLICATION_PDF_VALUE;
		String extension = type.endsWith("pdf") ? "pdf" : type.endsWith("png") ? "png" : "jpg";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename((signed ? "contract-signed-" : "contract-") + r.getReference() + "." + extension)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

	static void reject(BindingResult result, PartnershipRejected ex) {
		if (ex.field() == null) {
			result.reject(ex.messageKey());
		}
		else {
			result.rejectValue(ex.field(), ex.messageKey());
		}
	}

	private String formPage(Model model, TerritorySummary t) {
		model.addAttribute("territory", t);
		model.addAttribute("territoryName", t.name(Languages.of(LocaleContextHolder.getLocale())));
		model.addAttribute("kinds", organisations.kinds());
		model.addAttribute("languages", t.languages());
		return "partnership/join";
	}

	private String statusPage(Model model, TerritorySummary t, PartnershipRequest r, String token) {
		model.addAttribute("request", r);
		model.addAttribute("token", token);
		model.addAttribute("base", "/t/" + t.slug() + "/partners/join/" + token);
		model.addAttribute("zone", java.time.ZoneId.of(t.timeZone()));
		formPage(model, t);
		return "partnership/status";
	}

	private PartnershipRequest request(TerritorySummary t, String token) {
		return partnerships.byToken(t.id(), token).orElseThrow(() -> NotFoundException.of("partnership", "token"));
	}

	private TerritorySummary territory(String slug) {
		return territories.findBySlug(slug).orElseThrow(() -> NotFoundException.of("territory", slug));
	}

}
