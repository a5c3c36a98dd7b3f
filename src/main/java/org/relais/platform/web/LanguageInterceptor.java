package org.relais.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.relais.platform.AccountPreferences;
import org.relais.platform.CurrentUser;
import org.relais.shared.Languages;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/** {@code ?lang=de} switches the language: remembered in a cookie, and on the account when signed in. */
@Component
class LanguageInterceptor implements HandlerInterceptor {

	private final AccountPreferences preferences;

	LanguageInterceptor(@Lazy AccountPreferences preferences) {
		this.preferences = preferences;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String lang = request.getParameter("lang");
		if (lang != null && Languages.isSupported(lang)) {
			LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
			if (resolver != null) {
				resolver.setLocale(request, response, Languages.locale(lang));
			}
			CurrentUser.get().ifPresent(u -> preferences.changeLanguage(u.userId(), lang));
		}
		return true;
	}

}
