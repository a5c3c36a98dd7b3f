package org.relais.mutualaid.web.signal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.DayPart;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.WhenKind;
import org.relais.mutualaid.action.ActionDetails;
import org.relais.mutualaid.action.ActionRequests;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.web.MutualAidAccess;
import org.relais.mutualaid.web.requests.RuleErrors;
import org.relais.people.NewBeneficiary;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Signal a need" for the members of a medico-social partner (home care, nursing service, hospital discharge,
 * social service): the person (found among the territory's people by name and birth year or phone, else created),
 * their consent, the action and when, notes. The request lands as NEW for the desk to check and dispatch (the
 * person may need a call first); the partner follows its own signals' status on the same page.
 */
@Controller
class SignalController {

	private final MutualAidAccess access;

	private final ActionRequests requests;

	private final MutualAid mutualAid;

	private final DirectoryCatalog directory;

	SignalController(MutualAidAccess access, ActionRequests requests, MutualAid mutualAid,
			DirectoryCatalog directory) {
		this.access = access;
		this.requests = requests;
		this.mutualAid = mutualAid;
		this.directory = directory;
	}

	@GetMapping("/partner/mutualaid/signal")
	String page(Model model) {
		Set<UUID> orgs = access.requirePartner(MutualAidAccess.MEDICO_SOCIAL);
		Map<String, String> form = new LinkedHashMap<>();
		form.put(ActionDetails.ACTION_TYPE, ActionType.VISIT.name());
		form.put(ActionDetails.WHEN, WhenKind.WITHIN_7.name());
		form.put(ActionDetails.DAY_PART, ActionDetails.ANY);
		return page(model, orgs, form, RuleErrors.none());
	}

	@PostMapping("/partner/mutualaid/signal")
	String signal(@RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
		Set<UUID> orgs = access.requirePartner(MutualAidAccess.MEDICO_SOCIAL);
		RelaisPrincipal me = CurrentUser.require();
		UUID territory = me.currentTerritoryId();
		UUID organisation = orgs.size() == 1 ? orgs.iterator().next() : pick(orgs, params.get("organisationId"));
		try {
			if (organisation == null) {
				throw new MutualAidException("organisationId", "mutualaid.signal.error.organisation");
			}
			Integer year = null;
			String typedYear = params.getOrDefault("birthYear", "").strip();
			if (!typedYear.isEmpty()) {
				if (!typedYear.matches("\\d{4}")) {
					throw new MutualAidException("birthYear", "mutualaid.signal.error.birthYear");
				}
				year = Integer.valueOf(typedYear);
			}
			NewBeneficiary person = new NewBeneficiary(text(params, "firstName"), text(params, "lastName"), false,
					null, year, text(params, "postalCode"), null, text(params, "phone"), null, Set.of(), null, Set.of(),
					null, false, null);
			ActionDetails details = ActionDetails.parse(params.get(ActionDetails.ACTION_TYPE),
					params.get(ActionDetails.WHEN), params.get(ActionDetails.DATE), params.get(ActionDetails.DAY_PART),
					params.get(ActionDetails.TIME), null, params.get(ActionDetails.NOTES), null);
			requests.signal(territory, organisation, person, "on".equals(params.get("consent")), details,
					me.userId());
		}
		catch (MutualAidException e) {
			return page(model, orgs, params, RuleErrors.of(e));
		}
		flash.addFlashAttribute("flash", "mutualaid.signal.sent");
		return "redirect:/partner/mutualaid/signal";
	}

	private String page(Model model, Set<UUID> orgs, Map<String, String> form,
			Map<String, MutualAidException> errors) {
		RelaisPrincipal me = CurrentUser.require();
		model.addAttribute("signals", requests.signalledBy(me.currentTerritoryId(), orgs));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", Arrays.asList(ActionType.values()));
		model.addAttribute("whens", Arrays.asList(WhenKind.values()));
		model.addAttribute("dayParts", Arrays.asList(DayPart.values()));
		Map<UUID, String> names = new LinkedHashMap<>();
		for (UUID org : orgs) {
			names.put(org, directory.organisation(me.currentTerritoryId(), org, me.language())
				.map(OrganisationRef::name)
				.orElse(""));
		}
		model.addAttribute("organisations", names);
		model.addAttribute("zone", mutualAid.zone(me.currentTerritoryId()));
		return "mutualaid/signal/signal";
	}

	private static String text(Map<String, String> params, String name) {
		String v = params.get(name);
		return v == null || v.isBlank() ? null : v.strip();
	}

	private static UUID pick(Set<UUID> orgs, String typed) {
		try {
			UUID id = typed == null ? null : UUID.fromString(typed.strip());
			return orgs.contains(id) ? id : null;
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
