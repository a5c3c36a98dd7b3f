package org.relais.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer <token>} on the REST API: a valid personal API token signs the request in. */
class BearerTokenFilter extends OncePerRequestFilter {

	private final AccountDirectory accounts;

	BearerTokenFilter(AccountDirectory accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String raw = header.substring(7).trim();
			RelaisPrincipal principal = raw.isEmpty() || raw.length() > 200 ? null
					: accounts.findByApiToken(raw).orElse(null);
			if (principal == null) {
				response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
				ProblemResponses.write(request, response, 401, "Unauthorized",
						"The token is unknown, expired or revoked.");
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

}
