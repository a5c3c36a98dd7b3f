package org.relais.agenda.poll;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.directory.DirectoryCatalog;
import org.relais.platform.CurrentUser;
import org.relais.platform.PersonalDataAccessLog;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
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
 * The signed-in side of find-a-slot polls: my polls and those I am invited to, the new-poll form, a poll's page
 * (answers of everyone, my own answer when I am invited, closing for the organiser). Any member of the territory
 * may make a poll; only its organiser and invitees see it, in its territory (404 otherwise).
 */
@Controller
class PollController {

	private final Polls polls;

	private final PollClosing closing;

	private final DirectoryCatalog directory;

	private final TerritoryCatalog territories;

	private final PersonalDataAccessLog accessLog;

	private final Clock clock;

	PollController(Polls polls, PollClosing closing, DirectoryCatalog directory, TerritoryCatalog territories,
			PersonalDataAccessLog accessLog, Clock clock) {
		this.polls = polls;
		this.closing = closing;
		this.directory = directory;
		this.territories = territories;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	@GetMapping("/agenda/polls")
	String list(Model model, Locale locale) {
		RelaisPrincipal user = member();
		UUID territory = CurrentUser.territoryId();
		model.addAttribute("lines", polls.concerning(territory, user.userId())
			.stream()
			.map(p -> PollPage.Line.of(p, user.userId(), locale))
			.toList());
		return "agenda/poll/list";
	}

	@GetMapping("/agenda/polls/new")
	String form(Model model, Locale locale) {
		member();
		model.addAttribute("pollForm", new PollForm().withEmptyRows(PollForm.ROWS));
		return formPage(model, locale);
	}

	@PostMapping("/agenda/polls")
	String create(@Valid @ModelAttribute("pollForm") PollForm form, BindingResult result,
			@RequestParam(required = false) String addRows, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes flash) {
		RelaisPrincipal user = member();
		UUID territory = CurrentUser.territoryId();
		if (addRows != null) {
			form.withEmptyRows(PollForm.ROWS);
			result = new org.springframework.validation.BeanPropertyBindingResult(form, "pollForm");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "pollForm", result);
			return formPage(model, locale);
		}
		PollDraft draft = PollFormCheck.check(form, result, territory, zone(territory), clock.instant(), directory,
				Languages.of(locale));
		List<Polls.Invitee> invitees = draft == null ? List.of() : polls.invitees(territory, user, draft);
		if (draft != null && invitees.isEmpty()) {
			result.rejectValue("emails", "agenda.poll.error.noInvitee");
		}
		if (result.hasErrors()) {
			response.setStatus(422);
			return formPage(model, locale);
		}
		Poll poll = polls.create(territory, user, draft, invitees);
		flash.addFlashAttribute("flash", "agenda.poll.created");
		return "redirect:" + Polls.path(poll);
	}

	@GetMapping("/agenda/polls/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		RelaisPrincipal user = member();
		Poll poll = polls.visible(CurrentUser.territoryId(), user.userId(), id);
		accessLog.recordRead("poll", poll.getId(), "invitees and answers");
		PollInvitee me = poll.invitee(user.userId()).orElse(null);
		model.addAttribute("poll",
				PollPage.of(poll, me, poll.getOrganiserUserId().equals(user.userId()), polls.place(poll), locale));
		model.addAttribute("answerAction", Polls.path(poll) + "/answer");
		return "agenda/poll/show";
	}

	@PostMapping("/agenda/polls/{id}/answer")
	String answer(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal user = member();
		Poll poll = polls.visible(CurrentUser.territoryId(), user.userId(), id);
		PollInvitee me = poll.invitee(user.userId()).orElseThrow(() -> NotFoundException.of("poll invitee", id));
		if (!polls.answer(poll.getId(), me.getId(), choices(params), null)) {
			response.setStatus(422);
			model.addAttribute("answerError", poll.isOpen() ? "agenda.poll.error.answerEverySlot"
					: "agenda.poll.error.closed");
			return show(id, model, locale);
		}
		flash.addFlashAttribute("flash", "agenda.poll.answered");
		return "redirect:" + Polls.path(poll);
	}

	@PostMapping("/agenda/polls/{id}/close")
	String close(@PathVariable UUID id, @RequestParam(required = false) String slot, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal user = member();
		Poll poll = polls.visible(CurrentUser.territoryId(), user.userId(), id);
		if (!poll.getOrganiserUserId().equals(user.userId())) {
			throw NotFoundException.of("poll", id);
		}
		PollClosing.Result r = closing.close(poll.getId(), slot == null ? null : PollFormCheck.uuid(slot), user);
		if (r.errorKey() != null) {
			String page = show(id, model, locale);
			response.setStatus(422);
			model.addAttribute("closeError", r.errorKey());
			model.addAttribute("closeErrorArgs", r.errorArgs().toArray());
			return page;
		}
		flash.addFlashAttribute("flash", "agenda.poll.closed");
		return "redirect:" + Polls.path(poll);
	}

	/** The answers of an answer form: one {@code choice-<slot id>} parameter per slot. */
	static Map<UUID, Choice> choices(Map<String, String> params) {
		Map<UUID, Choice> choices = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("choice-")) {
				UUID slot = PollFormCheck.uuid(name.substring("choice-".length()));
				Choice c = parse(value);
				if (slot != null && c != null) {
					choices.put(slot, c);
				}
			}
		});
		return choices;
	}

	private static Choice parse(String value) {
		try {
			return value == null ? null : Choice.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private String formPage(Model model, Locale locale) {
		UUID territory = CurrentUser.territoryId();
		model.addAttribute("organisations", directory.organisations(territory, Languages.of(locale)));
		model.addAttribute("locations", directory.locations(territory));
		model.addAttribute("zone", zone(territory).getId());
		return "agenda/poll/new";
	}

	private ZoneId zone(UUID territory) {
		return ZoneId.of(territories.find(territory).map(TerritorySummary::timeZone).orElse("Europe/Paris"));
	}

	/** A member of the current territory with a role in it (a user without a territory gets 404). */
	private static RelaisPrincipal member() {
		RelaisPrincipal user = CurrentUser.require();
		CurrentUser.territoryId();
		if (user.currentMembership().map(m -> m.roles().isEmpty()).orElse(true)) {
			throw new org.springframework.security.access.AccessDeniedException("no role in the territory");
		}
		return user;
	}

}
