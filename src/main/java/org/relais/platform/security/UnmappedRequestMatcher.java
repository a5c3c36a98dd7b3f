package org.relais.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Matches requests that no controller handles, so that an unknown URL answers a translated 404 rather than
 * a redirect to the sign-in page. Every mapped route stays deny-by-default.
 */
class UnmappedRequestMatcher implements RequestMatcher {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	UnmappedRequestMatcher(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		try {
			for (RequestMappingHandlerMapping mapping : mappings) {
				if (mapping.getHandler(request) != null) {
					return false;
				}
			}
			return true;
		}
		catch (Exception ex) {
			// e.g. a known path with another method: treat as mapped, the normal rules apply
			return false;
		}
	}

}
