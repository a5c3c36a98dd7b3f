package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import org.junit.jupiter.api.Test;

/**
 * The agenda in a browser: a visitor who is not signed in finds the public events of Lyon, opens one and downloads
 * it for their calendar; the demo agent reads the week and the month of the shared agenda. axe-core passes on every
 * page.
 */
class PublicEventsE2eTest extends E2eTest {

	@Test
	void aVisitorOpensAPublicEventAndDownloadsIt() {
		visit("/t/metropole-de-lyon");
		page.locator("main a[href='/t/metropole-de-lyon/events']").click();
		assertThat(page).hasURL(Pattern.compile("/t/metropole-de-lyon/events$"));
		axe();
		assertThat(page.locator("main h1")).containsText("Métropole de Lyon");
		// the demo forum, two weeks ahead, and no partners' meeting
		assertThat(page.locator("main")).not().containsText("Réunion mensuelle des partenaires");
		page.locator("main a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Forum de l’inclusion numérique"))
			.first()
			.click();
		assertThat(page).hasURL(Pattern.compile("/t/metropole-de-lyon/events/[0-9a-f-]{36}$"));
		axe();
		assertThat(page.locator("main h1")).hasText("Forum de l’inclusion numérique");
		assertThat(page.locator("main .prose strong")).hasText("se sentir à l’aise avec le numérique");
		String ics = page.locator("main a.button[href$='.ics']").getAttribute("href");
		APIResponse file = page.request().get(ics);
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.headers().get("content-type")).isEqualTo("text/calendar;charset=UTF-8");
		assertThat(file.headers().get("content-disposition")).startsWith("attachment");
		String body = new String(file.body(), StandardCharsets.UTF_8);
		assertThat(body).contains("BEGIN:VCALENDAR", "METHOD:PUBLISH", "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
				"SUMMARY:Forum de l’inclusion numérique");
		for (String lang : LANGUAGES) {
			visit("/t/metropole-de-lyon/events?lang=" + lang);
			assertThat(page.locator("html")).hasAttribute("lang", lang);
			assertThat(page.locator("main h2").first()).isVisible();
		}
	}

	@Test
	void theAgentReadsTheWeekAndTheMonth() {
		signIn("agent@demo.relais");
		page.locator("nav.main-nav a[href='/agenda']").click();
		assertThat(page).hasURL(Pattern.compile("/agenda$"));
		axe();
		assertThat(page.locator("main h1")).hasText(msg("fr", "agenda.view.title"));
		page.locator("main nav.agenda-views a", new com.microsoft.playwright.Page.LocatorOptions()
			.setHasText(msg("fr", "agenda.view.week"))).click();
		assertThat(page).hasURL(Pattern.compile("view=week"));
		axe();
		assertThat(page.locator("main section.agenda-day h3")).hasCount(7);
		page.locator("main nav.pager a", new com.microsoft.playwright.Page.LocatorOptions()
			.setHasText(msg("fr", "agenda.view.next.week"))).click();
		assertThat(page).hasURL(Pattern.compile("view=week&date="));
		axe();
		page.locator("main nav.agenda-views a", new com.microsoft.playwright.Page.LocatorOptions()
			.setHasText(msg("fr", "agenda.view.month"))).click();
		assertThat(page).hasURL(Pattern.compile("view=month"));
		axe();
		assertThat(page.locator("main table.agenda-month th[scope=col]")).hasCount(7);
		assertThat(page.locator("main table.agenda-month a[href^='/agenda/events/']").first()).isVisible();
		// the filters work without script: a GET form
		page.locator("#category").selectOption("PARTNER_MEETING");
		page.locator("form.agenda-filters button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("category=PARTNER_MEETING"));
		axe();
		visit("/agenda/feed");
		assertThat(page.locator("main h1")).hasText(msg("fr", "agenda.feed.title"));
	}

}
