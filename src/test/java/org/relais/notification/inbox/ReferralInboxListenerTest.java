package org.relais.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.referral.ReferralFixtures;
import org.relais.referral.ReferralSent;
import org.relais.referral.ReferralStatus;
import org.relais.referral.ReferralStatusChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who gets a referral's inbox lines, and that a replayed event adds none. The listener runs asynchronously (as
 * from the publication registry): each step waits for its lines.
 */
@SpringBootTest
class ReferralInboxListenerTest {

	@Autowired
	ReferralInboxListener listener;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	private List<String> lines(UUID user, UUID referral) {
		return jdbc.queryForList("select message_key from notification where user_id = ? and link = ?", String.class,
				user, "/referrals/" + referral);
	}

	@Test
	void theReceiversHearOfASendingAndAWithdrawalOnceTheSenderOfTheOtherChanges() throws Exception {
		ReferralFixtures.World w = new ReferralFixtures(context).world();
		UUID referral = UUID.randomUUID();
		ReferralSent sent = new ReferralSent(referral, w.territory(), w.service(), Map.of("fr", "Épicerie"),
				w.organisation(), w.organisationName(), w.agent().userId(), "Agathe Agent", Instant.now());
		listener.on(sent);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(lines(w.partner().userId(), referral)).hasSize(1));
		listener.on(sent);
		assertThat(lines(w.partner().userId(), referral)).containsExactly("notification.referral.sent");
		assertThat(lines(w.otherPartner().userId(), referral)).isEmpty();
		assertThat(lines(w.agent().userId(), referral)).isEmpty();

		ReferralStatusChanged accepted = change(w, referral, w.partner().userId(), ReferralStatus.ACCEPTED);
		listener.on(accepted);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(lines(w.agent().userId(), referral)).hasSize(1));
		listener.on(accepted);
		listener.on(change(w, referral, w.agent().userId(), ReferralStatus.WITHDRAWN));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(lines(w.partner().userId(), referral)).hasSize(2));
		Thread.sleep(500);
		assertThat(lines(w.agent().userId(), referral)).containsExactly("notification.referral.status.ACCEPTED");
		assertThat(lines(w.partner().userId(), referral)).containsExactlyInAnyOrder("notification.referral.sent",
				"notification.referral.withdrawn");
		assertThat(lines(w.agent().userId(), referral)).hasSize(1);
	}

	@Test
	void anOrganisationWithoutAccountsGetsNoLine() throws Exception {
		ReferralFixtures.World w = new ReferralFixtures(context).world();
		UUID lonely = new ReferralFixtures(context).organisation(w.territory(), ReferralFixtures.unique("Sans compte"));
		UUID referral = UUID.randomUUID();
		listener.on(new ReferralSent(referral, w.territory(), w.service(), Map.of("fr", "Épicerie"), lonely, "Sans",
				w.agent().userId(), "Agathe Agent", Instant.now()));
		Thread.sleep(1000);
		assertThat(jdbc.queryForObject("select count(*) from notification where link = ?", Integer.class,
				"/referrals/" + referral)).isZero();
	}

	private static ReferralStatusChanged change(ReferralFixtures.World w, UUID referral, UUID actor,
			ReferralStatus to) {
		return new ReferralStatusChanged(UUID.randomUUID(), referral, w.territory(), w.service(),
				Map.of("fr", "Épicerie"), w.organisation(), w.organisationName(), w.agent().userId(), actor, "Someone",
				ReferralStatus.SENT, to, null, Instant.now());
	}

}
