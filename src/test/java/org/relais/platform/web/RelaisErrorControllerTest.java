package org.relais.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A lost database is recognised, however deeply wrapped, and explained in every language. */
class RelaisErrorControllerTest {

	@Test
	void transactionThatCannotStartMeansTheDatabaseIsDown() {
		assertThat(RelaisErrorController.isDatabaseDown(new CannotCreateTransactionException("no connection")))
			.isTrue();
	}

	@Test
	void poolTimeoutMeansTheDatabaseIsDown() {
		// what HikariCP throws when no connection comes within connection-timeout
		assertThat(RelaisErrorController.isDatabaseDown(
				new SQLTransientConnectionException("relais - Connection is not available, request timed out")))
			.isTrue();
	}

	@Test
	void connectionSqlStateMeansTheDatabaseIsDown() {
		// PostgreSQL's "08001 connection attempt failed", under Spring's translation
		SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001",
				new ConnectException("Connection refused"));
		assertThat(RelaisErrorController.isDatabaseDown(refused)).isTrue();
		assertThat(RelaisErrorController
			.isDatabaseDown(new IllegalStateException("rendering failed", new RuntimeException(refused)))).isTrue();
	}

	@Test
	void resourceFailureDeepInTheCausesMeansTheDatabaseIsDown() {
		Exception wrapped = new RuntimeException("template failed",
				new IllegalStateException("query failed", new DataAccessResourceFailureException("gone")));
		assertThat(RelaisErrorController.isDatabaseDown(wrapped)).isTrue();
	}

	@Test
	void otherErrorsAreNot() {
		assertThat(RelaisErrorController.isDatabaseDown(new RuntimeException("boom"))).isFalse();
		assertThat(RelaisErrorController.isDatabaseDown(new IllegalArgumentException("bad id"))).isFalse();
		assertThat(RelaisErrorController.isDatabaseDown(new DataIntegrityViolationException("duplicate email",
				new SQLException("unique violation", "23505")))).isFalse();
		assertThat(RelaisErrorController.isDatabaseDown(new SQLException("no state"))).isFalse();
		assertThat(RelaisErrorController.isDatabaseDown(new ConnectException("SMTP refused"))).isFalse();
	}

	@Test
	void outagePageIsTranslatedInAllFourLanguages() throws Exception {
		MessageSource messages = WebConfig.messageSource();
		String frTitle = messages.getMessage("platform.error.503.title", null, Locale.FRENCH);
		String frText = messages.getMessage("platform.error.503.text", null, Locale.FRENCH);
		assertThat(frTitle).isNotBlank();
		assertThat(frText).isNotBlank();
		for (String lang : new String[] { "de", "it", "en" }) {
			Locale locale = Locale.forLanguageTag(lang);
			// French is the fallback: a missing translation would show the French text
			assertThat(messages.getMessage("platform.error.503.title", null, locale)).as(lang)
				.isNotBlank()
				.isNotEqualTo(frTitle);
			assertThat(messages.getMessage("platform.error.503.text", null, locale)).as(lang)
				.isNotBlank()
				.isNotEqualTo(frText);
		}
	}

}
