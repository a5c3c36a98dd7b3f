package org.relais.platform.web;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.relais.shared.Languages;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of a request: the remembered choice (cookie {@code relais_lang}) if any, else the best match of
 * {@code Accept-Language} among fr, de, it, en, else French.
 */
class RelaisLocaleResolver extends CookieLocaleResolver {

	RelaisLocaleResolver() {
		super("relais_lang");
		setCookieMaxAge(Duration.ofDays(365));
		setCookieHttpOnly(true);
		setCookieSameSite("Lax");
		setDefaultLocaleFunction(RelaisLocaleResolver::fromAcceptLanguage);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale resolved = super.resolveLocale(request);
		return Languages.isSupported(resolved.getLanguage()) ? Locale.forLanguageTag(resolved.getLanguage())
				: fromAcceptLanguage(request);
	}

	static Locale fromAcceptLanguage(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") != null) {
			for (Locale l : Collections.list(request.getLocales())) {
				if (Languages.isSupported(l.getLanguage())) {
					return Locale.forLanguageTag(l.getLanguage());
				}
			}
		}
		return Locale.forLanguageTag(Languages.DEFAULT);
	}

}
