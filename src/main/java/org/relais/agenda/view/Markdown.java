package org.relais.agenda.view;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * An event's description as HTML: the same safe Markdown subset as the directory's descriptions (raw HTML escaped
 * by the renderer, then an allow-list: paragraphs, emphasis, lists, headings under the page's sections, links to
 * http, https, mailto and tel), so that a description never carries a script.
 */
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final Safelist ALLOWED = Safelist.none()
		.addTags("p", "br", "strong", "em", "ul", "ol", "li", "h3", "h4", "blockquote", "code", "a")
		.addAttributes("a", "href")
		.addProtocols("a", "href", "http", "https", "mailto", "tel")
		.addEnforcedAttribute("a", "rel", "nofollow noopener");

	private Markdown() {
	}

	public static String html(String source) {
		if (source == null || source.isBlank()) {
			return "";
		}
		String rendered = HTML.render(PARSER.parse(source)).replaceAll("<(/?)h[12]>", "<$1h3>");
		return Jsoup.clean(rendered, ALLOWED);
	}

}
