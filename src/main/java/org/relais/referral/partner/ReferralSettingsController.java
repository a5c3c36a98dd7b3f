package org.relais.referral.partner;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;

import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The territory admin's periods of the referral jobs (only {@code /admin/**}: territory admins). */
@Controller
class ReferralSettingsController {

	private final ReferralSettingsRepository settings;

	private final AuditLog audit;

	private final Clock clock;

	ReferralSettingsController(ReferralSettingsRepository settings, AuditLog audit, Clock clock) {
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/admin/referrals/settings")
	String show(Model model) {
		model.addAttribute("form", ReferralSettingsForm.of(settings.of(CurrentUser.territoryId())));
		return "referral/settings";
	}

	@PostMapping("/admin/referrals/settings")
	@Transactional
	String save(@Valid @ModelAttribute("form") ReferralSettingsForm form, BindingResult errors, RedirectAttributes flash) {
		UUID territory = CurrentUser.territoryId();
		if (!errors.hasErrors() && form.getExpiryDays() <= form.getReminderDays()) {
			errors.rejectValue("expiryDays", "referral.settings.error.expiryAfterReminder");
		}
		if (errors.hasErrors()) {
			return "referral/settings";
		}
		RelaisPrincipal me = CurrentUser.require();
		ReferralSettings s = settings.of(territory);
		s.change(form.getReminderDays(), form.getExpiryDays(), form.getRetentionMonths(), me.userId(),
				clock.instant());
		settings.save(s);
		audit.record(AuditAction.TERRITORY_SETTINGS_CHANGED, "referral-settings", "reminder="
				+ form.getReminderDays() + "d expiry=" + form.getExpiryDays() + "d attachments="
				+ form.getRetentionMonths() + "m");
		flash.addFlashAttribute("flash", "referral.settings.saved");
		return "redirect:/admin/referrals/settings";
	}

}
