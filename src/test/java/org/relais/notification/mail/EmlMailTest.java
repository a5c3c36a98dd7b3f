package org.relais.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relais.territory.SecurityNotice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Without an SMTP server, mails become .eml files under RELAIS_DATA_DIR/mail, readable by any mail program. */
@SpringBootTest
class EmlMailTest {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("relais.data-dir", () -> dataDir.toString());
	}

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	SentMailRepository sent;

	@Autowired
	SentMailRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void withoutSmtpServerEachMailIsWrittenOnceAsAnEmlFile() throws Exception {
		UUID mailId = UUID.randomUUID();
		String email = "notice-" + UUID.randomUUID() + "@example.org";
		SecurityNotice notice = new SecurityNotice(mailId, UUID.randomUUID(), email, "Kim Meier", "en",
				"TWO_FACTOR_ENABLED");
		tx.executeWithoutResult(status -> events.publishEvent(notice));

		await().atMost(Duration.ofSeconds(15)).until(() -> emlFiles(mailId).size() == 1 && sent.existsById(mailId));
		Path file = emlFiles(mailId).get(0);
		assertThat(file.getFileName().toString()).matches("\\d{8}T\\d{9}Z-" + mailId + "\\.eml");
		MimeMessage mail;
		try (InputStream in = Files.newInputStream(file)) {
			mail = new MimeMessage(Session.getInstance(new Properties()), in);
		}
		InternetAddress to = (InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0];
		assertThat(to.getAddress()).isEqualTo(email);
		assertThat(to.getPersonal()).isEqualTo("Kim Meier");
		assertThat(mail.getSubject()).isEqualTo("Two-factor authentication turned on for your Relais account");
		assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		assertThat(SmtpMailTest.part(mail, 0, "text/plain")).startsWith("Hello Kim Meier,")
			.contains("Two-factor authentication was turned on for your account.")
			.contains("http://localhost:8080/account");
		assertThat(SmtpMailTest.part(mail, 1, "text/html")).contains("If you did not make this change");

		// The same event again: the mail id is known, nothing more is written.
		// The same event again (mail and inbox listeners: four publications): nothing more is written.
		tx.executeWithoutResult(status -> events.publishEvent(notice));
		await().atMost(Duration.ofSeconds(15))
			.until(() -> SmtpMailTest.completedPublications(jdbc, mailId) == 4);
		assertThat(emlFiles(mailId)).hasSize(1);
	}

	@Test
	void anInvalidAddressIsNotRetriedForever() throws Exception {
		UUID mailId = UUID.randomUUID();
		tx.executeWithoutResult(status -> events.publishEvent(new SecurityNotice(mailId, UUID.randomUUID(),
				"not an address", "Kim Meier", "en", "PASSWORD_CHANGED")));
		await().atMost(Duration.ofSeconds(15))
			.until(() -> SmtpMailTest.completedPublications(jdbc, mailId) == 2);
		assertThat(emlFiles(mailId)).isEmpty();
		assertThat(sent.existsById(mailId)).isFalse();
	}

	@Test
	void sentMailRecordsAreForgottenAfterTheirRetention() {
		UUID old = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		sent.save(new SentMail(old, Instant.now().minus(Duration.ofDays(91)), "old@example.org", "invitation"));
		sent.save(new SentMail(recent, Instant.now().minus(Duration.ofDays(89)), "recent@example.org", "invitation"));

		retention.purge();

		assertThat(sent.existsById(old)).isFalse();
		assertThat(sent.existsById(recent)).isTrue();
	}

	private static List<Path> emlFiles(UUID mailId) throws Exception {
		Path dir = dataDir.resolve("mail");
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.getFileName().toString().endsWith(mailId + ".eml")).toList();
		}
	}

}
