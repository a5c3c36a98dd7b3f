package org.relais.platform.security;

import java.util.List;
import java.util.Locale;

import org.relais.platform.AccountDirectory;
import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.platform.LoginThrottledException;
import org.relais.platform.ClientIp;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Email + password sign-in, refused while the account or address is throttled; every failure is audited. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	private final AccountDirectory accounts;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle, AuditLog audit,
			AccountDirectory accounts) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.audit = audit;
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = authentication.getName() == null ? "" : authentication.getName().trim().toLowerCase(Locale.ROOT);
		String ip = ClientIp.current();
		if (throttle.isBlocked(email, ip)) {
			audit.record(AuditAction.LOGIN_THROTTLED, territories(email), email, email, null);
			throw new LoginThrottledException();
		}
		try {
			return delegate.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email,
					authentication.getCredentials()));
		}
		catch (AuthenticationException ex) {
			throttle.failed(email, ip);
			audit.record(AuditAction.LOGIN_FAILED, territories(email), email, email, ex.getClass().getSimpleName());
			throw ex;
		}
	}

	private List<java.util.UUID> territories(String email) {
		return accounts.territoriesOf(email);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
