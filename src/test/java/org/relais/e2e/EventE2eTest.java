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
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relais.platform.AccountDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An event end to end: the demo agent creates a weekly meeting and invites the demo partner and an address without
 * account; the event page shows; the invitee opens the personal link of the mail (GreenMail) and answers yes
 * without signing in. axe on every page.
 */
class EventE2eTest extends E2eTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	private static final Pattern LINK = Pattern.compile("/e/[A-Za-z0-9_\\-]{43}");

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcTemplate jdbc;

	/** The mails GreenMail received for one address (its "domain" filter matches the end of the recipient). */
	private static List<MimeMessage> mailsTo(String email) {
		return List.of(smtp.getReceivedMessagesForDomain(email));
	}

	@Test
	void anAgentInvitesAPartnerAndAGuestWhoAnswersThroughTheMailedLink() {
		String title = "Comité e2e " + UUID.randomUUID().toString().substring(0, 8);
		String guest = "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		UUID partner = accounts.findByEmail("partner@demo.relais").orElseThrow().userId();

		// the agent's own language (French): a ?lang= here would change the demo account's preference for later tests
		signIn("agent@demo.relais");
		visit("/agenda/events/new");
		assertThat(page.locator("main h1")).hasText(msg("fr", "agenda.event.form.newTitle"));
		// first an end before the start: the message is next to the field
		page.locator("#title").fill(title);
		page.locator("#description").fill("Agenda: **review** of the quarter");
		page.locator("#startDate").fill("2027-03-02");
		page.locator("#startTime").fill("14:00");
		page.locator("#endDate").fill("2027-03-02");
		page.locator("#endTime").fill("13:00");
		page.locator("#address").fill("1 place Bellecour, Lyon");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#error-summary")).isVisible();
		assertThat(page.locator("#endDate-error")).containsText(msg("fr", "agenda.error.end.beforeStart"));
		axe();

		page.locator("#endTime").fill("16:00");
		page.locator("#repeat").selectOption("WEEKLY");
		page.locator("#count").fill("3");
		page.locator("#inviteUsers").selectOption(partner.toString());
		page.locator("#inviteEmails").fill(guest);
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("/agenda/events/[0-9a-f-]{36}$"));
		assertThat(page.locator(".flash")).hasText(msg("fr", "agenda.event.flash.created"));
		assertThat(page.locator("main h1")).hasText(title);
		assertThat(page.locator("main")).containsText(guest);
		assertThat(page.locator("main .occurrences li")).hasCount(3);
		axe();

		await().atMost(Duration.ofSeconds(30)).until(() -> !mailsTo(guest).isEmpty());
		Matcher m = LINK.matcher(GreenMailUtil.getBody(mailsTo(guest).get(0)).replace("=\r\n", "").replace("=3D", "="));
		assertThat(m.find()).as("the personal link in the mail").isTrue();
		String link = m.group();

		context.clearCookies();
		visit(link + "?lang=en");
		assertThat(page.locator("main h1")).containsText(title);
		page.locator("main form:has(input[name=response][value=YES]) button[type=submit]").click();
		assertThat(page.locator(".flash")).hasText(msg("en", "agenda.event.flash.answer.GOING"));
		axe();
		assertThat(jdbc.queryForObject("select response from agd_attendee where email = ?", String.class, guest))
			.isEqualTo("YES");
	}

}
