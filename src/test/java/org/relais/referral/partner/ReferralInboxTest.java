package org.relais.referral.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.referral.ReferralAction;
import org.relais.referral.ReferralFixtures;
import org.relais.referral.ReferralStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inbox (tabs, filters, counts, CSV), the figures, the liaison PDF in the four languages, the territory admin's
 * settings, and 404 for those who may not see.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReferralInboxTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	JdbcTemplate jdbc;

	PartnerWorld p;

	UUID accepted;

	UUID waiting;

	UUID toBare;

	@BeforeEach
	void world() {
		p = new PartnerWorld(context);
		accepted = p.send(p.w.service());
		waiting = p.send(p.w.service());
		toBare = p.send(p.bareService);
		p.act(accepted, p.w.partner(), ReferralAction.accept(null));
	}

	private ReferralInbox.Page page(RelaisPrincipal as, String query) throws Exception {
		return (ReferralInbox.Page) mvc.perform(get("/referrals" + query).with(user(as)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("result");
	}

	@Test
	void aPartnerSeesWhatItsOrganisationReceivedWithCountsPerStatus() throws Exception {
		ReferralInbox.Page all = page(p.w.partner(), "");
		assertThat(all.rows()).extracting(ReferralInbox.Row::id).containsExactlyInAnyOrder(accepted, waiting);
		assertThat(all.counts()).containsEntry(ReferralStatus.SENT, 1L).containsEntry(ReferralStatus.ACCEPTED, 1L);
		assertThat(page(p.w.partner(), "?status=ACCEPTED").rows()).extracting(ReferralInbox.Row::id)
			.containsExactly(accepted);
		assertThat(page(p.w.partner(), "?tab=SENT").rows()).as("a partner has no sent tab").hasSize(2);
		assertThat(page(p.w.otherPartner(), "").rows()).isEmpty();
	}

	@Test
	void theTerritorysAgentsSeeWhatWasSentFilteredByServiceAndPeriod() throws Exception {
		ReferralInbox.Page sent = page(p.w.agent(), "");
		assertThat(sent.rows()).hasSize(3);
		assertThat(sent.services()).extracting(ReferralInbox.ServiceOption::id)
			.containsExactlyInAnyOrder(p.w.service(), p.bareService);
		assertThat(page(p.w.agent(), "?service=" + p.bareService).rows()).extracting(ReferralInbox.Row::id)
			.containsExactly(toBare);
		assertThat(page(p.w.agent(), "?from=2000-01-01&to=2000-12-31").rows()).isEmpty();
		mvc.perform(get("/referrals").param("from", "yesterday").with(user(p.w.agent())))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "from"));
		mvc.perform(get("/referrals").param("from", "2026-02-01").param("to", "2026-01-01").with(user(p.w.agent())))
			.andExpect(model().attributeHasFieldErrors("form", "to"));
	}

	@Test
	void theCsvHasTheFilteredListAndNothingAboutThePerson() throws Exception {
		String csv = new String(mvc.perform(get("/referrals.csv").param("status", "ACCEPTED").with(user(p.w.agent()))
			.locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).contains(p.w.serviceName(), p.w.organisationName(), "Accepted");
		assertThat(csv).doesNotContain(p.w.personLastName(), "Amira", "06 12", "Needs warm clothes");
		mvc.perform(get("/referrals.csv").param("from", "nope").with(user(p.w.agent())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void figuresForTheOrganisationsMembersAndTheTerritorysCoordinators() throws Exception {
		@SuppressWarnings("unchecked")
		List<ReferralInbox.Figures> mine = (List<ReferralInbox.Figures>) mvc
			.perform(get("/referrals/figures").with(user(p.w.partner())))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("rows");
		assertThat(mine).singleElement().satisfies(f -> {
			assertThat(f.organisationId()).isEqualTo(p.w.organisation());
			assertThat(f.received()).isEqualTo(2);
			assertThat(f.accepted()).isEqualTo(1);
			assertThat(f.rate()).isEqualTo(50);
			assertThat(f.medianAnswer()).isNotNull();
		});
		RelaisPrincipal coordinator = accounts.findById(new ReferralFixtures(context).user(
				ReferralFixtures.unique("coord") + "@ref.example.org", "Cora Coord", "fr", p.w.territory(),
				Role.COORDINATOR)).orElseThrow();
		@SuppressWarnings("unchecked")
		List<ReferralInbox.Figures> all = (List<ReferralInbox.Figures>) mvc
			.perform(get("/referrals/figures").with(user(coordinator)))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("rows");
		assertThat(all).extracting(ReferralInbox.Figures::organisationId)
			.containsExactlyInAnyOrder(p.w.organisation(), p.bareOrganisation);
		mvc.perform(get("/referrals/figures").with(user(p.w.agent())))
			.andExpect(status().isOk())
			.andExpect(model().attribute("rows", List.of()))
			.andExpect(model().attribute("allowed", false));
	}

	@Test
	void theLiaisonPdfIsInTheReceivingTerritorysLanguage() throws Exception {
		Map<String, String> titles = Map.of("fr", "Fiche de liaison", "de", "Zuweisungsformular", "it",
				"Scheda di segnalazione", "en", "Liaison form");
		for (var e : titles.entrySet()) {
			jdbc.update("update territory set default_language = ? where id = ?", e.getKey(), p.w.territory());
			byte[] pdf = mvc.perform(get("/referrals/{id}/liaison.pdf", accepted).with(user(p.w.partner())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
			assertThat(text).as(e.getKey()).contains(e.getValue(), p.w.personLastName(), "Unemployed since June",
					"Needs warm clothes");
			assertThat(text).doesNotContain("Confidential note");
		}
		jdbc.update("update territory set default_language = 'fr' where id = ?", p.w.territory());
	}

	@Test
	void anotherOrganisationsPartnerAndTheSwissAgentGet404() throws Exception {
		RelaisPrincipal swiss = accounts.findByEmail("agent@ch.demo.relais").orElseThrow();
		for (RelaisPrincipal outsider : List.of(p.w.otherPartner(), swiss)) {
			mvc.perform(get("/referrals/{id}/liaison.pdf", accepted).with(user(outsider)))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/referrals/{id}/liaison.pdf", accepted).with(user(p.w.agent()))).andExpect(status().isOk());
		assertThat(page(swiss, "").rows()).extracting(ReferralInbox.Row::id).doesNotContain(accepted, waiting);
	}

	@Test
	void theTerritoryAdminEditsTheSettingsWithinBounds() throws Exception {
		RelaisPrincipal admin = accounts.findById(new ReferralFixtures(context).user(
				ReferralFixtures.unique("admin") + "@ref.example.org", "Ada Admin", "fr", p.w.territory(),
				Role.TERRITORY_ADMIN)).orElseThrow();
		mvc.perform(get("/admin/referrals/settings").with(user(admin))).andExpect(status().isOk());
		mvc.perform(post("/admin/referrals/settings").param("reminderDays", "0").param("expiryDays", "30")
			.param("retentionMonths", "6").with(user(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "reminderDays"));
		mvc.perform(post("/admin/referrals/settings").param("reminderDays", "20").param("expiryDays", "15")
			.param("retentionMonths", "6").with(user(admin)).with(csrf()))
			.andExpect(model().attributeHasFieldErrors("form", "expiryDays"));
		assertThat(jdbc.queryForObject("select count(*) from ref_settings where territory_id = ?", Integer.class,
				p.w.territory())).isZero();
		mvc.perform(post("/admin/referrals/settings").param("reminderDays", "7").param("expiryDays", "21")
			.param("retentionMonths", "3").with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForMap("select reminder_days, expiry_days, attachment_retention_months from"
				+ " ref_settings where territory_id = ?", p.w.territory()).values()).containsExactly(7, 21, 3);
		mvc.perform(get("/admin/referrals/settings").with(user(p.w.agent()))).andExpect(status().isForbidden());
	}

}
