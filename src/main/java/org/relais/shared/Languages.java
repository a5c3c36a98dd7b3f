package org.relais.shared;

import java.util.List;
import java.util.Locale;

/** The languages every page, message, mail and document of Relais ships in. French is the default. */
public final class Languages {

	public static final List<String> SUPPORTED = List.of("fr", "de", "it", "en");

	public static final String DEFAULT = "fr";

	private Languages() {
	}

	public static boolean isSupported(String tag) {
		return tag != null && SUPPORTED.contains(tag);
	}

	/** The supported language of a locale, or the default. */
	public static String of(Locale locale) {
		return locale != null && isSupported(locale.getLanguage()) ? locale.getLanguage() : DEFAULT;
	}

	public static Locale locale(String tag) {
		return Locale.forLanguageTag(isSupported(tag) ? tag : DEFAULT);
	}

}
