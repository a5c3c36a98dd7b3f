package org.relais.directory.partner;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * Free text typed by partners: plain text or the safe Markdown subset, never HTML. Tags are stripped on the way
 * in (jsoup, no tag allowed); text that tried to carry a script is refused outright rather than silently cleaned.
 */
final class EntryText {

	private static final Pattern SCRIPT = Pattern.compile("(?i)<\\s*/?\\s*script|javascript\\s*:|\\son[a-z]+\\s*=");

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

	private EntryText() {
	}

	static boolean hasScript(String text) {
		return text != null && SCRIPT.matcher(text).find();
	}

	/** The text without any HTML tag, entities decoded back to characters; null when blank. */
	static String clean(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String cleaned = Jsoup.clean(text, "", Safelist.none(), OUTPUT);
		String plain = Parser.unescapeEntities(cleaned, false).strip();
		return plain.isEmpty() ? null : plain;
	}

	/** An entry's text, empty rather than null (an embedded text whose columns are all empty loads as null). */
	static org.relais.directory.domain.LocalizedText of(org.relais.directory.domain.LocalizedText text) {
		return text == null ? org.relais.directory.domain.LocalizedText.empty() : text;
	}

	/** A name in a language, falling back to any language; empty when there is none. */
	static String name(org.relais.directory.domain.LocalizedText text, String language) {
		String s = of(text).get(language, null);
		return s == null ? "" : s;
	}

	static String trim(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
