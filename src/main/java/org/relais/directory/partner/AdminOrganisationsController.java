package org.relais.directory.partner;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.platform.AccountDirectory;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The territory admin validates new organisations and decides on join requests; every decision goes to the
 * audit log. {@code /admin/**} is for territory admins only (security rules).
 */
@Controller
class AdminOrganisationsController {

	/** A pending organisation. */
	record PendingOrganisation(UUID id, String name, String kind, String legalId, String legalIdScheme,
			String website, String email, Instant createdAt) {
	}

	/** A pending join request. */
	record PendingMember(UUID id, String organisation, String name, String email, Instant requestedAt) {
	}

	private final PartnerWork work;

	private final OrganisationRepository organisations;

	private final AccountDirectory accounts;

	AdminOrganisationsController(PartnerWork work, OrganisationRepository organisations, AccountDirectory accounts) {
		this.work = work;
		this.organisations = organisations;
		this.accounts = accounts;
	}

	@GetMapping("/admin/directory/organisations")
	String page(Model model, Locale locale) {
		UUID territory = CurrentUser.territoryId();
		String language = Languages.of(locale);
		model.addAttribute("organisations", work.pendingOrganisations(territory)
			.stream()
			.map(o -> new PendingOrganisation(o.getId(), EntryText.name(o.getName(), language), o.getKind().name(), o.getLegalId(),
					o.getLegalIdScheme(), o.getWebsite(), o.getEmail(), o.getCreatedAt()))
			.toList());
		var requests = work.pendingRequests(territory);
		Map<UUID, Organisation> byId = work.read(() -> organisations
			.findAllById(requests.stream().map(m -> m.getOrganisationId()).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Function.identity())));
		model.addAttribute("requests", requests.stream().map(m -> {
			var p = accounts.findById(m.getUserId());
			return new PendingMember(m.getId(), EntryText.name(byId.get(m.getOrganisationId()).getName(), language),
					p.map(RelaisPrincipal::displayName).orElse(""), p.map(RelaisPrincipal::email).orElse(""),
					m.getRequestedAt());
		}).toList());
		return "directory/partner/admin-organisations";
	}

	@PostMapping("/admin/directory/organisations/{id}/validate")
	String validate(@PathVariable UUID id, RedirectAttributes flash) {
		work.decideOrganisation(CurrentUser.require(), id, true);
		flash.addFlashAttribute("flash", "directory.admin.validated");
		return "redirect:/admin/directory/organisations";
	}

	@PostMapping("/admin/directory/organisations/{id}/reject")
	String reject(@PathVariable UUID id, RedirectAttributes flash) {
		work.decideOrganisation(CurrentUser.require(), id, false);
		flash.addFlashAttribute("flash", "directory.admin.rejected");
		return "redirect:/admin/directory/organisations";
	}

	@PostMapping("/admin/directory/members/{id}/approve")
	String approve(@PathVariable UUID id, RedirectAttributes flash) {
		work.decideMember(CurrentUser.require(), id, true, true);
		flash.addFlashAttribute("flash", "directory.admin.memberApproved");
		return "redirect:/admin/directory/organisations";
	}

	@PostMapping("/admin/directory/members/{id}/reject")
	String rejectMember(@PathVariable UUID id, RedirectAttributes flash) {
		work.decideMember(CurrentUser.require(), id, false, true);
		flash.addFlashAttribute("flash", "directory.admin.memberRejected");
		return "redirect:/admin/directory/organisations";
	}


}
