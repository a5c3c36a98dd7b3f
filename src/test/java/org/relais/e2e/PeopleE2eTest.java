package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** A desk agent records a person, is warned when recording them again, and opens their record. */
class PeopleE2eTest extends E2eTest {

	private static String letters() {
		return ThreadLocalRandom.current()
			.ints(6, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	private void fill(String last) {
		page.locator("#firstName").fill("Clémence");
		page.locator("#lastName").fill(last);
		page.locator("#birthYear").fill("1988");
		page.locator("#communeCode").selectOption("69266");
		page.locator("#phone").fill("06 44 55 66 77");
		page.locator("main form button[type=submit]").click();
		page.waitForLoadState();
	}

	@Test
	void anAgentCreatesAPersonIsWarnedOfTheDuplicateAndOpensTheRecord() {
		String last = "Vasseur-" + letters();
		signIn("agent@demo.relais");
		page.locator("nav.main-nav a[href='/people']").click();
		assertThat(page).hasURL(Pattern.compile("/people$"));
		axe();
		visit("/people/new");
		fill(last);
		assertThat(page).hasURL(Pattern.compile("/people/[0-9a-f-]{36}$"));
		assertThat(page.locator("main h1")).hasText("Clémence " + last);
		axe();
		String record = path();

		visit("/people/new");
		fill(last);
		assertThat(page).hasURL(Pattern.compile("/people/new$"));
		assertThat(page.locator("#duplicates")).isVisible();
		assertThat(page.locator("#duplicates a[href='" + record + "']")).hasCount(1);
		axe();

		page.locator("#duplicates a[href='" + record + "']").click();
		assertThat(page).hasURL(Pattern.compile(record + "$"));
		assertThat(page.locator("main h1")).hasText("Clémence " + last);
		assertThat(page.locator("main a[href='/orientation?person=" + record.substring("/people/".length()) + "']"))
			.hasCount(1);
		axe();
	}

}
