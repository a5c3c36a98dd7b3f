package org.relais.agenda.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * An event's description as safe HTML: CommonMark with raw HTML escaped and unsafe links dropped by the renderer,
 * then an allow-list (paragraphs, emphasis, lists, quotes, links to the web, mail and phone). Headings become
 * {@code h3}, under the page's own sections.
 */
final class EventMarkdown {

	private static final Parser MARKDOWN = Parser.builder().build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final Safelist ALLOWED = Safelist.basic()
		.removeTags("cite", "dd", "dl", "dt", "q", "small", "span", "sub", "sup", "u")
		.addTags("h3")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

	private EventMarkdown() {
	}

	static String html(String source) {
		if (source == null || source.isBlank()) {
			return "";
		}
		String rendered = HTML.render(MARKDOWN.parse(source)).replaceAll("<(/?)h[1-6]>", "<$1h3>");
		return Jsoup.clean(rendered, ALLOWED);
	}

}
