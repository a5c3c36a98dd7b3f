package org.relais.mutualaid.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The expiry reminder: 30 days before a verified document expires, once, by mail and in the app to the volunteer
 * and in the app to the territory's coordinators; not for a document expiring later, already expired or unverified.
 */
@SpringBootTest
class ProofReminderTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	ProofDocuments proofs;

	@Autowired
	ProofDocumentRepository documents;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReminderIsSentOnceThirtyDaysBeforeTheExpiry() throws Exception {
		VolunteerTestData data = new VolunteerTestData(context);
		Volunteer v = data.volunteer("Rémi", ActionType.VISIT);
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
		ProofDocument soon = verified(v, ProofType.LIABILITY_INSURANCE, today.plusDays(20));
		ProofDocument later = verified(v, ProofType.DRIVING_LICENCE, today.plusDays(45));
		ProofDocument expired = verified(v, ProofType.CAR_INSURANCE, today.minusDays(3));
		ProofDocument unverified = documents.save(new ProofDocument(v.getTerritoryId(), v.getId(),
				ProofType.CAR_INSURANCE, UUID.randomUUID(), "x.pdf", today.plusDays(10), Instant.now()));

		Instant now = Instant.now();
		assertThat(proofs.remindExpiring(now)).isPositive();
		assertThat(documents.findById(soon.getId()).orElseThrow().getReminderSentAt()).isNotNull();
		for (ProofDocument d : new ProofDocument[] { later, expired, unverified }) {
			assertThat(documents.findById(d.getId()).orElseThrow().getReminderSentAt()).isNull();
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessagesForDomain(v.getEmail()).length >= 1);
		var mail = smtp.getReceivedMessagesForDomain(v.getEmail())[0];
		assertThat(mail.getSubject()).isEqualTo("Votre justificatif expire bientôt : Assurance responsabilité civile");
		assertThat(VolunteerTestData.text(mail)).contains("/volunteer/documents");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> count("select count(*) from notification where user_id = ? and message_key = ?",
					v.getUserId(), "notification.volunteer.proofExpiring.inbox") == 1
					&& count("select count(*) from notification where user_id = ? and message_key = ?",
							data.coordinator.userId(), "notification.volunteer.expiringCoordinator") == 1);

		// the next runs send nothing more
		proofs.remindExpiring(now.plus(Duration.ofHours(1)));
		proofs.remindExpiring(now.plus(Duration.ofDays(1)));
		Thread.sleep(1500);
		assertThat(smtp.getReceivedMessagesForDomain(v.getEmail())).hasSize(1);
		assertThat(count("select count(*) from notification where user_id = ?", v.getUserId())).isEqualTo(1);
	}

	private ProofDocument verified(Volunteer v, String code, LocalDate expiresOn) {
		ProofDocument d = new ProofDocument(v.getTerritoryId(), v.getId(), code, UUID.randomUUID(), code + ".pdf",
				expiresOn, Instant.now());
		d.verify(null, Instant.now());
		return documents.save(d);
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

}
