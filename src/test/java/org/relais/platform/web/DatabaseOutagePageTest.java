package org.relais.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a person sees when the database is gone: the error page the container forwards to, given the exception
 * a lost database raises. (Stopping the shared in-memory H2 under the other tests is not an option.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatabaseOutagePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@ValueSource(strings = { "fr", "de", "it", "en" })
	void lostDatabaseShowsA503PageInTheReadersLanguage(String language) throws Exception {
		var result = mvc
			.perform(get("/error").header("Accept-Language", language)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/home")
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("query failed",
						new CannotCreateTransactionException("Could not open JPA EntityManager",
								new SQLTransientConnectionException("Connection is not available")))))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "30"))
			.andReturn();

		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(body);
		Locale locale = Locale.forLanguageTag(language);
		assertThat(page.select("html").attr("lang")).isEqualTo(language);
		assertThat(page.select("h1").text()).isEqualTo(messages.getMessage("platform.error.503.title", null, locale));
		assertThat(page.select("p.lead").text()).isEqualTo(messages.getMessage("platform.error.503.text", null, locale));
		assertThat(body).doesNotContain("CannotCreateTransactionException", "Connection is not available", "at org.");
	}

	@Test
	void apiClientsGetAProblem() throws Exception {
		mvc.perform(get("/error").header("Accept-Language", "en")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/me")
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new CannotCreateTransactionException("gone")))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value(503))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.title")
				.value(messages.getMessage("platform.error.503.title", null, Locale.ENGLISH)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.instance")
				.value("/api/v1/me"));
	}

	@Test
	void otherFailuresStayA500() throws Exception {
		var result = mvc
			.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/home")
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("bug")))
			.andExpect(status().isInternalServerError())
			.andReturn();
		assertThat(Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).select("h1").text())
			.isEqualTo(messages.getMessage("platform.error.500.title", null, Locale.FRENCH));
		assertThat(result.getResponse().getHeader("Retry-After")).isNull();
	}

}
