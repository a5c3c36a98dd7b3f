package org.relais.testing;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MvcResult;

/** Reads a MockMvc response as the page a person would see. */
public final class Pages {

	private Pages() {
	}

	public static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
