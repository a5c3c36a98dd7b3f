package org.relais.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.relais.platform.AccountDirectory;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session past its absolute lifetime, or when the account was disabled or its password changed since
 * (the security stamp moved); sends a user who must enrol a second factor to the enrolment page first.
 */
class SessionGuardFilter extends OncePerRequestFilter {

	private final AccountDirectory accounts;

	private final Duration absoluteTimeout;

	private final Clock clock;

	SessionGuardFilter(AccountDirectory accounts, Duration absoluteTimeout, Clock clock) {
		this.accounts = accounts;
		this.absoluteTimeout = absoluteTimeout;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RelaisPrincipal user = CurrentUser.get().orElse(null);
		HttpSession session = request.getSession(false);
		if (user != null && session != null) {
			Object at = session.getAttribute(SessionKeys.AUTHENTICATED_AT);
			boolean expired = at instanceof Long millis && clock.millis() - millis > absoluteTimeout.toMillis();
			if (expired || !accounts.isSessionValid(user.userId(), user.securityStamp())) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
			if (session.getAttribute(SessionKeys.MUST_ENROL_SECOND_FACTOR) != null && !enrolmentAllowed(request)) {
				response.sendRedirect(request.getContextPath() + "/account/2fa");
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean enrolmentAllowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/account/2fa") || path.equals("/logout") || path.startsWith("/webjars/")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/")
				|| path.equals("/error") || path.startsWith("/actuator/");
	}

}
