package org.relais.directory.web;


import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The safe Markdown subset of descriptions: paragraphs, emphasis, lists, headings, links (http, https, mailto, tel).
 * Raw HTML in the source is escaped by the renderer, and the output goes through an allow-list, so a description can
 * never carry a script.
 */
final class Markdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final Safelist SAFE = new Safelist()
		.addTags("p", "br", "strong", "em", "ul", "ol", "li", "h3", "h4", "blockquote", "code")
		.addAttributes("a", "href")
		.addTags("a")
		.addProtocols("a", "href", "http", "https", "mailto", "tel")
		.addEnforcedAttribute("a", "rel", "nofollow noopener");

	private Markdown() {
	}

	static String toHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		String html = RENDERER.render(PARSER.parse(markdown));
		// headings of a description sit below the page's h2 sections
		html = html.replace("<h1>", "<h3>").replace("</h1>", "</h3>").replace("<h2>", "<h3>").replace("</h2>", "</h3>");
		return Jsoup.clean(html, SAFE);
	}


}
