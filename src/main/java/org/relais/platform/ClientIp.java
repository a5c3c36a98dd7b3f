package org.relais.platform;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The address of the client of the current request (honours forwarded headers when configured). */
public final class ClientIp {

	private ClientIp() {
	}

	public static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
			return attrs.getRequest().getRemoteAddr();
		}
		return null;
	}

}
