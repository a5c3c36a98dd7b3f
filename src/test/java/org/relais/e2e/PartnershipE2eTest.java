package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Partner onboarding end to end (done-when of issue 7): an organisation applies on Zürich's public form; the
 * territory admin (second factor) takes it in review and sends the contract; the legal representative opens the
 * mailed link, reads the contract PDF and accepts it; the admin activates the partnership; the representative
 * opens the invitation mail, sets a password, signs in and finds the organisation. axe on every page.
 */
class PartnershipE2eTest extends E2eTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	private static final Pattern STATUS_PATH = Pattern.compile("/t/kanton-zuerich/partners/join/[A-Za-z0-9_\\-]{43}");

	private static final Pattern INVITATION_PATH = Pattern.compile("/invitations/[A-Za-z0-9_\\-]{20,}");

	private static final String NEW_PASSWORD = "Seven lanterns hum above the quiet Limmat 42";

	/** The body of the mails to one address, quoted-printable soft breaks undone. */
	private static List<String> mailsTo(String email) {
		return List.of(smtp.getReceivedMessagesForDomain(email))
			.stream()
			.map(m -> GreenMailUtil.getBody((MimeMessage) m).replace("=\r\n", "").replace("=3D", "="))
			.toList();
	}

	private static String awaitLink(String email, Pattern pattern) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> mailsTo(email).stream().anyMatch(body -> pattern.matcher(body).find()));
		for (String body : mailsTo(email)) {
			Matcher m = pattern.matcher(body);
			if (m.find()) {
				return m.group();
			}
		}
		throw new AssertionError("no link in the mails to " + email);
	}

	@Test
	void aNewPartnerGoesFromTheJoinFormToAnActiveAccountWithASignedContract() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String name = "Digitalhilfe Wiedikon " + unique;
		String rep = "leitung-" + unique + "@example.org";
		String contact = "kontakt-" + unique + "@example.org";

		// 1. the public form, in German, without an account
		visit("/t/kanton-zuerich/partners/join?lang=de");
		assertThat(page.locator("main h1")).containsText("Kanton Zürich");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#error-summary")).isVisible();
		assertThat(page.locator("#organisationName")).hasAttribute("aria-invalid", "true");
		axe();
		page.locator("#organisationName").fill(name);
		page.locator("#kind").selectOption("ASSOCIATION");
		page.locator("#legalId").fill("CHE-116.281.710");
		page.locator("#address").fill("Birmensdorferstrasse 120");
		page.locator("#postalCode").fill("8003");
		page.locator("#city").fill("Zürich");
		page.locator("#phone").fill("+41 44 456 78 90");
		page.locator("#email").fill("info-" + unique + "@example.org");
		page.locator("#website").fill("digitalhilfe.example.org");
		page.locator("#representativeName").fill("Andrea Brunner");
		page.locator("#representativeFunction").fill("Präsidentin");
		page.locator("#representativeEmail").fill(rep);
		page.locator("#contactName").fill("Luca Steiner");
		page.locator("#contactEmail").fill(contact);
		page.locator("#language").selectOption("de");
		page.locator("#activity").fill("Wir helfen älteren Menschen im Quartier, mit Laptop und Smartphone umzugehen.");
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(STATUS_PATH);
		assertThat(page.locator(".flash")).hasText(msg("de", "partnership.join.flash.submitted"));
		assertThat(page.locator("#status")).hasText(msg("de", "partnership.status.REQUESTED"));
		axe();
		awaitLink(contact, STATUS_PATH);

		// 2. the admin reviews it and sends the contract
		context.clearCookies();
		signInWithSecondFactor("admin@ch.demo.relais");
		page.locator("nav.main-nav a[href='/admin/partnerships']").click();
		assertThat(page.locator("main h1")).isVisible();
		axe();
		page.locator("main table a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(name)).click();
		assertThat(page).hasURL(Pattern.compile("/admin/partnerships/[0-9a-f-]{36}$"));
		String detail = path();
		axe();
		page.locator("#review-button").click();
		assertThat(page.locator("#contract-button")).isVisible();
		axe();
		page.locator("#contract-button").click();
		assertThat(page.locator("#contract-hash")).isVisible();
		axe();
		String hash = page.locator("#contract-hash").textContent().trim();

		// 3. the legal representative reads the contract and accepts it
		String statusPath = awaitLink(rep, STATUS_PATH);
		context.clearCookies();
		// not signed in: the language choice stays in this browser
		visit(statusPath + "?lang=de");
		assertThat(page.locator("#contract-link")).isVisible();
		byte[] pdf = page.request().get(statusPath + "/contract.pdf").body();
		String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
		assertThat(text).contains("Partnerschaftsvertrag", name, "Kanton Zürich");
		page.locator("#name").fill("Andrea Brunner");
		page.locator("#onBehalf").check();
		page.locator("#accept-button").click();
		assertThat(page.locator("#signed-text")).containsText("Andrea Brunner");
		assertThat(page.locator("#status")).hasText(msg("de", "partnership.status.SIGNED"));
		axe();
		byte[] signed = page.request().get(statusPath + "/signed").body();
		PdfReader signedReader = new PdfReader(signed);
		String acceptance = new PdfTextExtractor(signedReader).getTextFromPage(signedReader.getNumberOfPages());
		assertThat(acceptance).contains("Andrea Brunner", hash);

		// 4. the admin activates the partnership
		context.clearCookies();
		signInWithSecondFactor("admin@ch.demo.relais");
		visit(detail);
		assertThat(page.locator("#signature")).containsText("Andrea Brunner");
		page.locator("#activate-button").click();
		assertThat(page.locator("#status")).hasText(msg("de", "partnership.status.ACTIVE"));
		axe();

		// 5. the representative accepts the invitation, signs in and finds the organisation
		String invitation = awaitLink(rep, INVITATION_PATH);
		context.clearCookies();
		visit(invitation + "?lang=de");
		page.locator("#password").fill(NEW_PASSWORD);
		page.locator("#confirmation").fill(NEW_PASSWORD);
		page.locator("main form button[type=submit]").last().click();
		assertThat(page).hasURL(Pattern.compile("/login"));
		axe();
		page.locator("#email").fill(rep);
		page.locator("#password").fill(NEW_PASSWORD);
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("/home$"));
		axe();
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			page.navigate("/partner");
			return page.locator("main").textContent().contains(name);
		});
		assertThat(page.locator("main")).containsText(name);
		axe();
	}

}
