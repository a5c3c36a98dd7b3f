package org.relais.platform.security;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.relais.platform.AccountDirectory;
import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.TerritoryMembership;
import org.relais.platform.UserSession;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Completes a sign-in (after the password, or after the second factor) and keeps the session's principal fresh. */
@Component
class SignIn implements UserSession {

	private final SecurityContextRepository contexts;

	private final AccountDirectory accounts;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final LocaleResolver locales;

	private final Clock clock;

	SignIn(SecurityContextRepository contexts, AccountDirectory accounts, LoginThrottle throttle, AuditLog audit,
			LocaleResolver locales, Clock clock) {
		this.contexts = contexts;
		this.accounts = accounts;
		this.throttle = throttle;
		this.audit = audit;
		this.locales = locales;
		this.clock = clock;
	}

	/** The password was right and no second factor is pending: the user is in. */
	void complete(HttpServletRequest request, HttpServletResponse response, RelaisPrincipal principal) {
		store(request, response, principal);
		HttpSession session = request.getSession();
		session.removeAttribute(SessionKeys.PENDING_SECOND_FACTOR);
		session.setAttribute(SessionKeys.AUTHENTICATED_AT, clock.millis());
		if (principal.twoFactorRequired() && !principal.twoFactorEnabled()) {
			session.setAttribute(SessionKeys.MUST_ENROL_SECOND_FACTOR, Boolean.TRUE);
		}
		if (Languages.isSupported(principal.language())) {
			locales.setLocale(request, response, Languages.locale(principal.language()));
		}
		throttle.succeeded(principal.email());
		accounts.recordSignIn(principal.userId());
		audit.record(AuditAction.LOGIN_SUCCEEDED,
				principal.memberships().stream().map(TerritoryMembership::territoryId).toList(), principal.email(),
				principal.email(), null);
	}

	/** The password was right but a second factor is needed: nobody is signed in until it is given. */
	void awaitSecondFactor(HttpServletRequest request, HttpServletResponse response, RelaisPrincipal principal) {
		SecurityContextHolder.clearContext();
		contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
		request.getSession().setAttribute(SessionKeys.PENDING_SECOND_FACTOR, principal.userId());
	}

	@Override
	public RelaisPrincipal refresh(HttpServletRequest request, HttpServletResponse response, UUID territoryId) {
		RelaisPrincipal current = org.relais.platform.CurrentUser.require();
		RelaisPrincipal fresh = accounts.findById(current.userId())
			.orElseThrow(() -> NotFoundException.of("user", current.userId()));
		UUID target = territoryId != null ? territoryId : current.currentTerritoryId();
		if (target != null && fresh.membership(target).isPresent()) {
			fresh = fresh.withCurrentTerritory(target);
		}
		else if (territoryId != null) {
			throw NotFoundException.of("territory", territoryId);
		}
		store(request, response, fresh);
		return fresh;
	}

	@Override
	public void secondFactorEnrolled(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(SessionKeys.MUST_ENROL_SECOND_FACTOR);
		}
	}

	private void store(HttpServletRequest request, HttpServletResponse response, RelaisPrincipal principal) {
		principal.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

}
