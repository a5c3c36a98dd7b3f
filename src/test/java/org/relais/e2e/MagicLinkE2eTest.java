package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Response;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relais.referral.partner.PartnerWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The magic link end to end: a referral to an organisation without any account, the mail caught by GreenMail, the
 * link followed in Chromium, the partner accepting without signing in; then the link expired, its page and the
 * renewal that mails a new one. axe on every page.
 */
class MagicLinkE2eTest extends E2eTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	private static final Pattern LINK = Pattern.compile("/r/[A-Za-z0-9_\\-]+\\.[0-9]+\\.[A-Za-z0-9_\\-]+");

	@Autowired
	ApplicationContext applicationContext;

	@Autowired
	JdbcTemplate jdbc;

	private List<MimeMessage> mailsTo(String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(email));
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
	}

	private String linkIn(MimeMessage mail) {
		Matcher m = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
		assertThat(m.find()).as("a link in the mail").isTrue();
		return m.group();
	}

	@Test
	void anOrganisationWithoutAccountsAnswersThroughTheMailedLink() {
		PartnerWorld p = new PartnerWorld(applicationContext);
		UUID referral = p.send(p.bareService);

		await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(p.bareEmail).isEmpty());
		MimeMessage mail = mailsTo(p.bareEmail).get(0);
		String link = linkIn(mail);

		visit(link + "?lang=fr");
		assertThat(page.locator("main h1")).containsText(p.bareServiceName);
		assertThat(page.locator("main")).containsText(p.w.personLastName());
		assertThat(page.locator("main a[href$='/liaison.pdf']")).isVisible();

		page.locator("form:has(input[name=action][value=ACCEPT]) button[type=submit]").click();
		assertThat(page.locator(".flash")).hasText(msg("fr", "referral.link.answered"));
		assertThat(page.locator("main .tag")).hasText(msg("fr", "referral.status.ACCEPTED"));
		axe();
		assertThat(jdbc.queryForObject("select status from ref_referral where id = ?", String.class, referral))
			.isEqualTo("ACCEPTED");

		jdbc.update("update ref_magic_link set expires_at = ? where referral_id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), referral);
		Response expired = visit(link + "?lang=fr");
		assertThat(expired.status()).isEqualTo(410);
		assertThat(page.locator("main h1")).hasText(msg("fr", "referral.link.EXPIRED.title"));
		assertThat(page.locator("main")).not().containsText(p.w.personLastName());

		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("main h1")).hasText(msg("fr", "referral.link.renewed.MAILED.title"));
		axe();
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(p.bareEmail).size() >= 2);
		String fresh = linkIn(mailsTo(p.bareEmail).get(mailsTo(p.bareEmail).size() - 1));
		assertThat(fresh).isNotEqualTo(link);
		assertThat(page.content()).doesNotContain(fresh);

		Response tampered = visit(link.substring(0, link.length() - 2) + "xx?lang=fr");
		assertThat(tampered.status()).isEqualTo(404);
		assertThat(page.locator("main h1")).hasText(msg("fr", "referral.link.INVALID.title"));
	}

	@Test
	void theInboxFiguresAndSettingsPagesPassAxe() {
		signIn("partner@demo.relais");
		visit("/referrals?lang=fr");
		assertThat(page.locator("main h1")).hasText(msg("fr", "referral.inbox.title"));
		visit("/referrals?from=2026-02-01&to=2026-01-01");
		assertThat(page.locator("#error-summary")).isVisible();
		assertThat(page.locator("#to")).hasAttribute("aria-invalid", "true");
		visit("/referrals/figures");
		assertThat(page.locator("main h1")).hasText(msg("fr", "referral.inbox.figuresTitle"));

		context.clearCookies();
		signInWithSecondFactor("admin@demo.relais");
		visit("/admin/referrals/settings");
		page.locator("#reminderDays").fill("0");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#reminderDays")).hasAttribute("aria-invalid", "true");
		axe();
	}

}
