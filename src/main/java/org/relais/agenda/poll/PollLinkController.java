package org.relais.agenda.poll;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.platform.PersonalDataAccessLog;
import org.relais.platform.RelaisPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A poll through an invitee's personal link, without an account (as Rallly and Framadate): see everyone's answers,
 * answer yes / if need be / no for each slot, change the answer later. GET only shows (mail scanners follow
 * links), POST answers. An unknown link is a 404. The page is not cached nor indexed, and sends no referrer.
 */
@Controller
class PollLinkController {

	private final Polls polls;

	private final PersonalDataAccessLog accessLog;

	PollLinkController(Polls polls, PersonalDataAccessLog accessLog) {
		this.polls = polls;
		this.accessLog = accessLog;
	}

	@GetMapping("/p/{token}")
	String show(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
		noStore(response);
		Polls.Opened o = polls.open(token).orElse(null);
		if (o == null) {
			response.setStatus(404);
			return "agenda/poll/link-invalid";
		}
		asInvitee(o, () -> {
			accessLog.recordRead("poll", o.poll().getId(), "invitees and answers");
			return null;
		});
		model.addAttribute("poll", PollPage.of(o.poll(), o.invitee(), false, polls.place(o.poll()), locale));
		model.addAttribute("answerAction", "/p/" + token);
		model.addAttribute("anonymous", o.invitee().getUserId() == null);
		return "agenda/poll/show";
	}

	@PostMapping("/p/{token}")
	String answer(@PathVariable String token, @RequestParam Map<String, String> params,
			@RequestParam(required = false) String name, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		Polls.Opened o = polls.open(token).orElse(null);
		if (o == null) {
			noStore(response);
			response.setStatus(404);
			return "agenda/poll/link-invalid";
		}
		String error = name != null && name.strip().length() > 200 ? "agenda.poll.error.nameTooLong" : null;
		if (error == null && !polls.answer(o.poll().getId(), o.invitee().getId(), PollController.choices(params),
				name)) {
			error = o.poll().isOpen() ? "agenda.poll.error.answerEverySlot" : "agenda.poll.error.closed";
		}
		if (error != null) {
			String page = show(token, model, locale, response);
			response.setStatus(422);
			model.addAttribute("answerError", error);
			return page;
		}
		flash.addFlashAttribute("flash", "agenda.poll.answered");
		return "redirect:/p/" + token;
	}

	/** Runs {@code work} as the invitee, so that the access log says who read the answers. */
	private static <T> T asInvitee(Polls.Opened o, Supplier<T> work) {
		PollInvitee i = o.invitee();
		RelaisPrincipal invitee = new RelaisPrincipal(i.getId(), i.getEmail(), i.getDisplayName(), null, true, false,
				i.getLanguage(), false, 0, List.of(), o.poll().getTerritoryId());
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(invitee, null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
		response.setHeader("Referrer-Policy", "no-referrer");
	}

}
