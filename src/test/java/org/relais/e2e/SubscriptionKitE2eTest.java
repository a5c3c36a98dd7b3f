package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.relais.mutualaid.VolunteerStatus;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.platform.Role;
import org.relais.subscription.billing.Billing;
import org.relais.territory.TerritoryKind;
import org.relais.territory.domain.Membership;
import org.relais.territory.domain.MembershipRepository;
import org.relais.territory.domain.Territories;
import org.relais.territory.domain.UserAccount;
import org.relais.territory.domain.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The admin of a commune of 16,420 inhabitants (made for the test) sees 4,105 € per year, downloads the year's
 * invoice and an A5 flyer with the desk's number; a coordinator schedules a volunteer meeting and records who came.
 * axe on every page.
 */
class SubscriptionKitE2eTest extends E2eTest {

	@Autowired
	Territories territories;

	@Autowired
	UserAccountRepository users;

	@Autowired
	MembershipRepository memberships;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Billing billing;

	@Autowired
	VolunteerRepository volunteers;

	/** A French message of the kit: its keys ({@code kit.*}) live in the subscription bundle. */
	private static String kit(String key) throws java.io.IOException {
		java.util.Properties p = new java.util.Properties();
		try (var in = SubscriptionKitE2eTest.class.getResourceAsStream("/i18n/subscription/messages_fr.properties");
				var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		return p.getProperty(key);
	}

	/** A French commune of its own, and a member of it with the demo password. */
	private UUID commune(String run) {
		return territories
			.create("e2e-" + run, Map.of("fr", "Saint-Relais " + run), "FR", null, null, TerritoryKind.COMMUNE, 16_420,
					"fr", List.of("fr", "en"), "Europe/Paris")
			.id();
	}

	private String member(UUID territory, String label, Role role) {
		String email = label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@e2e.relais";
		UserAccount user = users.save(new UserAccount(email, label, encoder.encode(PASSWORD), "fr", Instant.now()));
		memberships.save(new Membership(user.getId(), territory, role, Instant.now()));
		return email;
	}

	@Test
	void theCommunesAdminSeesItsPriceAndDownloadsTheInvoiceAndAFlyer() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		UUID territory = commune(run);
		String admin = member(territory, "maire", Role.TERRITORY_ADMIN);
		String number = billing.issue(territory, null).getNumber();

		signInWithSecondFactor(admin);
		page.locator("nav.main-nav a[href='/admin/subscription']").click();
		assertThat(page.locator("main h1")).hasText(msg("fr", "subscription.admin.title"));
		assertThat(page.locator("#annual-price")).hasText(Pattern.compile("^4[\\s\\u202F\\u00A0]105,00[\\s\\u202F\\u00A0]€ par an$"));
		assertThat(page.locator("main")).containsText("Commune");
		axe();

		Download invoice = page.waitForDownload(() -> page.locator("main a[href$='.pdf']").first().click());
		assertThat(invoice.suggestedFilename()).isEqualTo(number + ".pdf");
		String invoiceText = new PdfTextExtractor(new PdfReader(Files.readAllBytes(invoice.path()))).getTextFromPage(1);
		assertThat(invoiceText).contains("Facture " + number, "Saint-Relais " + run, "16");

		page.locator("nav.main-nav a[href='/admin/kit']").click();
		assertThat(page.locator("main h1")).hasText(kit("kit.title"));
		axe();
		page.locator("#deskPhone").fill("appelez-nous");
		Response refused = page.waitForResponse(r -> r.request().method().equals("POST"),
				() -> page.locator("main form.panel button[type=submit]").click());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(page.locator("#error-summary")).isVisible();
		assertThat(page.locator("#deskPhone")).hasAttribute("aria-invalid", "true");
		axe();
		page.locator("#deskPhone").fill("05 61 22 33 44");
		page.locator("#tagline-fr").fill("Ensemble, on s’entraide");
		page.locator("main form.panel button[type=submit]").click();
		assertThat(page.locator(".flash")).hasText(kit("kit.saved"));
		axe();

		Download flyer = page.waitForDownload(
				() -> page.locator("main a[href*='flyer.pdf'][href*='format=A5'][href*='lang=fr']").click());
		PdfReader reader = new PdfReader(Files.readAllBytes(flyer.path()));
		assertThat(reader.getPageSize(1).getWidth()).isEqualTo(PageSize.A5.getWidth());
		assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("05 61 22 33 44",
				"Besoin d’un coup de main ?", "/t/e2e-" + run);
		signOut();
	}

	@Test
	void aCoordinatorSchedulesAMeetingAndRecordsWhoCame() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		UUID territory = commune(run);
		String coordinator = member(territory, "coordinatrice", Role.COORDINATOR);
		for (String name : List.of("Arnaud", "Brigitte")) {
			Volunteer v = new Volunteer(territory, name, "Bénévole" + run, name.toLowerCase() + "-" + run + "@example.org",
					"fr", Instant.now());
			v.moveTo(VolunteerStatus.ACTIVE, null, Instant.now());
			volunteers.save(v);
		}

		signIn(coordinator);
		visit("/mutualaid/meetings");
		assertThat(page.locator("main h1")).hasText(msg("fr", "mutualaid.meetings.title"));
		page.locator("main a[href='/mutualaid/meetings/new']").click();
		assertThat(page.locator("#durationMinutes")).hasValue("120");
		axe();
		page.locator("#title").fill("Réunion de rentrée " + run);
		page.locator("#address").fill("Salle du conseil, mairie");
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("/mutualaid/meetings/[0-9a-f-]{36}$"));
		assertThat(page.locator(".flash")).hasText(msg("fr", "mutualaid.meetings.scheduledFlash"));
		assertThat(page.locator("main h1")).hasText("Réunion de rentrée " + run);
		axe();

		page.locator("#v-0-PRESENT").check();
		page.locator("#v-1-EXCUSED").check();
		page.locator("main form.panel button[type=submit]").click();
		assertThat(page.locator(".flash")).hasText(msg("fr", "mutualaid.meetings.attendanceSaved"));
		assertThat(page.locator("#attendance-counts")).containsText("1 présents, 1 excusés, 0 absents, 0 non renseignés");
		assertThat(page.locator("#v-0-PRESENT")).isChecked();
		axe();

		page.locator("nav.agenda-tabs a[href='/mutualaid/meetings']").click();
		assertThat(page.locator("main")).containsText("Réunion de rentrée " + run);
		assertThat(page.locator("main")).containsText(msg("fr", "mutualaid.meetings.upcoming"));
		axe();
		signOut();
	}

}
