package org.relais.mutualaid.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.relais.mutualaid.ActionStatus;
import org.relais.mutualaid.AssignmentStatus;
import org.relais.mutualaid.RequestSource;
import org.relais.mutualaid.action.ActionAssignment;
import org.relais.mutualaid.action.ActionAssignmentRepository;
import org.relais.mutualaid.action.ActionRequest;
import org.relais.mutualaid.action.ActionRequestRepository;
import org.relais.mutualaid.dispatch.DispatchWorld;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The dispatch's pages through MockMvc: the desk's "action" type, the staff's list, new request (a missing date for
 * "on a date" refused next to the field, nothing written), detail with dispatch and cancel; the volunteer's offer
 * (no place or notes before accepting), acceptance, another volunteer's mission 404, an expired insurance refused,
 * report; the medico-social partner's signal (consent required; a partner of another kind gets 404); the admin's
 * settings (out-of-range refused); the person's pathway line.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MutualAidDispatchWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	ActionRequestRepository requests;

	@Autowired
	ActionAssignmentRepository assignments;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private MockHttpServletResponse perform(RequestBuilder b) throws Exception {
		SecurityContextHolder.clearContext();
		return mvc.perform(b).andReturn().getResponse();
	}

	private static String body(MockHttpServletResponse r) throws Exception {
		return r.getContentAsString(StandardCharsets.UTF_8);
	}

	private List<ActionRequest> requestsOf(UUID person) {
		return requests.findByPersonIdOrderByCreatedAtDesc(person);
	}

	@Test
	void theDeskTakesAVisitAndDispatchesIt() throws Exception {
		DispatchWorld w = new DispatchWorld(context);
		Volunteer v = w.volunteer("Lina", true, true, true);
		MockHttpServletResponse missingDate = perform(post("/desk/requests").param("person", w.person.toString())
			.param("type", "action")
			.param("channel", "PHONE")
			.param("field.actionType", "VISIT")
			.param("field.when", "ON_DATE")
			.param("field.dayPart", "ANY")
			.param("field.twoPerson", "no")
			.with(user(w.agent))
			.with(csrf()));
		assertThat(missingDate.getStatus()).isEqualTo(422);
		assertThat(body(missingDate)).contains("Ce choix demande une date.");
		assertThat(requestsOf(w.person)).isEmpty();

		MockHttpServletResponse taken = perform(post("/desk/requests").param("person", w.person.toString())
			.param("type", "action")
			.param("channel", "PHONE")
			.param("field.actionType", "VISIT")
			.param("field.when", "WITHIN_7")
			.param("field.dayPart", "ANY")
			.param("field.notes", "Code 1234")
			.param("field.twoPerson", "no")
			.with(user(w.agent))
			.with(csrf()));
		assertThat(taken.getStatus()).isEqualTo(302);
		ActionRequest r = requestsOf(w.person).get(0);
		assertThat(r.getSource()).isEqualTo(RequestSource.DESK);
		assertThat(r.getDeskRequestId()).isNotNull();
		assertThat(r.getStatus()).isEqualTo(ActionStatus.DISPATCHED);
		assertThat(r.getReference()).matches("ENT-[2-9A-HJKMNP-Z]{6}");
		assertThat(assignments.findByRequestIdAndVolunteerId(r.getId(), v.getId())).isPresent();
		assertThat(jdbc.queryForObject("select status from dsk_request where id = ?", String.class,
				r.getDeskRequestId())).isEqualTo("IN_PROGRESS");

		// the volunteer accepts: the desk request stays in progress; done once reported
		UUID offer = assignments.findByRequestIdAndVolunteerId(r.getId(), v.getId()).orElseThrow().getId();
		RelaisPrincipal volunteer = w.principalOf(v);
		assertThat(perform(post("/volunteer/missions/{id}/accept", offer).with(user(volunteer)).with(csrf()))
			.getStatus()).isEqualTo(302);
		assertThat(perform(post("/volunteer/missions/{id}/report", offer).param("report", "Bonne visite")
			.param("minutes", "45")
			.with(user(volunteer))
			.with(csrf())).getStatus()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select status from dsk_request where id = ?", String.class,
				r.getDeskRequestId())).isEqualTo("DONE");

		// the pathway shows the action with the volunteer's first name
		String pathway = body(perform(get("/people/{id}/pathway", w.person).with(user(w.agent))));
		assertThat(pathway).contains(r.getReference(), "Lina");
	}

	@Test
	void theStaffPagesListTakeShowDispatchAndCancel() throws Exception {
		DispatchWorld w = new DispatchWorld(context);
		w.volunteer("Noé", true, true, false, org.relais.mutualaid.ActionType.WALK, org.relais.mutualaid.ActionType.VISIT);
		assertThat(perform(get("/mutualaid/requests").with(user(w.agent))).getStatus()).isEqualTo(200);
		String find = body(perform(get("/mutualaid/requests/new").param("q", "Odette").with(user(w.agent))));
		assertThat(find).contains("/mutualaid/requests/new?person=" + w.person);
		assertThat(perform(get("/mutualaid/requests/new").param("person", w.person.toString()).with(user(w.agent)))
			.getStatus()).isEqualTo(200);
		assertThat(perform(get("/mutualaid/requests/new").param("person", UUID.randomUUID().toString())
			.with(user(w.agent))).getStatus()).isEqualTo(404);

		MockHttpServletResponse bad = perform(post("/mutualaid/requests/new").param("person", w.person.toString())
			.param("actionType", "VISIT")
			.param("when", "ON_DATE")
			.param("dayPart", "ANY")
			.with(user(w.agent))
			.with(csrf()));
		assertThat(bad.getStatus()).isEqualTo(200);
		assertThat(body(bad)).contains("Ce choix demande une date.", "aria-invalid=\"true\"");
		assertThat(requestsOf(w.person)).isEmpty();

		MockHttpServletResponse ok = perform(post("/mutualaid/requests/new").param("person", w.person.toString())
			.param("actionType", "WALK")
			.param("when", "ON_DATE")
			.param("date", LocalDate.now().plusDays(2).toString())
			.param("dayPart", "AFTERNOON")
			.param("place", "Parc de la Tête d’Or")
			.with(user(w.agent))
			.with(csrf()));
		assertThat(ok.getStatus()).isEqualTo(302);
		ActionRequest r = requestsOf(w.person).get(0);
		assertThat(r.getStatus()).isEqualTo(ActionStatus.DISPATCHED);
		String detail = body(perform(get("/mutualaid/requests/{id}", r.getId()).with(user(w.agent))));
		assertThat(detail).contains(r.getReference(), "Parc de la Tête d’Or", "Noé", "Promenade");

		MockHttpServletResponse noReason = perform(post("/mutualaid/requests/{id}/cancel", r.getId())
			.param("reason", " ")
			.with(user(w.agent))
			.with(csrf()));
		assertThat(body(noReason)).contains("Indiquez la raison de l’annulation.");
		assertThat(perform(post("/mutualaid/requests/{id}/cancel", r.getId()).param("reason", "Hospitalisée")
			.with(user(w.agent))
			.with(csrf())).getStatus()).isEqualTo(302);
		assertThat(requests.findById(r.getId()).orElseThrow().getStatus()).isEqualTo(ActionStatus.CANCELLED);
		assertThat(assignments.findByRequestIdOrderByOfferedAt(r.getId())).extracting(ActionAssignment::getStatus)
			.containsOnly(AssignmentStatus.WITHDRAWN);
		assertThat(perform(post("/mutualaid/requests/{id}/dispatch", r.getId()).with(user(w.agent)).with(csrf()))
			.getStatus()).isEqualTo(200);

		// a volunteer or a partner does not reach the staff's pages
		RelaisPrincipal partner = accounts.findByEmail("partner@demo.relais").orElseThrow();
		assertThat(perform(get("/mutualaid/requests").with(user(partner))).getStatus()).isEqualTo(404);
	}

	@Test
	void aVolunteerSeesThePlaceOnlyAfterAcceptingAndAnExpiredInsuranceIsRefused() throws Exception {
		DispatchWorld w = new DispatchWorld(context);
		Volunteer first = w.volunteer("Hugo", true, true, true);
		Volunteer second = w.volunteer("Inès", true, true, true);
		perform(post("/mutualaid/requests/new").param("person", w.person.toString())
			.param("actionType", "VISIT")
			.param("when", "WITHIN_15")
			.param("place", "Résidence Les Acacias, bâtiment B")
			.param("notes", "Code porte 7741")
			.param("twoPerson", "no")
			.with(user(w.agent))
			.with(csrf()));
		ActionRequest r = requestsOf(w.person).get(0);
		UUID offerFirst = assignments.findByRequestIdAndVolunteerId(r.getId(), first.getId()).orElseThrow().getId();
		UUID offerSecond = assignments.findByRequestIdAndVolunteerId(r.getId(), second.getId()).orElseThrow().getId();
		RelaisPrincipal hugo = w.principalOf(first);
		RelaisPrincipal ines = w.principalOf(second);

		String list = body(perform(get("/volunteer/missions").with(user(hugo))));
		assertThat(list).contains(r.getReference()).doesNotContain("7741", "Acacias");
		String offered = body(perform(get("/volunteer/missions/{id}", offerFirst).with(user(hugo))));
		assertThat(offered).contains("Visite de convivialité", "Testville").doesNotContain("7741", "Acacias", "Odette");
		assertThat(perform(get("/volunteer/missions/{id}", offerSecond).with(user(hugo))).getStatus()).isEqualTo(404);
		assertThat(perform(get("/volunteer/missions").with(user(w.agent))).getStatus()).isEqualTo(404);

		// Inès's insurance expires before she answers: refused with a message, nothing changes
		w.expireInsurance(second);
		MockHttpServletResponse refused = perform(post("/volunteer/missions/{id}/accept", offerSecond)
			.with(user(ines))
			.with(csrf()));
		assertThat(body(refused)).contains("un justificatif manque ou a expiré");
		assertThat(assignments.findById(offerSecond).orElseThrow().getStatus()).isEqualTo(AssignmentStatus.OFFERED);

		assertThat(perform(post("/volunteer/missions/{id}/accept", offerFirst).with(user(hugo)).with(csrf()))
			.getStatus()).isEqualTo(302);
		String accepted = body(perform(get("/volunteer/missions/{id}", offerFirst).with(user(hugo))));
		assertThat(accepted).contains("7741", "Acacias", "Odette", "04 78 00 00 00").doesNotContain("Isolée");
		assertThat(assignments.findById(offerSecond).orElseThrow().getStatus())
			.isEqualTo(AssignmentStatus.WITHDRAWN);
		MockHttpServletResponse late = perform(post("/volunteer/missions/{id}/accept", offerSecond)
			.with(user(ines))
			.with(csrf()));
		assertThat(body(late)).contains("Un ou une autre bénévole l’a déjà prise.");

		MockHttpServletResponse noMinutes = perform(post("/volunteer/missions/{id}/report", offerFirst)
			.param("report", "Visite agréable")
			.param("minutes", "beaucoup")
			.with(user(hugo))
			.with(csrf()));
		assertThat(body(noMinutes)).contains("Indiquez le temps passé en minutes.");
		MockHttpServletResponse concern = perform(post("/volunteer/missions/{id}/concern", offerFirst)
			.param("level", "MEDIUM")
			.param("text", "Réfrigérateur vide.")
			.with(user(hugo))
			.with(csrf()));
		assertThat(concern.getStatus()).isEqualTo(302);
		assertThat(body(perform(get("/mutualaid/requests/{id}", r.getId()).with(user(w.agent))))).contains(
				"Réfrigérateur vide.", "Moyen");
	}

	@Test
	void aMedicoSocialPartnerSignalsANeedWithTheConsentAndOtherPartnersGetNotFound() throws Exception {
		RelaisPrincipal care = accounts.findByEmail("care@demo.relais").orElseThrow();
		assertThat(perform(get("/partner/mutualaid/signal").with(user(care))).getStatus()).isEqualTo(200);
		String last = "Signalée" + UUID.randomUUID().toString().substring(0, 6);
		MockHttpServletResponse noConsent = perform(post("/partner/mutualaid/signal").param("firstName", "Rose")
			.param("lastName", last)
			.param("birthYear", "1936")
			.param("postalCode", "69200")
			.param("actionType", "VISIT")
			.param("when", "WITHIN_15")
			.with(user(care))
			.with(csrf()));
		assertThat(body(noConsent)).contains("Le consentement de la personne est nécessaire.");
		assertThat(jdbc.queryForObject("select count(*) from ppl_beneficiary where last_name = ?", Integer.class, last))
			.isZero();

		MockHttpServletResponse sent = perform(post("/partner/mutualaid/signal").param("firstName", "Rose")
			.param("lastName", last)
			.param("birthYear", "1936")
			.param("phone", "04 72 00 11 22")
			.param("postalCode", "69200")
			.param("actionType", "VISIT")
			.param("when", "WITHIN_15")
			.param("notes", "Sortie d’hôpital")
			.param("consent", "on")
			.with(user(care))
			.with(csrf()));
		assertThat(sent.getStatus()).isEqualTo(302);
		UUID person = jdbc.queryForObject("select id from ppl_beneficiary where last_name = ?", UUID.class, last);
		ActionRequest r = requestsOf(person).get(0);
		assertThat(r.getSource()).isEqualTo(RequestSource.PARTNER_SIGNAL);
		assertThat(r.getStatus()).isEqualTo(ActionStatus.NEW);
		assertThat(r.getSignalledByOrganisationId()).isNotNull();
		assertThat(body(perform(get("/partner/mutualaid/signal").with(user(care))))).contains(r.getReference());

		RelaisPrincipal association = accounts.findByEmail("partner@demo.relais").orElseThrow();
		assertThat(perform(get("/partner/mutualaid/signal").with(user(association))).getStatus()).isEqualTo(404);
		assertThat(perform(post("/partner/mutualaid/signal").param("firstName", "X")
			.with(user(association))
			.with(csrf())).getStatus()).isEqualTo(404);
		RelaisPrincipal agent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		assertThat(perform(get("/partner/mutualaid/signal").with(user(agent))).getStatus()).isEqualTo(404);
	}

	@Test
	void theAdminChangesTheSettingsAndOutOfRangeValuesAreRefused() throws Exception {
		DispatchWorld w = new DispatchWorld(context);
		TestAccounts test = new TestAccounts(context);
		String email = TestAccounts.uniqueEmail("ma-admin");
		test.createUser(email, "Admin entraide", w.territory, Role.TERRITORY_ADMIN);
		RelaisPrincipal admin = test.principal(email);
		assertThat(body(perform(get("/admin/mutualaid/settings").with(user(admin))))).contains("name=\"topN\"",
				"value=\"5\"");
		MockHttpServletResponse bad = perform(post("/admin/mutualaid/settings").param("topN", "0")
			.param("delayHours", "48")
			.param("meetingMonths", "3")
			.with(user(admin))
			.with(csrf()));
		assertThat(body(bad)).contains("aria-invalid=\"true\"");
		MockHttpServletResponse notNumber = perform(post("/admin/mutualaid/settings").param("topN", "3")
			.param("delayHours", "deux")
			.param("meetingMonths", "3")
			.with(user(admin))
			.with(csrf()));
		assertThat(body(notNumber)).contains("Saisissez un nombre entier.");
		assertThat(perform(post("/admin/mutualaid/settings").param("twoPerson", "on")
			.param("topN", "3")
			.param("delayHours", "24")
			.param("meetingMonths", "4")
			.with(user(admin))
			.with(csrf())).getStatus()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select dispatch_top_n from ma_settings where territory_id = ?", Integer.class,
				w.territory)).isEqualTo(3);
		assertThat(perform(get("/admin/mutualaid/settings").with(user(w.agent))).getStatus()).isIn(403, 404);
	}

}
