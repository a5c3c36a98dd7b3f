package org.relais.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.platform.AccountDirectory;
import org.relais.platform.Role;
import org.relais.territory.domain.InvitationRepository;
import org.relais.territory.domain.Invitations;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The façade other modules use to invite people: the invitation's id comes back, and accepting it publishes
 * {@link InvitationAccepted} with that id, the new account and the territory; the territory's admins are listed.
 */
@SpringBootTest
@RecordApplicationEvents
class TerritoryAccountsTest {

	@Autowired
	TerritoryAccounts accounts;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	InvitationRepository invitationRows;

	@Autowired
	AccountDirectory directory;

	@Test
	void anInvitationAcceptedIsPublishedWithItsId(@Autowired Invitations invitations, ApplicationEvents events) {
		UUID zurich = territories.findBySlug("kanton-zuerich").orElseThrow().id();
		String email = "facade-" + UUID.randomUUID() + "@example.org";
		UUID id = accounts.invite(zurich, email, "Fassade Test", Set.of(Role.PARTNER), "de", "Relais");
		assertThat(invitationRows.findById(id)).hasValueSatisfying(i -> {
			assertThat(i.getEmail()).isEqualTo(email);
			assertThat(i.getRoles()).containsExactly(Role.PARTNER);
		});
		String token = events.stream(InvitationIssued.class)
			.filter(e -> e.invitationId().equals(id))
			.map(e -> e.link().substring(e.link().lastIndexOf('/') + 1))
			.findFirst()
			.orElseThrow();

		UUID user = invitations.accept(token, TestAccounts.PASSWORD);

		assertThat(events.stream(InvitationAccepted.class).filter(e -> e.invitationId().equals(id)))
			.containsExactly(new InvitationAccepted(id, user, zurich, email));
	}

	@Test
	void theTerritoryAdminsAreListed() {
		UUID zurich = territories.findBySlug("kanton-zuerich").orElseThrow().id();
		UUID admin = directory.findByEmail("admin@ch.demo.relais").orElseThrow().userId();
		UUID agent = directory.findByEmail("agent@ch.demo.relais").orElseThrow().userId();
		assertThat(accounts.territoryAdmins(zurich)).contains(admin).doesNotContain(agent);
	}

}
