package org.relais.territory.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.shared.Languages;
import org.relais.territory.domain.InvalidInput;
import org.relais.territory.domain.Invitations;
import org.relais.territory.domain.Members;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The territory admin's team page: members, roles, invitations, disabling accounts. */
@Controller
class AdminMembersController {

	private final Members members;

	private final Invitations invitations;

	AdminMembersController(Members members, Invitations invitations) {
		this.members = members;
		this.invitations = invitations;
	}

	@ModelAttribute("allRoles")
	List<Role> allRoles() {
		return Role.TERRITORY_ROLES;
	}

	@ModelAttribute("languages")
	List<String> languages() {
		return Languages.SUPPORTED;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		UUID territory = CurrentUser.territoryId();
		model.addAttribute("members", members.list(territory));
		model.addAttribute("pending", invitations.pending(territory));
		return "territory/admin-members";
	}

	@GetMapping("/admin/users/invite")
	String inviteForm(Model model) {
		InviteForm form = new InviteForm();
		form.setLanguage(CurrentUser.require().language());
		model.addAttribute("inviteForm", form);
		return "territory/admin-invite";
	}

	@PostMapping("/admin/users/invite")
	String invite(@Valid @ModelAttribute("inviteForm") InviteForm form, BindingResult result,
			HttpServletResponse response, RedirectAttributes flash) {
		if (!result.hasFieldErrors("language") && !Languages.isSupported(form.getLanguage())) {
			result.rejectValue("language", "territory.account.languageInvalid");
		}
		if (!result.hasErrors()) {
			try {
				RelaisPrincipal me = CurrentUser.require();
				invitations.invite(CurrentUser.territoryId(), form.getEmail(), form.getDisplayName(), form.getRoles(),
						form.getLanguage(), me.userId(), me.displayName());
				flash.addFlashAttribute("flash", "territory.invite.sent");
				return "redirect:/admin/users";
			}
			catch (InvalidInput ex) {
				FormErrors.reject(result, ex);
			}
		}
		response.setStatus(422);
		return "territory/admin-invite";
	}

	@GetMapping("/admin/users/{id}")
	String member(@PathVariable UUID id, Model model) {
		Members.Member member = members.get(CurrentUser.territoryId(), id);
		model.addAttribute("member", member);
		if (!model.containsAttribute("rolesForm")) {
			RolesForm form = new RolesForm();
			form.setRoles(new java.util.LinkedHashSet<>(member.roles()));
			model.addAttribute("rolesForm", form);
		}
		return "territory/admin-member";
	}

	@PostMapping("/admin/users/{id}/roles")
	String changeRoles(@PathVariable UUID id, @Valid @ModelAttribute("rolesForm") RolesForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
		UUID territory = CurrentUser.territoryId();
		if (!result.hasErrors()) {
			try {
				members.changeRoles(territory, id, form.getRoles(), CurrentUser.require().userId());
				flash.addFlashAttribute("flash", "territory.members.rolesSaved");
				return "redirect:/admin/users/" + id;
			}
			catch (InvalidInput ex) {
				FormErrors.reject(result, ex);
			}
		}
		response.setStatus(422);
		model.addAttribute("member", members.get(territory, id));
		return "territory/admin-member";
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(@PathVariable UUID id, RedirectAttributes flash) {
		try {
			members.disable(CurrentUser.territoryId(), id, CurrentUser.require().userId());
			flash.addFlashAttribute("flash", "territory.members.disabled");
		}
		catch (InvalidInput ex) {
			flash.addFlashAttribute("flash", ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(@PathVariable UUID id, RedirectAttributes flash) {
		try {
			members.enable(CurrentUser.territoryId(), id);
			flash.addFlashAttribute("flash", "territory.members.enabled");
		}
		catch (InvalidInput ex) {
			flash.addFlashAttribute("flash", ex.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

}
