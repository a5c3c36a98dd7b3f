package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.relais.mutualaid.carpool.CarpoolOffer;
import org.relais.mutualaid.carpool.CarpoolWorld;
import org.relais.mutualaid.carpool.Carpools;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Associations and carpooling in Lyon, in French: the association's admin (partner@demo.relais, Les Paniers du
 * Rhône) sets the actions it answers and publishes a news item, read on the territory's public news page; a volunteer
 * driver (made by the test, with a valid licence and car insurance) offers seats to a public event; the desk agent
 * asks a seat for a person without internet; the proposal is confirmed and the free seats drop. axe on every page.
 */
class CarpoolE2eTest extends E2eTest {

	@Autowired
	ApplicationContext spring;

	@Autowired
	Carpools carpools;

	@Test
	void anAssociationPublishesAndADriverTakesAPersonToAnEvent() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		CarpoolWorld world = new CarpoolWorld(spring);

		// the association
		signIn("partner@demo.relais");
		visit("/partner/mutualaid/association");
		assertThat(page.locator("main h1")).containsText("Les Paniers du Rhône");
		page.locator("#active").check();
		page.locator("input[name=actionTypes][value=SHOPPING]").check();
		page.locator("input[name=actionTypes][value=ERRANDS]").check();
		page.locator("form button[type=submit]", new com.microsoft.playwright.Page.LocatorOptions()
			.setHasText(msg("fr", "mutualaid.association.part.save"))).click();
		assertThat(page.locator(".flash")).hasText(msg("fr", "mutualaid.association.flash.saved"));
		axe();
		assertThat(page.locator("a[href='/agenda/events/new']")).isVisible();
		page.locator("nav.agenda-tabs a[href='/partner/mutualaid/news']").click();
		axe();
		page.locator("main a[href*='/partner/mutualaid/news/new']").first().click();
		axe();
		page.locator("#title").fill("Marché solidaire " + tag);
		page.locator("#body").fill("Samedi matin, fruits et légumes à petit prix devant la mairie.");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator(".flash")).hasText(msg("fr", "mutualaid.news.flash.saved"));
		axe();
		signOut();
		visit("/t/metropole-de-lyon");
		page.locator("main a[href='/t/metropole-de-lyon/news']").click();
		assertThat(page.locator("main")).containsText("Marché solidaire " + tag);
		axe();

		// a driver offers seats to a public event
		String title = "Après-midi jeux " + tag;
		UUID event = world.event(title);
		CarpoolWorld.Driver driver = world.driver("Paul", "69256", true);
		visit("/login");
		page.locator("#email").fill(driver.principal().email());
		page.locator("#password").fill(TestAccounts.PASSWORD);
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("/home$"));
		visit("/carpool");
		page.locator("main a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title)).click();
		assertThat(page).hasURL(Pattern.compile("/carpool/events/" + event + "$"));
		axe();
		page.locator("#offer-commune").selectOption("69256");
		page.locator("#departure").fill(java.time.LocalDate.now().plusDays(14) + "T13:00");
		page.locator("#seats").fill("3");
		page.locator("main form button[type=submit]", new com.microsoft.playwright.Page.LocatorOptions()
			.setHasText(msg("fr", "mutualaid.carpool.offerSubmit"))).click();
		assertThat(page.locator(".flash")).hasText(msg("fr", "mutualaid.carpool.flash.offered"));
		assertThat(page.locator("#offers .seats-left")).hasText("3");
		axe();
		signOut();

		// the desk asks a seat for a person without internet, and confirms the proposal
		String lastName = "Covoit" + tag.replaceAll("[0-9]", "x");
		world.person(lastName);
		signIn("agent@demo.relais");
		visit("/carpool/events/" + event);
		page.locator("#q").fill(lastName);
		page.locator("main form[role=search] button[type=submit]").click();
		axe();
		page.locator("main a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(lastName)).click();
		axe();
		page.locator("#askFor-commune").selectOption("69266");
		page.locator("main form button[type=submit]", new com.microsoft.playwright.Page.LocatorOptions()
			.setHasText(msg("fr", "mutualaid.carpool.askForSubmit"))).click();
		assertThat(page.locator(".flash")).hasText(msg("fr", "mutualaid.carpool.flash.askedFor"));
		axe();
		assertThat(page.locator("#proposals tbody tr")).hasCount(1);
		page.locator("#proposals button[type=submit]").click();
		assertThat(page.locator(".flash")).hasText(msg("fr", "mutualaid.carpool.flash.confirmed"));
		assertThat(page.locator("#offers .seats-left")).hasText("2");
		assertThat(page.locator("#requests")).containsText(msg("fr", "mutualaid.carpool.seat.CONFIRMED"));
		axe();
		CarpoolOffer offer = carpools.offers(world.lyon, event).get(0);
		assertThat(offer.seatsLeft()).isEqualTo(2);
	}

}
