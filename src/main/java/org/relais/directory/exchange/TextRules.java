package org.relais.directory.exchange;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Texts coming from files: a script (a {@code <script>} element, an event handler attribute, a
 * {@code javascript:} link) rejects the record; other HTML is stripped to plain text, line breaks kept.
 */
final class TextRules {

	private static final Pattern SCRIPT = Pattern.compile(
			"(?is)<\\s*script\\b|<[^>]*\\son[a-z]+\\s*=|javascript\\s*:|<\\s*iframe\\b|<\\s*object\\b|<\\s*embed\\b");

	private static final Pattern TAG = Pattern.compile("(?s)<\\s*/?\\s*[a-zA-Z][^>]*>");

	private static final Pattern BREAK = Pattern.compile("(?i)<\\s*br\\s*/?>");

	private static final Pattern BLOCK_END = Pattern.compile("(?i)</\\s*(p|div|li|h[1-6])\\s*>");

	private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

	private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t]+");

	private TextRules() {
	}

	static boolean hasScript(String text) {
		return text != null && SCRIPT.matcher(text).find();
	}

	static boolean hasHtml(String text) {
		return text != null && TAG.matcher(text).find();
	}

	/** The text without its HTML tags, entities decoded, paragraphs and line breaks kept as new lines. */
	static String stripHtml(String text) {
		if (text == null || !hasHtml(text)) {
			return text;
		}
		Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
		String marked = BLOCK_END.matcher(BREAK.matcher(text).replaceAll("\n")).replaceAll("\n");
		String cleaned = Jsoup.clean(marked, "", Safelist.none(), settings);
		return BLANK_LINES.matcher(org.jsoup.parser.Parser.unescapeEntities(cleaned, false)).replaceAll("\n\n").strip();
	}

	/** A trimmed single-line value, or null when blank. */
	static String line(String s) {
		if (s == null) {
			return null;
		}
		String t = LINE_BREAKS.matcher(s).replaceAll(" ").strip();
		return t.isEmpty() ? null : t;
	}

	/** A phone number without the quotes some exports wrap it in. */
	static String phone(String s) {
		String t = line(s);
		if (t == null) {
			return null;
		}
		t = t.replace("\"", "").strip();
		return t.isEmpty() ? null : t;
	}

}
