package org.relais.territory.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.territory.domain.InvalidInput;
import org.relais.territory.domain.PasswordResets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgotten password: a link by mail, valid one hour, used once. */
@Controller
class PasswordController {

	private final PasswordResets resets;

	PasswordController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/password/forgot")
	String forgot(Model model) {
		model.addAttribute("forgotForm", new ForgotForm());
		return "territory/password-forgot";
	}

	@PostMapping("/password/forgot")
	String requestReset(@Valid @ModelAttribute("forgotForm") ForgotForm form, BindingResult result,
			HttpServletResponse response, RedirectAttributes flash) {
		if (result.hasErrors()) {
			response.setStatus(422);
			return "territory/password-forgot";
		}
		resets.request(form.getEmail());
		flash.addFlashAttribute("flash", "territory.password.resetSent");
		return "redirect:/login";
	}

	@GetMapping("/password/reset/{token}")
	String reset(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!resets.isUsable(token)) {
			response.setStatus(410);
			return "territory/password-reset-invalid";
		}
		model.addAttribute("token", token);
		if (!model.containsAttribute("setPasswordForm")) {
			model.addAttribute("setPasswordForm", new SetPasswordForm());
		}
		return "territory/password-reset";
	}

	@PostMapping("/password/reset/{token}")
	String doReset(@PathVariable String token, @Valid @ModelAttribute("setPasswordForm") SetPasswordForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes flash) {
		if (!resets.isUsable(token)) {
			response.setStatus(410);
			return "territory/password-reset-invalid";
		}
		if (!result.hasFieldErrors("confirmation") && !form.getConfirmation().equals(form.getPassword())) {
			result.rejectValue("confirmation", "territory.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				resets.reset(token, form.getPassword());
				flash.addFlashAttribute("flash", "territory.password.resetDone");
				return "redirect:/login";
			}
			catch (InvalidInput ex) {
				FormErrors.reject(result, ex);
			}
		}
		form.setPassword("");
		form.setConfirmation("");
		model.addAttribute("token", token);
		response.setStatus(422);
		return "territory/password-reset";
	}

}
