package org.relais.referral.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.referral.ReferralLinkIssued;
import org.relais.referral.ReferralStatus;
import org.relais.referral.Referrals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The signed link of an organisation without any account: issued after the sending, opens the one referral (the
 * read logged under the link's name), answers it through the façade, prints it; tampered → 404, expired → 410 with
 * a renewal that mails a fresh link (never shows it), limited per day.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class MagicLinkTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MagicLinks links;

	@Autowired
	Referrals referrals;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	PartnerWorld p;

	@BeforeEach
	void world() {
		p = new PartnerWorld(context);
	}

	private String issue(UUID referral, Instant at) {
		assertThat(links.issue(referral, ReferralLinkIssued.Why.SENT, at)).isTrue();
		return path(last(ReferralLinkIssued.Why.SENT));
	}

	private ReferralLinkIssued last(ReferralLinkIssued.Why why) {
		List<ReferralLinkIssued> issued = events.stream(ReferralLinkIssued.class).filter(e -> e.why() == why).toList();
		assertThat(issued).isNotEmpty();
		return issued.get(issued.size() - 1);
	}

	private static String path(ReferralLinkIssued e) {
		return e.link().substring(e.link().indexOf("/r/"));
	}

	private int linksOf(UUID referral) {
		return jdbc.queryForObject("select count(*) from ref_magic_link where referral_id = ?", Integer.class,
				referral);
	}

	@Test
	void aReferralToAnOrganisationWithoutAccountsGetsALinkAndOneWithMembersDoesNot() {
		UUID bare = p.send(p.bareService);
		UUID withMembers = p.send(p.w.service());
		await().atMost(Duration.ofSeconds(10)).until(() -> linksOf(bare) == 1);
		assertThat(linksOf(withMembers)).isZero();
	}

	@Test
	void aValidLinkShowsTheReferralLogsTheReadAndTakesAnAnswer() throws Exception {
		UUID id = p.send(p.bareService);
		String link = issue(id, Instant.now());
		ReferralLinkIssued mail = last(ReferralLinkIssued.Why.SENT);
		assertThat(mail.email()).isEqualTo(p.bareEmail);
		assertThat(mail.language()).isEqualTo("fr");
		assertThat(mail.expiresAt()).isAfter(Instant.now().plus(Duration.ofDays(7)));

		String page = mvc.perform(get(link)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(p.bareServiceName, p.w.personLastName(), "Needs warm clothes")
			.doesNotContain("Confidential note");
		assertThat(jdbc.queryForObject("select count(*) from personal_data_access where subject_id = ? and"
				+ " actor_email = ?", Integer.class, p.w.person(), "magic link of " + p.bareName)).isPositive();

		mvc.perform(post(link + "/answer").param("action", "ACCEPT")).andExpect(status().isForbidden());
		mvc.perform(post(link + "/answer").param("action", "REFUSE").with(csrf()))
			.andExpect(status().is(422))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("error-summary")));
		mvc.perform(post(link + "/answer").param("action", "WITHDRAW").with(csrf())).andExpect(status().isConflict());
		assertThat(referrals.findForOrganisation(id, p.bareOrganisation).orElseThrow().status())
			.isEqualTo(ReferralStatus.SENT);

		mvc.perform(post(link + "/answer").param("action", "ACCEPT").param("message", "See you Monday").with(csrf()))
			.andExpect(status().is3xxRedirection());
		var accepted = referrals.findForOrganisation(id, p.bareOrganisation).orElseThrow();
		assertThat(accepted.status()).isEqualTo(ReferralStatus.ACCEPTED);
		assertThat(jdbc.queryForObject("select actor_name from ref_referral_transition where referral_id = ? and"
				+ " to_status = 'ACCEPTED'", String.class, id)).isEqualTo(p.bareName);

		mvc.perform(post(link + "/answer").param("action", "COMPLETE").param("outcome", "RESOLVED").with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(referrals.findForOrganisation(id, p.bareOrganisation).orElseThrow().status())
			.isEqualTo(ReferralStatus.COMPLETED);

		byte[] pdf = mvc.perform(get(link + "/liaison.pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
		assertThat(text).contains("Fiche de liaison", p.w.personLastName(), "Mornings");
	}

	@Test
	void aTamperedLinkIsA404WithoutRenewal() throws Exception {
		UUID id = p.send(p.bareService);
		String link = issue(id, Instant.now());
		char last = link.charAt(link.length() - 1);
		String tampered = link.substring(0, link.length() - 1) + (last == 'A' ? 'B' : 'A');
		mvc.perform(get(tampered)).andExpect(status().isNotFound());
		mvc.perform(get("/r/not-a-token")).andExpect(status().isNotFound());
		mvc.perform(get(tampered + "/liaison.pdf")).andExpect(status().isNotFound());
		mvc.perform(post(tampered + "/answer").param("action", "ACCEPT").with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post(tampered + "/renew").with(csrf())).andExpect(status().isNotFound());
		assertThat(referrals.findForOrganisation(id, p.bareOrganisation).orElseThrow().status())
			.isEqualTo(ReferralStatus.SENT);
	}

	@Test
	void anExpiredLinkSaysSoAndARenewalMailsAFreshOneALimitedNumberOfTimes() throws Exception {
		UUID id = p.send(p.bareService);
		await().atMost(Duration.ofSeconds(10)).until(() -> linksOf(id) == 1);
		String old = issue(id, Instant.now().minus(Duration.ofDays(9)));

		String page = mvc.perform(get(old)).andExpect(status().isGone()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains(old + "/renew").doesNotContain(p.w.personLastName());
		mvc.perform(post(old + "/answer").param("action", "ACCEPT").with(csrf())).andExpect(status().isGone());
		mvc.perform(post(old + "/renew")).andExpect(status().isForbidden());

		String renewed = mvc.perform(post(old + "/renew").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String fresh = path(last(ReferralLinkIssued.Why.RENEWED));
		assertThat(renewed).doesNotContain(fresh);
		assertThat(last(ReferralLinkIssued.Why.RENEWED).email()).isEqualTo(p.bareEmail);
		mvc.perform(get(fresh)).andExpect(status().isOk());

		// the first (sending) link, still within its 8 days, was replaced by the renewal
		assertThat(jdbc.queryForObject("select count(*) from ref_magic_link where referral_id = ? and revoked_at is"
				+ " null", Integer.class, id)).isEqualTo(1);

		mvc.perform(post(old + "/renew").with(csrf())).andExpect(status().isOk());
		mvc.perform(post(old + "/renew").with(csrf())).andExpect(status().isTooManyRequests());
		mvc.perform(get(fresh)).andExpect(status().isGone());
	}

}
