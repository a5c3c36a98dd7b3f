package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The desk end to end: an agent takes a phone request from a known caller (typing the name, then counting the
 * clicks: the person, the type, submit) and lands on the orientation page for that person; the queue and a request
 * page; an inhabitant sends a request through the public form and gets a reference, which the agent finds in the
 * queue and opens for triage. axe on every page.
 */
class DeskE2eTest extends E2eTest {

	@Autowired
	JdbcTemplate jdbc;

	private int clicks;

	/** A click the agent makes, counted. */
	private void click(Locator target) {
		clicks++;
		target.click();
		page.waitForLoadState();
	}

	@Test
	void aKnownCallerTakesAtMostThreeClicksAndTheQueueAndPublicFormWork() {
		signIn("agent@demo.relais");
		visit("/desk");
		assertThat(page.locator("h1")).isVisible();

		// a known caller: type the name, then count the clicks
		clicks = 0;
		page.locator("#q").pressSequentially("Benali");
		Locator person = page.locator("#desk-results a.desk-person:has-text('Nadia Benali')");
		assertThat(person).isVisible();
		axe();
		click(person);
		assertThat(page.locator("#types")).isVisible();
		axe();
		click(page.locator("a.desk-type[href*='type=orientation']"));
		assertThat(page.locator("#details")).isVisible();
		axe();
		click(page.locator("[data-desk-submit]"));
		page.waitForURL(Pattern.compile("/orientation\\?person=[0-9a-f-]{36}$"));
		axe();
		System.out.println("DeskE2eTest: a known caller's orientation request took " + clicks + " clicks beyond typing");
		assertThat(clicks).isLessThanOrEqualTo(3);
		String personId = path().substring(path().indexOf('=') + 1);
		assertThat(jdbc.queryForObject("select count(*) from dsk_request where person_id = ? and type_code = ?",
				Integer.class, java.util.UUID.fromString(personId), "orientation")).isPositive();

		// the queue and a request page
		visit("/desk/queue");
		assertThat(page.locator("table.desk-table")).isVisible();
		page.locator("#overdue").check();
		page.locator(".desk-filters button[type=submit]").click();
		page.waitForLoadState();
		axe();
		assertThat(page.locator("tr.desk-overdue").first()).isVisible();
		page.locator("tr.desk-overdue a").first().click();
		page.waitForURL(Pattern.compile("/desk/requests/[0-9a-f-]{36}$"));
		axe();
		assertThat(page.locator(".desk-history li").first()).isVisible();

		// an inhabitant sends a request through the public form
		BrowserContext other = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setLocale("fr-FR")
			.setViewportSize(1280, 900));
		String reference;
		try {
			Page inhabitant = other.newPage();
			inhabitant.navigate("/t/metropole-de-lyon/request");
			Axe.check(inhabitant);
			inhabitant.locator("main form button[type=submit]").click();
			inhabitant.waitForLoadState();
			Axe.check(inhabitant);
			assertThat(inhabitant.locator("#error-summary")).isVisible();
			inhabitant.locator("#name").fill("Sacha Leroy");
			inhabitant.locator("#phone").fill("06 98 76 54 32");
			inhabitant.locator("#postalCode").fill("69007");
			inhabitant.locator("input[name=need][value=orientation]").check();
			inhabitant.locator("#message").fill("Je cherche un atelier pour apprendre à utiliser une tablette.");
			inhabitant.locator("main form button[type=submit]").click();
			inhabitant.waitForURL(Pattern.compile("/t/metropole-de-lyon/request/sent$"));
			Axe.check(inhabitant);
			reference = inhabitant.locator(".desk-reference").textContent().trim();
			assertThat(reference).matches("DEM-[2-9A-HJKMNP-Z]{6}");
		}
		finally {
			other.close();
		}

		// the agent finds it in the queue and triages it
		visit("/desk/queue?status=NEW&q=" + reference);
		page.locator("#desk-queue a:has-text('" + reference + "')").click();
		page.waitForURL(Pattern.compile("/desk/requests/[0-9a-f-]{36}$"));
		axe();
		page.locator("a[href$='/triage']").click();
		page.waitForLoadState();
		axe();
		assertThat(page.locator("main")).containsText("Sacha Leroy");
		page.locator("[data-desk-new]").click();
		page.waitForLoadState();
		axe();
		assertThat(page.locator("#caller-lastName")).hasValue("Leroy");
	}

}
