package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A find-a-slot poll end to end: the demo partner proposes two slots and invites the demo agent; the invitation
 * mail (caught by GreenMail) gives the personal link; the agent answers through it without signing in; the
 * organiser sees the best slot marked in words and turns it into an event of the agenda, the agent invited. axe on
 * every page.
 */
class PollE2eTest extends E2eTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	JdbcTemplate jdbc;

	private static final Pattern LINK = Pattern.compile("/p/[A-Za-z0-9_\\-]{43}");

	private static final String TITLE = "Comité de suivi e2e";

	private List<MimeMessage> invitationsTo(String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(email))
						&& m.getSubject().contains(TITLE);
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

	private static String linkIn(MimeMessage mail) {
		Matcher m = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
		assertThat(m.find()).as("a link in the mail").isTrue();
		return m.group();
	}

	@Test
	void twoPartnersFindASlotThroughAPoll() {
		LocalDate first = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(9);
		signIn("partner@demo.relais");
		visit("/agenda/polls");
		assertThat(page.locator("main h1")).hasText(msg("fr", "agenda.poll.list.title"));
		page.locator("main a[href='/agenda/polls/new']").click();
		assertThat(page.locator("main h1")).hasText(msg("fr", "agenda.poll.new.title"));
		axe();

		// nothing filled in: messages next to the fields, focus on the summary
		page.locator("main form button[type=submit]:not([name])").click();
		assertThat(page.locator("#error-summary")).isVisible();
		assertThat(page.locator("#title")).hasAttribute("aria-invalid", "true");
		assertThat(page.locator("#slots-error")).containsText(msg("fr", "agenda.poll.error.noSlot"));
		axe();

		page.locator("#title").fill(TITLE);
		page.locator("#description").fill("Ordre du jour : *bilan* des permanences.");
		page.locator("#place").fill("Salle du conseil");
		page.locator("[id='slots[0].date']").fill(first.toString());
		page.locator("[id='slots[0].start']").fill("14:00");
		page.locator("[id='slots[0].end']").fill("16:00");
		page.locator("[id='slots[1].date']").fill(first.plusDays(1).toString());
		page.locator("[id='slots[1].start']").fill("09:30");
		page.locator("[id='slots[1].end']").fill("11:00");
		page.locator("#emails").fill("agent@demo.relais");
		page.locator("main form button[type=submit]:not([name])").click();
		assertThat(page.locator(".flash")).hasText(msg("fr", "agenda.poll.created"));
		assertThat(page.locator("main h1")).hasText(TITLE);
		axe();
		String pollPath = path();

		await().atMost(Duration.ofSeconds(20)).until(() -> !invitationsTo("agent@demo.relais").isEmpty());
		String link = linkIn(invitationsTo("agent@demo.relais").get(0));

		// the agent answers through the link, without signing in
		context.clearCookies();
		visit(link);
		assertThat(page.locator("main h1")).hasText(TITLE);
		assertThat(page.locator("main")).containsText("Salle du conseil");
		page.locator("#choice-0-YES").check();
		page.locator("#choice-1-IF_NEED_BE").check();
		page.locator("form:has(#choice-0-YES) button[type=submit]").click();
		assertThat(page.locator(".flash")).hasText(msg("fr", "agenda.poll.answered"));
		assertThat(page.locator("#choice-0-YES")).isChecked();
		axe();

		// the organiser sees the best slot, marked in words
		signIn("partner@demo.relais");
		visit(pollPath);
		assertThat(page.locator("th[data-best=true]")).containsText(msg("fr", "agenda.poll.show.bestTag"));
		assertThat(page.locator("#best-slot")).isVisible();
		assertThat(page.locator("tbody tr")).containsText(msg("fr", "agenda.poll.choice.YES"));
		assertThat(page.locator("input[name=slot]:checked")).hasCount(1);
		assertThat(page.locator("#close-0")).isChecked();

		// one click turns the best slot into an event of the agenda, with the agent invited
		page.locator("form[action$='/close'] button[type=submit]").click();
		assertThat(page.locator(".flash")).hasText(msg("fr", "agenda.poll.closed"));
		assertThat(page.locator("#poll-event a")).hasAttribute("href", Pattern.compile("^/agenda/events/[0-9a-f-]{36}$"));
		assertThat(page.locator("main")).containsText(msg("fr", "agenda.poll.show.chosenTag"));
		assertThat(page.locator("form[action$='/close']")).hasCount(0);
		axe();
		String event = page.locator("#poll-event a").getAttribute("href").substring("/agenda/events/".length());
		assertThat(jdbc.queryForObject("select count(*) from agd_attendee a join app_user u on u.id = a.user_id"
				+ " where a.event_id = ? and u.email = ?", Long.class, java.util.UUID.fromString(event),
				"agent@demo.relais")).isOne();
	}

}
