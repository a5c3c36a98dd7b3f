package org.relais.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.platform.AccountDirectory;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Organisations brought in by partner onboarding: active at once, with their location; members made admins once. */
@SpringBootTest
class PartnerOrganisationsTest {

	@Autowired
	PartnerOrganisations organisations;

	@Autowired
	DirectoryCatalog catalog;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	AccountDirectory accounts;

	@Test
	void aValidatedOrganisationIsActiveWithItsLocationAndItsAdmin() {
		UUID zurich = territories.findBySlug("kanton-zuerich").orElseThrow().id();
		String name = "Onboarding " + UUID.randomUUID();
		UUID id = organisations.createValidated(new NewPartnerOrganisation(zurich, "de", name, "SOCIAL_SERVICE",
				"CHE", "CHE-116.281.710", "info@example.org", "+41 44 000 00 00", "https://example.org",
				"Langstrasse 1", "8004", "Zürich", "CH"), null, "Test");
		assertThat(catalog.organisation(zurich, id, "de")).hasValueSatisfying(o -> {
			assertThat(o.name()).isEqualTo(name);
			assertThat(o.kind()).isEqualTo("SOCIAL_SERVICE");
		});
		assertThat(catalog.locations(zurich)).anySatisfy(l -> {
			assertThat(l.organisationId()).isEqualTo(id);
			assertThat(l.oneLine()).isEqualTo(name + ", Langstrasse 1, 8004 Zürich");
		});

		UUID user = accounts.findByEmail("agent@ch.demo.relais").orElseThrow().userId();
		organisations.addAdmin(id, user, null);
		organisations.addAdmin(id, user, null);
		assertThat(catalog.organisationMembers(id)).containsExactly(user);
		assertThatThrownBy(() -> organisations.addAdmin(UUID.randomUUID(), user, null))
			.isInstanceOf(NotFoundException.class);
	}

}
