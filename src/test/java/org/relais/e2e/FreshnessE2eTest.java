package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.freshness.FreshnessFixtures;
import org.relais.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Freshness in a browser: the one-click confirmation page, and a territory admin's campaign pages, with axe. */
class FreshnessE2eTest extends E2eTest {

	@Autowired
	ApplicationContext applicationContext;

	@Test
	void anEditorConfirmsTheirServicesInOneClick() {
		FreshnessFixtures fixtures = new FreshnessFixtures(applicationContext);
		UUID territory = fixtures.territory("FR", "Europe/Paris");
		UUID editor = fixtures.user(FreshnessFixtures.unique("editor") + "@fresh.example.org", "Élise Premier", "fr",
				territory, Role.PARTNER);
		UUID org = fixtures.organisation(territory, FreshnessFixtures.unique("Maison des solidarités"));
		fixtures.member(org, editor, MemberStatus.ACTIVE);
		Instant longAgo = Instant.now().minus(Duration.ofDays(400));
		Set<UUID> services = new LinkedHashSet<>();
		List<String> names = List.of(FreshnessFixtures.unique("Accueil de jour"),
				FreshnessFixtures.unique("Colis alimentaires"));
		for (String name : names) {
			services.add(fixtures.service(org, name, longAgo, 6));
		}
		String link = fixtures.link(editor, services, Instant.now().plus(Duration.ofDays(30)));

		visit(link + "?lang=fr");
		assertThat(page.locator("main h1")).hasText(msg("fr", "directory.freshness.confirm.title"));
		assertThat(page.locator("main table tbody tr")).hasCount(2);
		assertThat(page.locator("main table")).containsText(names.get(0));
		assertThat(page.locator("main table .tag")).hasCount(2);

		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("main h1")).hasText(msg("fr", "directory.freshness.confirmed.title"));
		assertThat(page.locator("main ul li")).hasCount(2);
		axe();

		Response again = visit(link + "?lang=de");
		assertThat(again.status()).isEqualTo(410);
		assertThat(page.locator("main h1")).hasText(msg("de", "directory.freshness.link.USED.title"));

		Response tampered = visit(link.substring(0, link.length() - 2) + "xx?lang=it");
		assertThat(tampered.status()).isEqualTo(404);
		assertThat(page.locator("main h1")).hasText(msg("it", "directory.freshness.link.INVALID.title"));
	}

	@Test
	void aTerritoryAdminLaunchesACampaignAndFollowsIt() {
		signInWithSecondFactor("admin@demo.relais");
		page.locator("main .card a[href='/admin/directory/campaigns']").click();
		assertThat(page).hasURL(Pattern.compile("/admin/directory/campaigns$"));
		assertThat(page.locator("main h1")).hasText(msg("fr", "directory.freshness.campaigns.title"));
		axe();

		page.locator("main a[href='/admin/directory/campaigns/new']").click();
		assertThat(page.locator("main h1")).hasText(msg("fr", "directory.freshness.campaign.newTitle"));
		axe();

		page.locator("#deadline").fill("");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#error-summary")).isVisible();
		assertThat(page.locator("#deadline")).hasAttribute("aria-invalid", "true");
		axe();

		String deadline = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(21).toString();
		page.locator("#deadline").fill(deadline);
		page.locator("#message").fill("Merci de vérifier vos horaires d’été.");
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("/admin/directory/campaigns/[0-9a-f-]{36}$"));
		assertThat(page.locator(".flash")).hasText(msg("fr", "directory.freshness.campaign.launched"));
		assertThat(page.locator("main progress")).isVisible();
		assertThat(page.locator("main .notice")).hasText("Merci de vérifier vos horaires d’été.");
		assertThat(page.locator("#pending tbody tr")).not().hasCount(0);
		axe();

		page.locator("main a[href='/admin/directory/campaigns']").click();
		assertThat(page.locator("main table tbody tr")).not().hasCount(0);
		axe();

		page.locator("section[aria-labelledby=reminders-heading] button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("/admin/directory/campaigns$"));
		assertThat(page.locator(".flash")).isVisible();
		assertThat(page.locator(".flash").textContent().trim()).isIn(msg("fr", "directory.freshness.reminders.sent"),
				msg("fr", "directory.freshness.reminders.nobody"));
		axe();
	}

}
