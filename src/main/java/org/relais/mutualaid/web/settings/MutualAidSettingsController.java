package org.relais.mutualaid.web.settings;

import java.util.LinkedHashMap;
import java.util.Map;

import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.settings.MutualAidSettings;
import org.relais.mutualaid.web.MutualAidAccess;
import org.relais.mutualaid.web.requests.RuleErrors;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The territory admin's mutual-aid settings: home visits in pairs by default, how many volunteers are notified at
 * once, the hours they have to accept, the volunteer meetings' interval, whether concerns go to the signalling
 * partner. Out-of-range values are refused next to their field.
 */
@Controller
class MutualAidSettingsController {

	private final MutualAid mutualAid;

	MutualAidSettingsController(MutualAid mutualAid) {
		this.mutualAid = mutualAid;
	}

	@GetMapping("/admin/mutualaid/settings")
	String show(Model model) {
		RelaisPrincipal me = MutualAidAccess.requireAdmin();
		MutualAidSettings s = mutualAid.settings(me.currentTerritoryId());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("twoPerson", s.isTwoPersonHomeVisits() ? "on" : "");
		form.put("topN", String.valueOf(s.getDispatchTopN()));
		form.put("delayHours", String.valueOf(s.getAcceptanceDelayHours()));
		form.put("meetingMonths", String.valueOf(s.getMeetingIntervalMonths()));
		form.put("concernsToPartner", s.isConcernsToPartner() ? "on" : "");
		return page(model, form, RuleErrors.none());
	}

	@PostMapping("/admin/mutualaid/settings")
	String change(@RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
		RelaisPrincipal me = MutualAidAccess.requireAdmin();
		try {
			mutualAid.change(me.currentTerritoryId(), "on".equals(params.get("twoPerson")),
					number(params, "topN"), number(params, "delayHours"), number(params, "meetingMonths"),
					"on".equals(params.get("concernsToPartner")), me.userId());
		}
		catch (MutualAidException e) {
			return page(model, params, RuleErrors.of(e));
		}
		flash.addFlashAttribute("flash", "mutualaid.settings.saved");
		return "redirect:/admin/mutualaid/settings";
	}

	private static int number(Map<String, String> params, String field) {
		try {
			return Integer.parseInt(params.getOrDefault(field, "").strip());
		}
		catch (NumberFormatException e) {
			throw new MutualAidException(field, "mutualaid.settings.error.number");
		}
	}

	private String page(Model model, Map<String, String> form, Map<String, MutualAidException> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("min", Map.of("topN", MutualAidSettings.MIN_TOP_N, "delayHours",
				MutualAidSettings.MIN_DELAY_HOURS, "meetingMonths", MutualAidSettings.MIN_MEETING_MONTHS));
		model.addAttribute("max", Map.of("topN", MutualAidSettings.MAX_TOP_N, "delayHours",
				MutualAidSettings.MAX_DELAY_HOURS, "meetingMonths", MutualAidSettings.MAX_MEETING_MONTHS));
		return "mutualaid/settings/settings";
	}

}
