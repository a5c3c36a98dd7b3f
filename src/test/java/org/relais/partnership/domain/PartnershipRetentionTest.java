package org.relais.partnership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.partnership.domain.Partnerships.Actor;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Refused requests go a year after the refusal, with their history and links; recent ones stay. */
@SpringBootTest
class PartnershipRetentionTest {

	@Autowired
	Partnerships partnerships;

	@Autowired
	PartnershipRetention retention;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRequestRefusedMoreThanAYearAgoIsDeletedWithItsHistory() {
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		UUID old = refused(lyon, "Ancienne " + UUID.randomUUID());
		UUID recent = refused(lyon, "Récente " + UUID.randomUUID());
		jdbc.update("update pts_request set updated_at = ? where id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofDays(400))), old);

		retention.purge();

		assertThat(count("pts_request where id = ?", old)).isZero();
		assertThat(count("pts_step where request_id = ?", old)).isZero();
		assertThat(count("pts_link where request_id = ?", old)).isZero();
		assertThat(count("pts_request where id = ?", recent)).isOne();
	}

	private UUID refused(UUID territory, String name) {
		UUID id = partnerships.submit(territory, new Application(name, "ASSOCIATION", null, "1 rue de la Paix",
				"69001", "Lyon", "+33 4 00 00 00 00", "asso@example.org", null, "Anne Durand", "Présidente",
				"anne@example.org", "Paul Martin", "paul@example.org", null, "fr", "Aide aux devoirs."))
			.requestId();
		partnerships.refuse(territory, id, "Hors du territoire.", new Actor(null, "Test"));
		return id;
	}

	private int count(String from, UUID id) {
		return jdbc.queryForObject("select count(*) from " + from, Integer.class, id);
	}

}
