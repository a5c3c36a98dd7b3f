package org.relais.platform.security;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.relais.platform.AccountDirectory;
import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.platform.ClientIp;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/** The sign-in pages: email and password, then the second factor when the account has one. */
@Controller
class LoginController {

	private final AccountDirectory accounts;

	private final SignIn signIn;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	LoginController(AccountDirectory accounts, SignIn signIn, LoginThrottle throttle, AuditLog audit) {
		this.accounts = accounts;
		this.signIn = signIn;
		this.throttle = throttle;
		this.audit = audit;
	}

	@GetMapping("/login")
	String login(Model model) {
		if (CurrentUser.get().isPresent()) {
			return "redirect:/home";
		}
		model.addAttribute("email", "");
		return "platform/login";
	}

	/** Forward target of a failed sign-in: the form again, with the reason and the right status. */
	@RequestMapping("/login/failed")
	String failed(HttpServletRequest request, HttpServletResponse response, Model model) {
		String reason = String.valueOf(request.getAttribute("relais.loginError"));
		Object email = request.getAttribute("relais.loginEmail");
		model.addAttribute("email", email == null ? "" : email.toString());
		model.addAttribute("loginError", "throttled".equals(reason) ? "platform.login.throttled"
				: "platform.login.badCredentials");
		response.setStatus("throttled".equals(reason) ? 429 : 401);
		if ("throttled".equals(reason)) {
			response.setHeader("Retry-After", "900");
		}
		return "platform/login";
	}

	@GetMapping("/login/2fa")
	String secondFactor(HttpSession session) {
		return session.getAttribute(SessionKeys.PENDING_SECOND_FACTOR) == null ? "redirect:/login"
				: "platform/login-2fa";
	}

	@PostMapping("/login/2fa")
	String verifySecondFactor(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		HttpSession session = request.getSession();
		if (!(session.getAttribute(SessionKeys.PENDING_SECOND_FACTOR) instanceof UUID userId)) {
			return "redirect:/login";
		}
		String key = "2fa:" + userId;
		String ip = ClientIp.current();
		if (throttle.isBlocked(key, ip)) {
			response.setStatus(429);
			response.setHeader("Retry-After", "900");
			model.addAttribute("codeError", "platform.login.throttled");
			return "platform/login-2fa";
		}
		String normalized = code.replaceAll("\\s", "");
		if (normalized.isEmpty() || normalized.length() > 32 || !accounts.verifySecondFactor(userId, normalized)) {
			throttle.failed(key, ip);
			RelaisPrincipal p = accounts.findById(userId).orElse(null);
			audit.record(AuditAction.SECOND_FACTOR_FAILED, p == null ? java.util.List.of()
					: p.memberships().stream().map(m -> m.territoryId()).toList(), p == null ? null : p.email(),
					p == null ? null : p.email(), null);
			response.setStatus(401);
			model.addAttribute("codeError", normalized.isEmpty() ? "platform.login.codeRequired"
					: "platform.login.codeInvalid");
			return "platform/login-2fa";
		}
		RelaisPrincipal principal = accounts.findById(userId).orElse(null);
		if (principal == null || !principal.isEnabled()) {
			return "redirect:/login";
		}
		throttle.succeeded(key);
		request.changeSessionId();
		signIn.complete(request, response, principal);
		SavedRequest saved = new HttpSessionRequestCache().getRequest(request, response);
		return "redirect:" + (saved != null ? saved.getRedirectUrl() : "/home");
	}

}
