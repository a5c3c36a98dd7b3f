package org.relais.referral.partner;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.people.People;
import org.relais.referral.Outcome;
import org.relais.referral.ReferralAccess;
import org.relais.referral.ReferralAction;
import org.relais.referral.ReferralActionRefused;
import org.relais.referral.RefusalReason;
import org.relais.referral.partner.MagicLinks.Opened;
import org.relais.referral.partner.MagicLinks.Renewal;
import org.relais.referral.partner.MagicLinks.State;
import org.relais.shared.Languages;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
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
 * The one referral behind a signed link, for an organisation without any account: read, answer, print; open
 * without signing in (the link is the permission). GET only shows (mail scanners follow links), POST answers. A
 * tampered or unknown link is a 404, an expired or replaced one a 410 whose page asks for a new link — mailed to
 * the organisation's address, never shown.
 */
@Controller
class MagicLinkController {

	private final MagicLinks links;

	private final People people;

	private final LiaisonSheet sheet;

	private final TerritoryCatalog territories;

	MagicLinkController(MagicLinks links, People people, LiaisonSheet sheet, TerritoryCatalog territories) {
		this.links = links;
		this.people = people;
		this.sheet = sheet;
		this.territories = territories;
	}

	@GetMapping("/r/{token}")
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		Opened o = links.open(token);
		return o.state() == State.VALID ? page(o, token, model, response, null) : notOpen(o, token, model, response);
	}

	@PostMapping("/r/{token}/answer")
	String answer(@PathVariable String token, @RequestParam(required = false) String action,
			@RequestParam(required = false) String refusalReason, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String message, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Opened o = links.open(token);
		if (o.state() != State.VALID) {
			return notOpen(o, token, model, response);
		}
		ReferralAction.Kind kind = parse(ReferralAction.Kind.class, action);
		try {
			if (kind == null || !kind.byReceiver()) {
				throw ReferralActionRefused.notYourSide();
			}
			links.answer(o, new ReferralAction(kind, parse(RefusalReason.class, refusalReason),
					parse(Outcome.class, outcome), message));
		}
		catch (ReferralActionRefused ex) {
			response.setStatus(ex.field() == null ? HttpServletResponse.SC_CONFLICT : 422);
			model.addAttribute("actionKind", kind);
			model.addAttribute("message", message);
			return page(o, token, model, response, ex.messageKey());
		}
		redirect.addFlashAttribute("flash", "referral.link.answered");
		return "redirect:/r/" + token;
	}

	@PostMapping("/r/{token}/renew")
	String renew(@PathVariable String token, Model model, HttpServletResponse response) {
		noStore(response);
		Renewal r = links.renew(token);
		if (r == Renewal.INVALID) {
			return notOpen(MagicLinks.Opened.INVALID, token, model, response);
		}
		if (r == Renewal.TOO_MANY) {
			response.setStatus(429);
		}
		model.addAttribute("result", r.name());
		return "referral/link/renewed";
	}

	@GetMapping("/r/{token}/liaison.pdf")
	Object pdf(@PathVariable String token, Model model, HttpServletResponse response) {
		Opened o = links.open(token);
		if (o.state() != State.VALID) {
			return notOpen(o, token, model, response);
		}
		LiaisonContent content = MagicLinks.asLink(o, () -> LiaisonContent.of(o.referral(), people));
		byte[] pdf = sheet.render(content, Languages.locale(o.organisation().language()), zone(o));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("liaison-" + o.referral().id() + ".pdf").build().toString())
			.body(pdf);
	}

	private String page(Opened o, String token, Model model, HttpServletResponse response, String error) {
		noStore(response);
		LiaisonContent content = MagicLinks.asLink(o, () -> LiaisonContent.of(o.referral(), people));
		Set<ReferralAction.Kind> allowed = new ReferralAccess(true, false).allowed(o.referral().status());
		model.addAttribute("liaison", content);
		model.addAttribute("summary", o.referral().summary());
		model.addAttribute("organisation", o.organisation());
		model.addAttribute("allowed", allowed);
		model.addAttribute("refusalReasons", List.of(RefusalReason.values()));
		model.addAttribute("outcomes", List.of(Outcome.values()));
		model.addAttribute("expiresAt", o.link().getExpiresAt());
		model.addAttribute("token", token);
		model.addAttribute("zone", zone(o));
		model.addAttribute("actionError", error);
		return "referral/link/show";
	}

	private String notOpen(Opened o, String token, Model model, HttpServletResponse response) {
		noStore(response);
		response.setStatus(o.state() == State.EXPIRED ? 410 : 404);
		model.addAttribute("state", o.state().name());
		model.addAttribute("token", token);
		return "referral/link/invalid";
	}

	private ZoneId zone(Opened o) {
		return ZoneId.of(territories.find(o.referral().summary().territoryId())
			.map(TerritorySummary::timeZone)
			.orElse("Europe/Paris"));
	}

	private static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
