package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public booking end to end, without signing in: an inhabitant opens the Lyon appointments page, picks a free
 * slot of the "Permanence numérique" and books it with a name and an email, and gets the confirmation page with a
 * reference number; a second inhabitant who had opened the same slot before submits it afterwards and is told on the
 * form that the slot was just taken. axe on every page.
 */
class AppointmentE2eTest extends E2eTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anInhabitantBooksAndASecondBookingOfTheSameSlotFailsCleanly() {
		visit("/t/metropole-de-lyon/appointments");
		assertThat(page.locator("h1")).isVisible();
		var slotLink = page.locator("section.panel:has(h2:text-is('Permanence numérique')) .slot-days a").first();
		String href = slotLink.getAttribute("href");
		assertThat(href).contains("/book?slot=");
		slotLink.click();
		page.waitForLoadState();
		axe();
		assertThat(page.locator("#name")).isVisible();

		// a second inhabitant opened the same slot before the first one submits
		BrowserContext other = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setLocale("fr-FR")
			.setViewportSize(1280, 900));
		try {
			Page second = other.newPage();
			second.navigate(href);
			Axe.check(second);

			page.locator("#name").fill("Camille Durand");
			page.locator("#email").fill("camille.durand@example.org");
			page.locator("main form button[type=submit]").click();
			page.waitForURL(Pattern.compile("/t/metropole-de-lyon/appointments/mine/[A-Za-z0-9_-]+$"));
			axe();
			assertThat(page.locator("#reference")).hasText(Pattern.compile("RDV-[A-Z0-9]{6}"));
			assertThat(page.locator(".flash")).isVisible();

			second.locator("#name").fill("Dominique Martin");
			second.locator("#phone").fill("06 12 34 56 78");
			second.locator("main form button[type=submit]").click();
			second.waitForLoadState();
			Axe.check(second);
			assertThat(second.locator("#error-summary")).isVisible();
			assertThat(second.locator("#slot-error")).containsText("vient d’être réservé");
			assertThat(second.locator("#reference")).hasCount(0);
		}
		finally {
			other.close();
		}
		String slot = URI.create("http://x" + href).getQuery().replace("slot=", "");
		assertThat(jdbc.queryForObject("select count(*) from agd_appointment a join agd_booking_schedule s"
				+ " on s.id = a.schedule_id where s.title = 'Permanence numérique' and a.slot_start = ?", Integer.class,
				java.sql.Timestamp.from(java.time.Instant.parse(slot)))).isEqualTo(1);

		// the inhabitant cancels with the link of the confirmation
		page.locator("main form button[type=submit]").click();
		page.waitForLoadState();
		axe();
		assertThat(page.locator("#reference")).isVisible();
		assertThat(page.locator("main form button[type=submit]")).hasCount(0);
	}

}
