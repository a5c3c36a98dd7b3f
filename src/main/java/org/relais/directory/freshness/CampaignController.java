package org.relais.directory.freshness;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.platform.TerritoryMembership;
import org.relais.shared.Languages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The territory admin's verification campaigns: the list, launching one, following one. */
@Controller
class CampaignController {

	/** A deadline further than this is refused: a campaign is a short, collective effort. */
	static final int MAX_DAYS_AHEAD = 366;

	private final Campaigns campaigns;

	private final MonthlyReminders reminders;

	private final AuditLog audit;

	private final Clock clock;

	CampaignController(Campaigns campaigns, MonthlyReminders reminders, AuditLog audit, Clock clock) {
		this.campaigns = campaigns;
		this.reminders = reminders;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/admin/directory/campaigns")
	String list(Model model) {
		RelaisPrincipal admin = admin();
		model.addAttribute("campaigns", campaigns.list(admin.currentTerritoryId()));
		model.addAttribute("staleCount", campaigns.staleCount(admin.currentTerritoryId()));
		return "directory/freshness/campaigns";
	}

	/** Sends this month's reminder now to the editors of stale services who have not had it yet this month. */
	@PostMapping("/admin/directory/campaigns/reminders")
	String sendReminders(RedirectAttributes flash) {
		RelaisPrincipal admin = admin();
		int sent = reminders.sendNow(admin.currentTerritoryId(), clock.instant());
		audit.record(AuditAction.FRESHNESS_REMINDERS_SENT, List.of(admin.currentTerritoryId()), admin.email(),
				"freshness reminders", sent + " editors");
		flash.addFlashAttribute("flash", sent > 0 ? "directory.freshness.reminders.sent"
				: "directory.freshness.reminders.nobody");
		return "redirect:/admin/directory/campaigns";
	}

	@GetMapping("/admin/directory/campaigns/new")
	String form(Model model) {
		RelaisPrincipal admin = admin();
		CampaignForm form = new CampaignForm();
		form.setDeadline(today(admin).plusDays(14).toString());
		model.addAttribute("campaignForm", form);
		return "directory/freshness/campaign-new";
	}

	@PostMapping("/admin/directory/campaigns")
	String launch(@Valid @ModelAttribute("campaignForm") CampaignForm form, BindingResult result,
			HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal admin = admin();
		LocalDate deadline = null;
		if (!result.hasFieldErrors("deadline")) {
			try {
				deadline = parse(form.getDeadline());
				LocalDate today = today(admin);
				if (!deadline.isAfter(today)) {
					result.rejectValue("deadline", "directory.freshness.campaign.deadline.past");
				}
				else if (deadline.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
					result.rejectValue("deadline", "directory.freshness.campaign.deadline.tooFar");
				}
			}
			catch (DateTimeParseException ex) {
				result.rejectValue("deadline", "directory.freshness.campaign.deadline.invalid");
			}
		}
		if (result.hasErrors()) {
			response.setStatus(422);
			return "directory/freshness/campaign-new";
		}
		Campaigns.Launched launched = campaigns.launch(admin, deadline, form.getMessage(), zone(admin));
		flash.addFlashAttribute("flash", "directory.freshness.campaign.launched");
		return "redirect:/admin/directory/campaigns/" + launched.campaignId();
	}

	@GetMapping("/admin/directory/campaigns/{id}")
	String detail(@PathVariable UUID id, Model model, Locale locale) {
		admin();
		model.addAttribute("summary", campaigns.get(CurrentUser.territoryId(), id, Languages.of(locale)));
		return "directory/freshness/campaign";
	}

	/** The URL rule already keeps others out of /admin; the check stays here too. */
	private static RelaisPrincipal admin() {
		RelaisPrincipal user = CurrentUser.require();
		CurrentUser.territoryId();
		if (!user.has(Role.TERRITORY_ADMIN)) {
			throw new AccessDeniedException("territory admin only");
		}
		return user;
	}

	/** An ISO date, as a date input sends it, or a typed day.month.year (with dots or slashes). */
	static LocalDate parse(String text) {
		if (text.matches("\\d{1,2}[./]\\d{1,2}[./]\\d{4}")) {
			String[] p = text.split("[./]");
			try {
				return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
			}
			catch (java.time.DateTimeException ex) {
				throw new DateTimeParseException("not a date", text, 0);
			}
		}
		return LocalDate.parse(text);
	}

	private LocalDate today(RelaisPrincipal admin) {
		return LocalDate.now(clock.withZone(zone(admin)));
	}

	private static ZoneId zone(RelaisPrincipal admin) {
		return admin.currentMembership().map(TerritoryMembership::timeZone).map(ZoneId::of).orElse(ZoneOffset.UTC);
	}

}
