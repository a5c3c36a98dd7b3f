package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import com.microsoft.playwright.options.FilePayload;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.settings.MutualAidSettings;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A volunteer joins, in French: signs up on Lyon's public page, opens the invitation mail and sets a password, signs
 * the charter, sends an insurance certificate with its expiry date; the coordinator verifies it and activates the
 * volunteer, whose home then shows them ready for their actions; the desk takes a visit nearby and the new volunteer
 * is offered it. axe on every page.
 */
class VolunteerSignUpE2eTest extends E2eTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	MutualAid mutualAid;

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	private static final Pattern INVITATION_PATH = Pattern.compile("/invitations/[A-Za-z0-9_\\-]{20,}");

	private static final String NEW_PASSWORD = "Nine paper boats drift down the Rhône at dawn 27";

	private static List<String> mailsTo(String email) {
		return List.of(smtp.getReceivedMessagesForDomain(email))
			.stream()
			.map(m -> GreenMailUtil.getBody((MimeMessage) m).replace("=\r\n", "").replace("=3D", "="))
			.toList();
	}

	private static String awaitLink(String email, Pattern pattern) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> mailsTo(email).stream().anyMatch(body -> pattern.matcher(body).find()));
		for (String body : mailsTo(email)) {
			Matcher m = pattern.matcher(body);
			if (m.find()) {
				return m.group();
			}
		}
		throw new AssertionError("no link in the mails to " + email);
	}

	@Test
	void aNewVolunteerSignsUpSignsTheCharterSendsInsuranceIsActivatedAndReceivesARequest() throws Exception {
		String unique = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
		String lastName = "Lambert" + unique;
		String email = "camille.lambert-" + unique + "@example.org";

		// 1. the public sign-up, reached from the territory's page; an empty form is refused
		visit("/t/metropole-de-lyon");
		page.locator("main a[href='/t/metropole-de-lyon/volunteer']").click();
		assertThat(page.locator("main h1")).containsText("Devenir bénévole");
		axe();
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#error-summary")).isVisible();
		assertThat(page.locator("#firstName")).hasAttribute("aria-invalid", "true");
		axe();
		page.locator("#firstName").fill("Camille");
		page.locator("#lastName").fill(lastName);
		page.locator("#email").fill(email);
		page.locator("#phone").fill("06 98 76 54 32");
		page.locator("#streetAddress").fill("12 rue Moncey");
		page.locator("#postalCode").fill("69003");
		page.locator("#communeCode").selectOption("69123");
		page.locator("#slot-MONDAY_AFTERNOON").check();
		page.locator("#slot-WEDNESDAY_MORNING").check();
		page.locator("input[name=actionTypes][value=VISIT]").check();
		page.locator("input[name=actionTypes][value=PHONE_CALL]").check();
		page.locator("#maxDistanceKm").fill("10");
		page.locator("#language").selectOption("fr");
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("/t/metropole-de-lyon/volunteer/sent$"));
		assertThat(page.locator("main h1")).containsText("Merci pour votre inscription");
		axe();

		// 2. the invitation mail: a password, then the first sign-in
		String invitation = awaitLink(email, INVITATION_PATH);
		context.clearCookies();
		visit(invitation);
		page.locator("#password").fill(NEW_PASSWORD);
		page.locator("#confirmation").fill(NEW_PASSWORD);
		page.locator("main form button[type=submit]").last().click();
		assertThat(page).hasURL(Pattern.compile("/login"));
		axe();
		signInAs(email);

		// 3. the volunteer's home says what is missing; the charter is read and signed
		await().atMost(Duration.ofSeconds(20)).until(() -> page.navigate("/volunteer").status() == 200);
		visit("/volunteer");
		assertThat(page.locator("main")).containsText("Vous n’avez pas signé la version actuelle de la charte.");
		page.locator("main a[href='/volunteer/charter']").first().click();
		assertThat(page.locator("main")).containsText("Confidentialité");
		axe();
		page.locator("#accept").check();
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("main")).containsText("Vous avez signé cette version.");
		axe();

		// 4. the insurance certificate with its expiry date
		visit("/volunteer/documents");
		page.locator("#proofCode").selectOption("LIABILITY_INSURANCE");
		page.locator("#expiresOn").fill(LocalDate.now().plusMonths(11).toString());
		page.locator("#file").setInputFiles(new FilePayload("attestation-rc.pdf", "application/pdf", pdf()));
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator(".flash")).containsText("Le justificatif est envoyé");
		assertThat(page.locator("main table").last()).containsText("attestation-rc.pdf");
		axe();
		signOut();

		// 5. the coordinator verifies the document and activates the volunteer
		signIn("coordinator@demo.relais");
		visit("/mutualaid/volunteers/documents");
		assertThat(page.locator("main")).containsText("Camille " + lastName);
		visit("/mutualaid/volunteers?q=" + lastName);
		page.locator("main table a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(lastName)).click();
		assertThat(page.locator("main h1")).containsText(lastName);
		axe();
		page.locator("main form[action$='/verify'] button").click();
		assertThat(page.locator(".flash")).containsText("Le justificatif est vérifié");
		axe();
		page.locator("#status").selectOption("ACTIVE");
		page.locator("#note").fill("Entretien d’accueil fait le " + LocalDate.now());
		page.locator("main form[action$='/status'] button").click();
		assertThat(page.locator(".flash")).containsText("Le statut est modifié.");
		assertThat(page.locator("main dl")).containsText("Actif");
		axe();
		signOut();

		// 6. the volunteer is ready for the actions they chose
		signInAs(email);
		visit("/volunteer");
		assertThat(page.locator("main")).containsText("Vous êtes prêt pour toutes les actions choisies.");
		assertThat(page.locator("main")).containsText("Visite de convivialité");
		axe();
		signOut();

		// 7. and receives a request: the desk takes a visit for Marcel Dupuis (Bron, within the volunteer's 10 km)
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		MutualAidSettings settings = mutualAid.settings(lyon);
		mutualAid.change(lyon, settings.isTwoPersonHomeVisits(), MutualAidSettings.MAX_TOP_N,
				settings.getAcceptanceDelayHours(), settings.getMeetingIntervalMonths(),
				settings.isConcernsToPartner(), null);
		signIn("agent@demo.relais");
		visit("/desk");
		page.locator("#q").pressSequentially("Dupuis");
		page.locator("#desk-results a.desk-person:has-text('Marcel Dupuis')").click();
		page.locator("a.desk-type[href*='type=action']").click();
		assertThat(page.locator("input[name='field.actionType'][value=VISIT]")).isChecked();
		page.locator("[data-desk-submit]").click();
		page.waitForLoadState();
		axe();
		String reference = jdbc.queryForObject("select r.reference from ma_action_request r join ppl_beneficiary p"
				+ " on p.id = r.person_id where p.last_name = 'Dupuis' and r.source = 'DESK'"
				+ " order by r.created_at desc limit 1", String.class);
		UUID volunteerId = jdbc.queryForObject("select id from ma_volunteer where email = ?", UUID.class, email);
		assertThat(jdbc.queryForObject("select count(*) from ma_assignment a join ma_action_request r"
				+ " on r.id = a.request_id where r.reference = ? and a.volunteer_id = ? and a.status = 'OFFERED'",
				Integer.class, reference, volunteerId)).isEqualTo(1);
		signOut();
		signInAs(email);
		visit("/volunteer/missions");
		assertThat(page.locator("ul.ma-offers")).containsText(reference);
		axe();
	}

	private void signInAs(String email) {
		if (!path().startsWith("/login")) {
			visit("/login");
		}
		page.locator("#email").fill(email);
		page.locator("#password").fill(NEW_PASSWORD);
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("/home$"));
		axe();
	}

	private static byte[] pdf() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document();
		PdfWriter.getInstance(doc, out);
		doc.open();
		doc.add(new Paragraph("Attestation d’assurance responsabilité civile — Camille Lambert"));
		doc.close();
		return out.toByteArray();
	}

}
