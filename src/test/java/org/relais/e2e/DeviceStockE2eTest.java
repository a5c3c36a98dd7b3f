package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * The Zürich workshop takes a donated laptop in, records its data erasure, refurbishes it and makes it ready; the
 * label is a PDF; the stock list finds the device among the ready ones. Axe runs on every page.
 */
class DeviceStockE2eTest extends E2eTest {

	@Test
	void aDonatedLaptopIsTakenInErasedAndMadeReady() {
		String serial = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		signIn("agent@ch.demo.relais");
		String lang = lang();

		visit("/devices");
		assertThat(page.locator("main h1")).hasText(msg(lang, "devices.stock.title"));
		assertThat(page.locator("main nav[aria-label] a[aria-current=page]")).hasText(msg(lang, "devices.tabs.stock"));

		page.locator("main a[href='/devices/new']").click();
		assertThat(page).hasURL(Pattern.compile("/devices/new$"));
		axe();
		page.locator("#type").selectOption("LAPTOP");
		page.locator("#brand").fill("Lenovo");
		page.locator("#model").fill("ThinkPad X280");
		page.locator("#serialNumbers").fill(serial);
		page.locator("#keyboardLayout").selectOption("CH_DE");
		page.locator("#grade").selectOption("B");
		page.locator("#ramGb").fill("8");
		page.locator("#storageGb").fill("256");
		page.locator("#battery").selectOption("true");
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("/devices/[0-9a-f-]{36}$"));
		axe();
		String device = path();
		assertThat(page.locator("main h1")).containsText(Pattern.compile("ZH-\\d{2}-\\d{5}"));
		assertThat(page.locator("main .lead .tag")).hasText(msg(lang, "devices.state.RECEIVED"));

		// the label: a PDF
		String label = page.locator("main a[href$='/label.pdf']").getAttribute("href");
		APIResponse pdf = page.request().get(label);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");

		// ready is refused before the erasure; the message says why
		moveTo(lang, "IN_REFURBISHMENT");
		moveTo(lang, "READY");
		assertThat(page.locator("#move-error")).isVisible();
		axe();

		page.locator("main a[href$='/erasure']").click();
		assertThat(page).hasURL(Pattern.compile(device + "/erasure$"));
		axe();
		page.locator("#tool").fill("nwipe 0.34");
		page.locator("#verified1").check();
		page.locator("#verifiedBy").fill("Marco Keller");
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(device + "$"));
		assertThat(page.locator(".flash")).hasText(msg(lang, "devices.erasure.flash.saved"));
		axe();

		moveTo(lang, "READY");
		assertThat(page).hasURL(Pattern.compile(device + "$"));
		assertThat(page.locator("main .lead .tag")).hasText(msg(lang, "devices.state.READY"));
		assertThat(page.locator("main a[href$='/erasure-certificate.pdf']")).isVisible();
		axe();

		visit("/devices?state=READY&q=" + serial);
		assertThat(page.locator("main table tbody tr")).hasCount(1);
		assertThat(page.locator("main table tbody tr")).containsText(serial);

		visit("/devices/donations");
		page.locator("main table tbody tr a").first().click();
		assertThat(page).hasURL(Pattern.compile("/devices/donations/[0-9a-f-]{36}$"));
		axe();
		visit("/devices/donations/new");
	}

	private void moveTo(String lang, String state) {
		Locator button = page.locator("main form button[name=to][value=" + state + "]");
		assertThat(button).hasText(msg(lang, "devices.stock.move.to." + state));
		button.click();
		page.waitForLoadState();
	}

}
