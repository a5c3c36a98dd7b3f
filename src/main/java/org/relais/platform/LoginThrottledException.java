package org.relais.platform;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account or address: answered with HTTP 429. */
public class LoginThrottledException extends AuthenticationException {

	public LoginThrottledException() {
		super("too many failed sign-in attempts");
	}

}
