package org.relais.territory.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.UserSession;
import org.relais.shared.Languages;
import org.relais.territory.domain.ApiTokens;
import org.relais.territory.domain.InvalidInput;
import org.relais.territory.domain.Profiles;
import org.relais.territory.domain.TwoFactor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The account page: profile and language, password, API tokens, two-factor authentication. */
@Controller
class AccountController {

	private final Profiles profiles;

	private final ApiTokens tokens;

	private final TwoFactor twoFactor;

	private final UserSession session;

	AccountController(Profiles profiles, ApiTokens tokens, TwoFactor twoFactor, UserSession session) {
		this.profiles = profiles;
		this.tokens = tokens;
		this.twoFactor = twoFactor;
		this.session = session;
	}

	@ModelAttribute("languages")
	List<String> languages() {
		return Languages.SUPPORTED;
	}

	@GetMapping("/account")
	String account(Model model) {
		RelaisPrincipal me = CurrentUser.require();
		ProfileForm profile = new ProfileForm();
		profile.setDisplayName(me.displayName());
		profile.setLanguage(me.language());
		model.addAttribute("profileForm", profile);
		model.addAttribute("passwordForm", new PasswordForm());
		model.addAttribute("tokenForm", new TokenForm());
		return page(model);
	}

	private String page(Model model) {
		RelaisPrincipal me = CurrentUser.require();
		model.addAttribute("tokens", tokens.list(me.userId()));
		model.addAttribute("twoFactorRequired", me.twoFactorRequired());
		for (String form : List.of("profileForm", "passwordForm", "tokenForm")) {
			if (!model.containsAttribute(form)) {
				model.addAttribute(form, switch (form) {
					case "profileForm" -> {
						ProfileForm p = new ProfileForm();
						p.setDisplayName(me.displayName());
						p.setLanguage(me.language());
						yield p;
					}
					case "passwordForm" -> new PasswordForm();
					default -> new TokenForm();
				});
			}
		}
		return "territory/account";
	}

	@PostMapping("/account")
	String saveProfile(@Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
		if (!result.hasFieldErrors("language") && !Languages.isSupported(form.getLanguage())) {
			result.rejectValue("language", "territory.account.languageInvalid");
		}
		if (result.hasErrors()) {
			return invalid(model, response);
		}
		profiles.changeProfile(CurrentUser.require().userId(), form.getDisplayName(), form.getLanguage());
		session.refresh(request, response, null);
		var resolver = RequestContextUtils.getLocaleResolver(request);
		if (resolver != null) {
			resolver.setLocale(request, response, Languages.locale(form.getLanguage()));
		}
		flash.addFlashAttribute("flash", "territory.account.saved");
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
		if (!result.hasFieldErrors("confirmation") && !form.getConfirmation().equals(form.getNewPassword())) {
			result.rejectValue("confirmation", "territory.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				profiles.changePassword(CurrentUser.require().userId(), form.getCurrentPassword(),
						form.getNewPassword());
			}
			catch (InvalidInput ex) {
				FormErrors.reject(result, ex);
			}
		}
		if (result.hasErrors()) {
			form.setCurrentPassword("");
			form.setNewPassword("");
			form.setConfirmation("");
			return invalid(model, response);
		}
		session.refresh(request, response, null);
		flash.addFlashAttribute("flash", "territory.account.passwordChanged");
		return "redirect:/account";
	}

	@PostMapping("/account/tokens")
	String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			return invalid(model, response);
		}
		ApiTokens.NewToken token = tokens.create(CurrentUser.require().userId(), form.getName().trim());
		model.addAttribute("newToken", token);
		model.addAttribute("tokenForm", new TokenForm());
		return page(model);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable UUID id, RedirectAttributes flash) {
		tokens.revoke(CurrentUser.require().userId(), id);
		flash.addFlashAttribute("flash", "territory.account.tokenRevoked");
		return "redirect:/account";
	}

	private String invalid(Model model, HttpServletResponse response) {
		response.setStatus(422);
		return page(model);
	}

	// Two-factor authentication

	@GetMapping("/account/2fa")
	String twoFactor(Model model) {
		RelaisPrincipal me = CurrentUser.require();
		model.addAttribute("enrolment", twoFactor.enrolment(me.userId()));
		model.addAttribute("required", me.twoFactorRequired());
		if (!model.containsAttribute("codeForm")) {
			model.addAttribute("codeForm", new CodeForm());
		}
		if (!model.containsAttribute("confirmPasswordForm")) {
			model.addAttribute("confirmPasswordForm", new ConfirmPasswordForm());
		}
		return "territory/two-factor";
	}

	@PostMapping("/account/2fa")
	String confirmTwoFactor(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				List<String> codes = twoFactor.confirm(CurrentUser.require().userId(), form.getCode());
				session.refresh(request, response, null);
				session.secondFactorEnrolled(request);
				model.addAttribute("recoveryCodes", codes);
				model.addAttribute("flash", "territory.twoFactor.enabled");
				return twoFactor(model);
			}
			catch (InvalidInput ex) {
				FormErrors.reject(result, ex);
			}
		}
		response.setStatus(422);
		form.setCode("");
		return twoFactor(model);
	}

	@PostMapping("/account/2fa/recovery-codes")
	String regenerate(@Valid @ModelAttribute("confirmPasswordForm") ConfirmPasswordForm form, BindingResult result,
			Model model, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				model.addAttribute("recoveryCodes",
						twoFactor.regenerateRecoveryCodes(CurrentUser.require().userId(), form.getPassword()));
				form.setPassword("");
				return twoFactor(model);
			}
			catch (InvalidInput ex) {
				FormErrors.reject(result, ex);
			}
		}
		response.setStatus(422);
		form.setPassword("");
		return twoFactor(model);
	}

	@PostMapping("/account/2fa/disable")
	String disable(@Valid @ModelAttribute("confirmPasswordForm") ConfirmPasswordForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
		if (!result.hasErrors()) {
			try {
				RelaisPrincipal me = CurrentUser.require();
				twoFactor.disable(me.userId(), form.getPassword(), me.twoFactorRequired());
				session.refresh(request, response, null);
				flash.addFlashAttribute("flash", "territory.twoFactor.disabled");
				return "redirect:/account";
			}
			catch (InvalidInput ex) {
				FormErrors.reject(result, ex);
			}
		}
		response.setStatus(422);
		form.setPassword("");
		return twoFactor(model);
	}

}
