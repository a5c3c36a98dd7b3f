package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.Availability;
import org.relais.mutualaid.GeoPoint;
import org.relais.mutualaid.Places;
import org.relais.mutualaid.VolunteerStatus;
import org.relais.mutualaid.charter.Charter;
import org.relais.mutualaid.charter.Charters;
import org.relais.mutualaid.proof.ProofDocument;
import org.relais.mutualaid.proof.ProofDocumentRepository;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.settings.MutualAidSettings;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.platform.Role;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.domain.Membership;
import org.relais.territory.domain.MembershipRepository;
import org.relais.territory.domain.UserAccount;
import org.relais.territory.domain.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The mutual-aid done-when, in French: the desk takes a visit for a known person in at most five clicks beyond
 * typing; the eligible volunteers are notified (in-app) and a volunteer with an expired insurance is not; one accepts
 * (the place and notes appear only then), does the visit and reports it; the action shows in the person's pathway
 * with the volunteer's first name. axe on every page. The volunteers are made here (unique emails per run).
 */
class MutualAidDispatchE2eTest extends E2eTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	VolunteerRepository volunteers;

	@Autowired
	ProofDocumentRepository proofs;

	@Autowired
	Charters charters;

	@Autowired
	Places places;

	@Autowired
	MutualAid mutualAid;

	@Autowired
	UserAccountRepository users;

	@Autowired
	MembershipRepository memberships;

	@Autowired
	PasswordEncoder encoder;

	private int clicks;

	private void click(Locator target) {
		clicks++;
		target.click();
		page.waitForLoadState();
	}

	private Volunteer volunteer(UUID lyon, String first, String last, boolean insured, boolean account) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String email = first.toLowerCase(java.util.Locale.ROOT) + "-" + suffix + "@test.relais";
		Instant now = Instant.now();
		Volunteer v = new Volunteer(lyon, first, last, email, "fr", now);
		GeoPoint centre = places.locate(lyon, "69003", "69123").orElseThrow();
		v.contact(null, null, "69003", "69123", centre.latitude(), centre.longitude());
		v.offer(Availability.always(), EnumSet.of(ActionType.VISIT, ActionType.WALK), false, 40);
		v.moveTo(VolunteerStatus.ACTIVE, null, now);
		if (account) {
			UserAccount user = users.save(new UserAccount(email, first + " " + last, encoder.encode(PASSWORD), "fr",
					now));
			memberships.save(new Membership(user.getId(), lyon, Role.VOLUNTEER, now));
			v.linkAccount(user.getId());
		}
		volunteers.save(v);
		Charter charter = charters.current(lyon)
			.orElseGet(() -> charters.publish(lyon, Map.of("fr", "Charte du bénévole (e2e)"), null));
		charters.sign(lyon, v.getId(), charter.getId(), "fr");
		ProofDocument insurance = new ProofDocument(lyon, v.getId(), "LIABILITY_INSURANCE", UUID.randomUUID(),
				"assurance.pdf", insured ? LocalDate.now().plusYears(1) : LocalDate.now().minusDays(30), now);
		insurance.verify(null, now);
		proofs.save(insurance);
		return v;
	}

	@Test
	void theDeskTakesAVisitAVolunteerAcceptsAndReportsAndThePathwayShowsIt() {
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		MutualAidSettings s = mutualAid.settings(lyon);
		mutualAid.change(lyon, s.isTwoPersonHomeVisits(), MutualAidSettings.MAX_TOP_N, s.getAcceptanceDelayHours(),
				s.getMeetingIntervalMonths(), s.isConcernsToPartner(), null);
		Volunteer ready = volunteer(lyon, "Rosalie", "Bénévole-e2e", true, true);
		Volunteer expired = volunteer(lyon, "Gaston", "Assurance-expirée", false, false);

		// the desk: a known caller, counting the clicks beyond typing
		signIn("agent@demo.relais");
		visit("/desk");
		clicks = 0;
		page.locator("#q").pressSequentially("Dupuis");
		Locator person = page.locator("#desk-results a.desk-person:has-text('Marcel Dupuis')");
		assertThat(person).isVisible();
		axe();
		click(person);
		assertThat(page.locator("#types")).isVisible();
		axe();
		click(page.locator("a.desk-type[href*='type=action']"));
		assertThat(page.locator("#details")).isVisible();
		assertThat(page.locator("input[name='field.actionType'][value=VISIT]")).isChecked();
		axe();
		click(page.locator("[data-desk-submit]"));
		axe();
		System.out.println("MutualAidDispatchE2eTest: a known person's visit took " + clicks + " clicks beyond typing");
		assertThat(clicks).isLessThanOrEqualTo(5);
		Map<String, Object> request = jdbc.queryForMap("select r.id, r.reference, r.person_id from ma_action_request r"
				+ " join ppl_beneficiary p on p.id = r.person_id where p.last_name = 'Dupuis' and r.source = 'DESK'"
				+ " order by r.created_at desc limit 1");
		UUID requestId = (UUID) request.get("id");
		String reference = (String) request.get("reference");

		// eligible volunteers are notified, the expired insurance is not
		UUID offer = jdbc.queryForObject("select id from ma_assignment where request_id = ? and volunteer_id = ?",
				UUID.class, requestId, ready.getId());
		assertThat(jdbc.queryForObject("select count(*) from ma_assignment where request_id = ? and volunteer_id = ?",
				Integer.class, requestId, expired.getId())).isZero();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("select count(*) from notification where user_id = ? and message_key = ?",
					Integer.class, ready.getUserId(), "notification.mutualaid.inbox.offer") == 1);

		visit("/mutualaid/requests");
		assertThat(page.locator("table.ma-requests")).containsText(reference);
		visit("/mutualaid/requests/" + requestId);
		assertThat(page.locator("table.ma-assignments")).containsText("Rosalie");
		signOut();

		// the volunteer accepts, then sees the place and notes, and reports
		signIn(ready.getEmail());
		visit("/volunteer/missions");
		assertThat(page.locator("ul.ma-offers")).containsText(reference);
		page.locator("ul.ma-offers a").filter(new Locator.FilterOptions().setHasText(reference)).click();
		page.waitForURL(Pattern.compile("/volunteer/missions/" + offer + "$"));
		axe();
		assertThat(page.locator(".ma-person")).hasCount(0);
		page.locator("#accept").click();
		page.waitForLoadState();
		axe();
		assertThat(page.locator(".ma-person")).containsText("Marcel");
		page.locator("#report").fill("Très bonne visite, nous avons parlé de son jardin. Il aimerait une promenade.");
		page.locator("#minutes").fill("70");
		page.locator("#send-report").click();
		page.waitForLoadState();
		axe();
		assertThat(page.locator(".flash")).isVisible();
		assertThat(jdbc.queryForObject("select status from ma_action_request where id = ?", String.class, requestId))
			.isEqualTo("DONE");
		signOut();

		// the pathway
		signIn("agent@demo.relais");
		visit("/people/" + request.get("person_id") + "/pathway");
		assertThat(page.locator("main")).containsText(reference);
		assertThat(page.locator("main")).containsText("Rosalie");
		visit("/mutualaid/requests/" + requestId);
		assertThat(page.locator("main")).containsText("70 min");
	}

}
