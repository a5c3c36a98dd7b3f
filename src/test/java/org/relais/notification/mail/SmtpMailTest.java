package org.relais.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relais.platform.Role;
import org.relais.territory.InvitationIssued;
import org.relais.territory.PasswordResetRequested;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.domain.Invitations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Mails go out through a real SMTP server (GreenMail), once, in the language the event names. */
@SpringBootTest
class SmtpMailTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	Invitations invitations;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anInvitationInGermanIsMailedOnceWithItsLinkAndAReplaySendsNothingMore() throws Exception {
		String email = "eingeladen-" + UUID.randomUUID() + "@example.org";
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();

		invitations.invite(lyon, email, "Jana Muster", Set.of(Role.AGENT), "de", UUID.randomUUID(), "Claire Fontaine");

		MimeMessage mail = awaitMails(email, 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Einladung zu Relais – Metropole Lyon");
		assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress()).isEqualTo(email);
		assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("no-reply@relais.invalid");
		assertThat(mail.getContentType()).startsWith("multipart/alternative");
		String text = part(mail, 0, "text/plain");
		String html = part(mail, 1, "text/html");
		String link = text.lines().filter(l -> l.contains("/invitations/")).findFirst().orElseThrow().trim();
		assertThat(link).startsWith("http://localhost:8080/invitations/");
		assertThat(text).startsWith("Guten Tag Jana Muster")
			.contains("Claire Fontaine lädt Sie ein, bei Relais für Metropole Lyon mitzuarbeiten.")
			.contains("Einladung annehmen");
		assertThat(html).contains("href=\"" + link + "\"").contains("Einladung annehmen").contains("lang=\"de\"");

		UUID mailId = UUID.fromString(mail.getHeader(MailTransport.MAIL_ID_HEADER)[0]);
		InvitationIssued replay = new InvitationIssued(mailId, UUID.randomUUID(), email, "Jana Muster", "de",
				"Metropole Lyon", "Claire Fontaine", link, Instant.now().plusSeconds(3600));
		tx.executeWithoutResult(status -> events.publishEvent(replay));

		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(completedPublications(mailId)).isEqualTo(2));
		assertThat(mailsTo(email)).hasSize(1);
	}

	@Test
	void anInvitationInFrenchSpeaksFrench() throws Exception {
		String email = "invite-" + UUID.randomUUID() + "@example.org";
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();

		invitations.invite(lyon, email, "Jeanne Martin", Set.of(Role.PARTNER), "fr", UUID.randomUUID(),
				"Claire Fontaine");

		MimeMessage mail = awaitMails(email, 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Invitation à Relais – Métropole de Lyon");
		String text = part(mail, 0, "text/plain");
		assertThat(text).startsWith("Bonjour Jeanne Martin,")
			.contains("Claire Fontaine vous invite à rejoindre Métropole de Lyon sur Relais.")
			.contains("Accepter l’invitation")
			.contains("http://localhost:8080/invitations/");
		assertThat(part(mail, 1, "text/html")).contains("Accepter l’invitation");
	}

	@Test
	void aPasswordResetInItalianCarriesItsLink() throws Exception {
		String email = "reimposta-" + UUID.randomUUID() + "@example.org";
		String link = "http://localhost:8080/password/reset/" + UUID.randomUUID();
		tx.executeWithoutResult(status -> events.publishEvent(new PasswordResetRequested(UUID.randomUUID(),
				UUID.randomUUID(), email, "Luca Bianchi", "it", link, Instant.parse("2026-01-07T13:00:00Z"))));

		MimeMessage mail = awaitMails(email, 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Reimpostazione della password di Relais");
		assertThat(part(mail, 0, "text/plain")).startsWith("Buongiorno Luca Bianchi,")
			.contains(link)
			.contains("Scadenza: 7 gennaio 2026");
	}

	private List<MimeMessage> awaitMails(String email, int count) {
		await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(email).size() >= count);
		return mailsTo(email);
	}

	private static List<MimeMessage> mailsTo(String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients())
					.anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(email));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	static String part(MimeMessage mail, int index, String type) throws Exception {
		BodyPart part = ((MimeMultipart) mail.getContent()).getBodyPart(index);
		assertThat(part.getContentType()).startsWith(type).containsIgnoringCase("charset=UTF-8");
		return (String) part.getContent();
	}

	private int completedPublications(UUID mailId) {
		return completedPublications(jdbc, mailId);
	}

	/** How many publications of events naming this id have completed (one per event and listener). */
	static int completedPublications(JdbcTemplate jdbc, UUID mailId) {
		Integer n = jdbc.queryForObject(
				"select count(*) from event_publication where completion_date is not null and serialized_event like ?",
				Integer.class, "%" + mailId + "%");
		return n == null ? 0 : n;
	}

}
