package org.relais.directory.freshness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
import org.relais.directory.domain.MemberStatus;
import org.relais.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** In demo mode, without a mail server, the monthly reminder is an .eml file under RELAIS_DATA_DIR/mail. */
@SpringBootTest
class FreshnessEmlTest {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("relais.data-dir", () -> dataDir.toString());
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	MonthlyReminders monthly;

	@Test
	void theMonthlyReminderIsWrittenAsAnEmlFile() throws Exception {
		FreshnessFixtures fixtures = new FreshnessFixtures(context);
		UUID t = fixtures.territory("FR", "Europe/Paris");
		String email = FreshnessFixtures.unique("eml") + "@fresh.example.org";
		UUID editor = fixtures.user(email, "Noé Demo", "en", t, Role.PARTNER);
		UUID org = fixtures.organisation(t, FreshnessFixtures.unique("Repair café"));
		fixtures.member(org, editor, MemberStatus.ACTIVE);
		String name = FreshnessFixtures.unique("Bike repair");
		fixtures.service(org, name, Instant.parse("2026-01-05T10:00:00Z"), 3);

		// Monday 7 June 2027 is not the first working day; Tuesday 1 June is.
		monthly.run(ZonedDateTime.of(2027, 6, 7, 8, 0, 0, 0, ZoneId.of("Europe/Paris")).toInstant());
		monthly.run(ZonedDateTime.of(2027, 6, 1, 8, 0, 0, 0, ZoneId.of("Europe/Paris")).toInstant());

		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email).size() == 1);
		MimeMessage mail = mailsTo(email).get(0);
		assertThat(mail.getSubject()).isEqualTo("Relais: 1 service(s) to verify");
		assertThat(mail.getContent().toString()).isNotEmpty();
		assertThat(((jakarta.mail.internet.MimeMultipart) mail.getContent()).getBodyPart(0).getContent().toString())
			.startsWith("Hello Noé Demo")
			.contains(name, "/directory/confirm/", "?lang=en");
	}

	private static List<MimeMessage> mailsTo(String email) throws Exception {
		Path dir = dataDir.resolve("mail");
		List<MimeMessage> found = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			return found;
		}
		try (Stream<Path> files = Files.list(dir)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".eml")).toList()) {
				try (InputStream in = Files.newInputStream(f)) {
					MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
					if (((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getAddress()
						.equalsIgnoreCase(email)) {
						found.add(m);
					}
				}
			}
		}
		return found;
	}

}
