package org.relais.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The people module on the real database: creation, search, duplicates, territory isolation, logged reads, consent. */
@SpringBootTest
class PeopleTest {

	@Autowired
	People people;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	UUID territory;

	UUID other;

	RelaisPrincipal agent;

	@BeforeEach
	void signIn() {
		accounts = new TestAccounts(context);
		territory = accounts.newTerritory();
		other = accounts.newTerritory();
		String email = TestAccounts.uniqueEmail("agent");
		accounts.createUser(email, "Agent Test", territory, Role.AGENT);
		agent = accounts.principal(email);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(agent, null, agent.getAuthorities()));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static NewBeneficiary person(String first, String last, Integer year, String phone) {
		return new NewBeneficiary(first, last, false, null, year, "69001", "69381", phone, null, Set.of("fr", "ar"),
				ContactPreference.PHONE, Set.of("personnes-exilees"), 5, true, null);
	}

	@Test
	void aPersonIsFoundByNameBirthYearOrPhoneInTheirTerritoryOnly() {
		BeneficiarySummary amira = people.create(territory, person("Amira", "Ben Salah-Durand", 1987, "06 12 34 56 78"),
				agent.userId());
		people.create(other, person("Amira", "Ben Salah-Durand", 1987, "06 12 34 56 78"), null);

		assertThat(people.search(territory, "ben salah", 20)).extracting(BeneficiarySummary::id).containsExactly(amira.id());
		assertThat(people.search(territory, "Dùrand", 20)).extracting(BeneficiarySummary::id).containsExactly(amira.id());
		assertThat(people.search(territory, "1987", 20)).extracting(BeneficiarySummary::id).contains(amira.id());
		assertThat(people.search(territory, "+33 6 12 34 56 78", 20)).extracting(BeneficiarySummary::id)
			.containsExactly(amira.id());
		assertThat(people.search(territory, "Lefebvre", 20)).isEmpty();
		assertThat(people.search(territory, "", 20)).isEmpty();
		assertThat(people.read(other, amira.id())).as("another territory does not see them").isEmpty();
	}

	@Test
	void likelyDuplicatesAreFlaggedBeforeCreation() {
		BeneficiarySummary first = people.create(territory, person("Élodie", "Martin", 1990, null), agent.userId());
		BeneficiarySummary byPhone = people.create(territory, person("Jean", "Roux", 1950, "0478000000"), agent.userId());

		assertThat(people.likelyDuplicates(territory, person("elodie", "MARTIN", 1990, null)))
			.extracting(BeneficiarySummary::id).containsExactly(first.id());
		assertThat(people.likelyDuplicates(territory, person("Elodie", "Martin", null, null)))
			.as("no birth year: the name is enough").extracting(BeneficiarySummary::id).containsExactly(first.id());
		assertThat(people.likelyDuplicates(territory, person("Élodie", "Martin", 2004, null)))
			.as("another birth year: another person").isEmpty();
		assertThat(people.likelyDuplicates(territory, person("J.", "Roux", null, "+33 4 78 00 00 00")))
			.extracting(BeneficiarySummary::id).containsExactly(byPhone.id());
		assertThat(people.likelyDuplicates(other, person("Élodie", "Martin", 1990, null))).isEmpty();
	}

	@Test
	void everyReadOfARecordIsLogged() {
		BeneficiarySummary p = people.create(territory,
				new NewBeneficiary("Lucas", "Petit", false, LocalDate.of(2001, 3, 4), null, "69100", null, null, null,
						null, null, null, null, false, "prefers mornings"),
				agent.userId());
		int before = reads(p.id());

		BeneficiaryRecord record = people.read(territory, p.id()).orElseThrow();

		assertThat(record.birthYear()).isEqualTo(2001);
		assertThat(record.contactPreference()).isEqualTo(ContactPreference.THROUGH_REFERENT);
		assertThat(record.notes()).isEqualTo("prefers mornings");
		assertThat(reads(p.id())).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("select actor_user_id from personal_data_access where subject_id = ?", UUID.class,
				p.id())).isEqualTo(agent.userId());
		people.read(other, p.id());
		assertThat(reads(p.id())).as("a refused read shows nothing and logs nothing").isEqualTo(before + 1);
	}

	@Test
	void consentIsRecordedWithdrawnAndCheckedPerPurpose() {
		BeneficiarySummary p = people.create(territory, person("Sara", "Nouri", 1979, null), agent.userId());
		String purpose = "referral:" + UUID.randomUUID();
		assertThat(people.hasCurrentConsent(territory, p.id(), purpose)).isFalse();

		ConsentSummary c = people.recordConsent(territory, p.id(), purpose, ConsentMethod.ORAL, agent.userId());
		assertThat(people.hasCurrentConsent(territory, p.id(), purpose)).isTrue();
		assertThat(people.hasCurrentConsent(territory, p.id(), "another purpose")).isFalse();
		assertThat(people.withdrawConsent(other, c.id(), agent.userId())).as("not from another territory").isEmpty();

		assertThat(people.withdrawConsent(territory, c.id(), agent.userId())).hasValueSatisfying(w -> {
			assertThat(w.current()).isFalse();
		});
		assertThat(people.hasCurrentConsent(territory, p.id(), purpose)).isFalse();
		assertThat(people.consents(territory, p.id())).hasSize(1);
		assertThatThrownBy(() -> people.recordConsent(other, p.id(), purpose, ConsentMethod.WRITTEN, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private int reads(UUID subject) {
		return jdbc.queryForObject("select count(*) from personal_data_access where subject_id = ?", Integer.class,
				subject);
	}

}
