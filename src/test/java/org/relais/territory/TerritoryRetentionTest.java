package org.relais.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.territory.domain.TerritoryRetention;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class TerritoryRetentionTest {

	@Autowired
	TerritoryRetention retention;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void oldInvitationsGoAndRecentOnesStay() {
		UUID territory = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		UUID old = insertInvitation(territory, Instant.now().minus(40, ChronoUnit.DAYS));
		UUID recent = insertInvitation(territory, Instant.now().minus(5, ChronoUnit.DAYS));

		retention.purge();

		assertThat(count(old)).isZero();
		assertThat(count(recent)).isOne();
	}

	private UUID insertInvitation(UUID territory, Instant expiredAt) {
		UUID id = UUID.randomUUID();
		jdbc.update("insert into invitation (id, territory_id, email, display_name, roles, language, token_hash, "
				+ "created_at, expires_at) values (?, ?, ?, ?, 'AGENT', 'fr', ?, ?, ?)", id, territory,
				id + "@retention.test", "Retention Test", id.toString().replace("-", ""),
				Timestamp.from(expiredAt.minus(7, ChronoUnit.DAYS)), Timestamp.from(expiredAt));
		return id;
	}

	private int count(UUID id) {
		return jdbc.queryForObject("select count(*) from invitation where id = ?", Integer.class, id);
	}

}
