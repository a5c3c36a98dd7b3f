package org.relais.territory.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.territory.domain.InvalidInput;
import org.relais.territory.domain.Invitations;
import org.relais.territory.domain.Invitations.InvitationView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The link of an invitation mail: choose a password (or confirm yours) and join the territory. */
@Controller
class InvitationController {

	private final Invitations invitations;

	InvitationController(Invitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/invitations/{token}")
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		InvitationView view = invitations.view(token).orElse(null);
		if (view == null) {
			response.setStatus(404);
			return "territory/invitation-invalid";
		}
		model.addAttribute("invitation", view);
		model.addAttribute("token", token);
		if (!model.containsAttribute("setPasswordForm")) {
			model.addAttribute("setPasswordForm", new SetPasswordForm());
		}
		if (view.expired() || view.accepted()) {
			response.setStatus(410);
		}
		return "territory/invitation";
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @Valid @ModelAttribute("setPasswordForm") SetPasswordForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
		InvitationView view = invitations.view(token).orElse(null);
		if (view == null) {
			response.setStatus(404);
			return "territory/invitation-invalid";
		}
		if (!view.existingAccount() && !result.hasFieldErrors("confirmation")
				&& !form.getConfirmation().equals(form.getPassword())) {
			result.rejectValue("confirmation", "territory.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				invitations.accept(token, form.getPassword());
				flash.addFlashAttribute("flash", "territory.invitation.accepted");
				return "redirect:/login";
			}
			catch (InvalidInput ex) {
				FormErrors.reject(result, ex);
			}
		}
		form.setPassword("");
		form.setConfirmation("");
		String page = show(token, model, response);
		if (response.getStatus() == 200) {
			response.setStatus(422);
		}
		return page;
	}

	@PostMapping("/invitations/{token}/renew")
	String renew(@PathVariable String token, RedirectAttributes flash, HttpServletResponse response) {
		if (!invitations.renew(token)) {
			response.setStatus(404);
			return "territory/invitation-invalid";
		}
		flash.addFlashAttribute("flash", "territory.invitation.renewed");
		return "redirect:/login";
	}

}
