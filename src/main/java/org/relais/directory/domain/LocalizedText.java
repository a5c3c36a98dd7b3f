package org.relais.directory.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.relais.shared.Languages;

/**
 * A text written in up to four languages (fr, de, it, en), one column each so that search can analyse each in its
 * own language. Immutable: edits make a new value.
 */
@Embeddable
public class LocalizedText {

	@Column(name = "fr", length = 8000)
	private String fr;

	@Column(name = "de", length = 8000)
	private String de;

	@Column(name = "it", length = 8000)
	private String it;

	@Column(name = "en", length = 8000)
	private String en;

	protected LocalizedText() {
	}

	public static LocalizedText of(Map<String, String> byLanguage) {
		LocalizedText t = new LocalizedText();
		t.fr = clean(byLanguage.get("fr"));
		t.de = clean(byLanguage.get("de"));
		t.it = clean(byLanguage.get("it"));
		t.en = clean(byLanguage.get("en"));
		return t;
	}

	public static LocalizedText of(String language, String text) {
		return of(Map.of(language, text == null ? "" : text));
	}

	public static LocalizedText empty() {
		return new LocalizedText();
	}

	private static String clean(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** The text in a language, or null. */
	public String exactly(String language) {
		return switch (language) {
			case "fr" -> fr;
			case "de" -> de;
			case "it" -> it;
			case "en" -> en;
			default -> null;
		};
	}

	/** The text in a language, else in the fallback language, else in any language; null when empty. */
	public String get(String language, String fallback) {
		String s = exactly(language);
		if (s == null && fallback != null) {
			s = exactly(fallback);
		}
		if (s == null) {
			for (String l : Languages.SUPPORTED) {
				s = exactly(l);
				if (s != null) {
					break;
				}
			}
		}
		return s;
	}

	public Map<String, String> asMap() {
		Map<String, String> m = new LinkedHashMap<>();
		for (String l : Languages.SUPPORTED) {
			if (exactly(l) != null) {
				m.put(l, exactly(l));
			}
		}
		return m;
	}

	public boolean isEmpty() {
		return asMap().isEmpty();
	}

	public LocalizedText with(String language, String text) {
		Map<String, String> m = new LinkedHashMap<>(asMap());
		m.put(language, text);
		return of(m);
	}

	public String getFr() {
		return fr;
	}

	public String getDe() {
		return de;
	}

	public String getIt() {
		return it;
	}

	public String getEn() {
		return en;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof LocalizedText t && Objects.equals(asMap(), t.asMap());
	}

	@Override
	public int hashCode() {
		return asMap().hashCode();
	}

	@Override
	public String toString() {
		return asMap().toString();
	}

}
