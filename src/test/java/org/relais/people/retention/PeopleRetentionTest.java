package org.relais.people.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.people.BeneficiaryAnonymised;
import org.relais.people.ConsentMethod;
import org.relais.people.ContactPreference;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The nightly anonymisation, with the clock moved: the territory's own period decides. */
@SpringBootTest
@RecordApplicationEvents
class PeopleRetentionTest {

	@Autowired
	PeopleRetention retention;

	@Autowired
	People people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	private UUID person(UUID territory, String name, Instant lastActivity) {
		UUID id = people.create(territory, new NewBeneficiary("Eva", name, false, null, 1970, "69001", null,
				"06 00 00 00 01", "eva@example.org", Set.of("fr"), ContactPreference.PHONE, Set.of("seniors"), 5, false,
				"note"), null).id();
		people.recordConsent(territory, id, "Orientation", ConsentMethod.ORAL, null);
		jdbc.update("update ppl_beneficiary set last_activity_at = ? where id = ?", Timestamp.from(lastActivity), id);
		return id;
	}

	@Test
	void peopleInactiveLongerThanTheirTerritorysPeriodAreAnonymised() {
		TestAccounts accounts = new TestAccounts(context);
		UUID byDefault = accounts.newTerritory();
		UUID longer = accounts.newTerritory();
		retention.setMonths(longer, 36, null);
		// the moved clock: a real "now" (the shared database holds demo people active today), last activity moved back
		Instant now = Instant.now();
		Instant months23 = now.atOffset(ZoneOffset.UTC).minusMonths(23).toInstant();
		Instant months25 = now.atOffset(ZoneOffset.UTC).minusMonths(25).toInstant();
		UUID recent = person(byDefault, "Recent", months23);
		UUID old = person(byDefault, "Ancienne", months25);
		UUID kept = person(longer, "Gardee", months25);

		assertThat(retention.anonymiseInactive(now)).isGreaterThanOrEqualTo(1);

		assertThat(jdbc.queryForMap("select * from ppl_beneficiary where id = ?", old)).satisfies(row -> {
			assertThat(row.get("ANONYMISED_AT")).isNotNull();
			assertThat(row.get("FIRST_NAME")).isNull();
			assertThat(row.get("LAST_NAME")).isEqualTo("anonymised");
			assertThat(row.get("PHONE")).isNull();
			assertThat(row.get("EMAIL")).isNull();
			assertThat(row.get("BIRTH_YEAR")).isNull();
			assertThat(row.get("NOTES")).isNull();
			assertThat(row.get("SITUATIONS")).isNull();
			assertThat(row.get("LANGUAGES")).isNull();
		});
		assertThat(jdbc.queryForObject("select count(*) from ppl_consent where beneficiary_id = ?", Long.class, old))
			.isZero();
		assertThat(people.search(byDefault, "ancienne", 5)).isEmpty();
		assertThat(events.stream(BeneficiaryAnonymised.class)).anyMatch(e -> e.beneficiaryId().equals(old)
				&& e.territoryId().equals(byDefault) && e.at().equals(now));

		for (UUID stays : new UUID[] { recent, kept }) {
			assertThat(jdbc.queryForObject("select anonymised_at from ppl_beneficiary where id = ?", Timestamp.class,
					stays)).isNull();
		}
		assertThat(events.stream(BeneficiaryAnonymised.class)).noneMatch(e -> e.beneficiaryId().equals(recent)
				|| e.beneficiaryId().equals(kept));
	}

	@Test
	void touchingAPersonPostponesTheirAnonymisation() {
		UUID territory = new TestAccounts(context).newTerritory();
		Instant now = Instant.now();
		UUID id = person(territory, "Touchee", now.atOffset(ZoneOffset.UTC).minusMonths(30).toInstant());
		people.touch(territory, id);
		retention.anonymiseInactive(now.plusSeconds(60));
		assertThat(jdbc.queryForObject("select anonymised_at from ppl_beneficiary where id = ?", Timestamp.class, id))
			.isNull();
	}

}
