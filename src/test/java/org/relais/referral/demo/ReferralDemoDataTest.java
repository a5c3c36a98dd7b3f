package org.relais.referral.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.directory.DirectoryCatalog;
import org.relais.platform.AccountDirectory;
import org.relais.referral.ReferralStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo has referrals in every state, most received by the demo partner, and a restart adds none. */
@SpringBootTest
class ReferralDemoDataTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReferralDemoData demo;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	DirectoryCatalog directory;

	@Test
	void everyStateIsShownInLyonAndTheDemoPartnerHasAnInbox() {
		UUID lyon = accounts.findByEmail("agent@demo.relais").orElseThrow().currentTerritoryId();
		List<String> states = jdbc.queryForList("select distinct status from ref_referral where territory_id = ?"
				+ " and idempotency_key like 'demo-%'", String.class, lyon);
		assertThat(states).containsExactlyInAnyOrder(java.util.Arrays.stream(ReferralStatus.values())
			.map(Enum::name)
			.toArray(String[]::new));
		assertThat(jdbc.queryForList("select distinct outcome from ref_referral where territory_id = ? and outcome is not null"
				+ " and idempotency_key like 'demo-%'", String.class, lyon)).containsExactlyInAnyOrder("RESOLVED", "UNRESOLVED");
		UUID partner = accounts.findByEmail("partner@demo.relais").orElseThrow().userId();
		int received = 0;
		for (UUID org : directory.memberOrganisations(partner)) {
			received += jdbc.queryForObject("select count(*) from ref_referral where organisation_id = ?"
					+ " and idempotency_key like 'demo-%'", Integer.class, org);
		}
		assertThat(received).as("the demo partner's inbox").isGreaterThanOrEqualTo(5);

		int before = jdbc.queryForObject("select count(*) from ref_referral where idempotency_key like 'demo-%'",
				Integer.class);
		ApplicationArguments none = new DefaultApplicationArguments();
		demo.run(none);
		assertThat(jdbc.queryForObject("select count(*) from ref_referral where idempotency_key like 'demo-%'",
				Integer.class)).as("a restart adds nothing").isEqualTo(before);
	}

}
