package org.relais.agenda.poll;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * A poll's description as HTML: plain text or the safe Markdown subset the directory accepts (paragraphs, emphasis,
 * lists, links). The renderer escapes raw HTML and drops unsafe URLs; an allow-list cleans what is left.
 */
final class PollText {

	private static final Parser MARKDOWN = Parser.builder().build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final Safelist ALLOWED = Safelist.basic()
		.removeTags("blockquote", "cite", "q", "dl", "dt", "dd", "span", "small", "strike", "sub", "sup", "u", "pre")
		.addProtocols("a", "href", "http", "https", "mailto", "tel");

	private PollText() {
	}

	static String html(String text) {
		return text == null || text.isBlank() ? "" : Jsoup.clean(HTML.render(MARKDOWN.parse(text)), ALLOWED);
	}

}
