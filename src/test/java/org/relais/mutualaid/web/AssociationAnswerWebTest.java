package org.relais.mutualaid.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.directory.NewPartnerOrganisation;
import org.relais.directory.PartnerOrganisations;
import org.relais.mutualaid.ActionStatus;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.AssignmentStatus;
import org.relais.mutualaid.RequestSource;
import org.relais.mutualaid.action.ActionAssignment;
import org.relais.mutualaid.action.ActionAssignmentRepository;
import org.relais.mutualaid.action.ActionRequest;
import org.relais.mutualaid.action.ActionRequestRepository;
import org.relais.mutualaid.association.AssociationSpace;
import org.relais.mutualaid.dispatch.DispatchWorld;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The association's requests to answer: an association of a territory of its own answering visits, with two members
 * who are ready volunteers and a volunteer who is not a member. The list shows what may be known before acceptance
 * (never the place, notes or person's name); answering assigns the member for the association; a taken request, a
 * non-member, another type or territory, another partner kind and an agent are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssociationAnswerWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	ActionRequestRepository requests;

	@Autowired
	ActionAssignmentRepository assignments;

	@Autowired
	PartnerOrganisations organisations;

	@Autowired
	AssociationSpace space;

	/** A territory with an association answering visits, its partner admin, two ready members and a stranger. */
	class World {

		final DispatchWorld w = new DispatchWorld(context);

		final TestAccounts accounts = new TestAccounts(context);

		final String tag = UUID.randomUUID().toString().substring(0, 6);

		final UUID org = organisations.createValidated(new NewPartnerOrganisation(w.territory, "fr",
				"Entraide " + tag, "ASSOCIATION", null, null, null, null, null, "1 rue de la Paix", "69001", "Lyon",
				"FR"), null, "test");

		final RelaisPrincipal partner;

		final Volunteer member = w.volunteer("Membre", true, true, true, ActionType.VISIT);

		final Volunteer second = w.volunteer("Seconde", true, true, true, ActionType.VISIT);

		final Volunteer stranger = w.volunteer("Etranger", true, true, true, ActionType.VISIT);

		World() {
			space.save(w.territory, org, true, Set.of(ActionType.VISIT), null);
			String email = TestAccounts.uniqueEmail("asso");
			organisations.addAdmin(org, accounts.createUser(email, "Partenaire " + tag, w.territory, Role.PARTNER),
					null);
			partner = accounts.principal(email);
			organisations.addAdmin(org, member.getUserId(), null);
			organisations.addAdmin(org, second.getUserId(), null);
		}

		ActionRequest request(UUID territory, UUID person, ActionType type) {
			ActionRequest r = new ActionRequest(territory, "AS-" + UUID.randomUUID().toString().substring(0, 8),
					person, type, RequestSource.AGENT, null, Instant.now());
			r.details("7 rue Secrète " + tag, "Code porte secret " + tag, false);
			r.moveTo(ActionStatus.DISPATCHED, Instant.now());
			return requests.save(r);
		}

	}

	@Test
	void theListShowsWhatMayBeKnownAndTheReadyMembers() throws Exception {
		World x = new World();
		ActionRequest r = x.request(x.w.territory, x.w.person, ActionType.VISIT);
		ActionRequest shopping = x.request(x.w.territory, x.w.person, ActionType.SHOPPING);
		String page = mvc.perform(get("/partner/mutualaid/requests").with(user(x.partner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(r.getReference())
			.contains(x.member.displayName())
			.contains(x.second.displayName())
			.contains(text("mutualaid.answer.submit"))
			.doesNotContain(shopping.getReference())
			.doesNotContain(x.stranger.displayName())
			.doesNotContain("Secrète " + x.tag)
			.doesNotContain("secret " + x.tag)
			.doesNotContain("Isolée");
	}

	@Test
	void answeringAssignsTheMemberForTheAssociationThenATakenRequestIsRefused() throws Exception {
		World x = new World();
		ActionRequest r = x.request(x.w.territory, x.w.person, ActionType.VISIT);
		mvc.perform(answer(x.partner, r.getId(), x.member.getId()))
			.andExpect(redirectedUrl("/partner/mutualaid/requests?org=" + x.org));
		ActionAssignment a = assignments.findByRequestIdAndVolunteerId(r.getId(), x.member.getId()).orElseThrow();
		assertThat(a.getStatus()).isEqualTo(AssignmentStatus.ACCEPTED);
		assertThat(a.getAssociationId()).isEqualTo(x.org);
		assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(ActionStatus.ACCEPTED);
		String page = mvc.perform(get("/partner/mutualaid/requests").with(user(x.partner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(text("mutualaid.answer.missions.title")).contains(r.getReference())
			.contains(x.member.displayName());
		// taken meanwhile: a message, nothing changed
		String refused = mvc.perform(answer(x.partner, r.getId(), x.second.getId()))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains(text("mutualaid.answer.error.taken")).contains("aria-invalid=\"true\"");
		assertThat(assignments.findByRequestIdAndVolunteerId(r.getId(), x.second.getId())).isEmpty();
		assertThat(assignments.findByRequestIdOrderByOfferedAt(r.getId())).hasSize(1);
	}

	@Test
	void aNonMemberOrNoVolunteerIsRefusedAndNothingIsWritten() throws Exception {
		World x = new World();
		ActionRequest r = x.request(x.w.territory, x.w.person, ActionType.VISIT);
		mvc.perform(answer(x.partner, r.getId(), x.stranger.getId()))
			.andExpect(status().is(422))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains(text("mutualaid.dispatch.error.notMember")));
		mvc.perform(post("/partner/mutualaid/requests/{id}/answer", r.getId()).param("volunteer", "pas-un-id")
			.with(user(x.partner)).with(csrf()))
			.andExpect(status().is(422))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains(text("mutualaid.answer.error.volunteer")));
		assertThat(assignments.findByRequestIdOrderByOfferedAt(r.getId())).isEmpty();
		assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(ActionStatus.DISPATCHED);
	}

	@Test
	void anotherTypeOrTerritoryAnotherPartnerKindAndAnAgentGetA404() throws Exception {
		World x = new World();
		ActionRequest r = x.request(x.w.territory, x.w.person, ActionType.VISIT);
		ActionRequest shopping = x.request(x.w.territory, x.w.person, ActionType.SHOPPING);
		mvc.perform(answer(x.partner, shopping.getId(), x.member.getId())).andExpect(status().isNotFound());
		World other = new World();
		ActionRequest elsewhere = other.request(other.w.territory, other.w.person, ActionType.VISIT);
		mvc.perform(answer(x.partner, elsewhere.getId(), x.member.getId())).andExpect(status().isNotFound());
		mvc.perform(answer(x.partner, UUID.randomUUID(), x.member.getId())).andExpect(status().isNotFound());
		TestAccounts accounts = new TestAccounts(context);
		for (RelaisPrincipal p : new RelaisPrincipal[] { accounts.principal("care@demo.relais"),
				accounts.principal("agent@demo.relais"), x.w.agent }) {
			mvc.perform(get("/partner/mutualaid/requests").with(user(p))).andExpect(status().isNotFound());
			mvc.perform(answer(p, r.getId(), x.member.getId())).andExpect(status().isNotFound());
		}
		assertThat(assignments.findByRequestIdOrderByOfferedAt(r.getId())).isEmpty();
		assertThat(assignments.findByRequestIdOrderByOfferedAt(shopping.getId())).isEmpty();
		assertThat(assignments.findByRequestIdOrderByOfferedAt(elsewhere.getId())).isEmpty();
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder answer(RelaisPrincipal p,
			UUID request, UUID volunteer) {
		return post("/partner/mutualaid/requests/{id}/answer", request).param("volunteer", volunteer.toString())
			.with(user(p))
			.with(csrf());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.FRENCH);
	}

}
