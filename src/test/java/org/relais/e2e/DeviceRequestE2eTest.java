package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.relais.devices.DeviceCategory;
import org.relais.devices.DeviceRequestStatus;
import org.relais.devices.order.DeviceOrder;
import org.relais.devices.order.DeviceOrderRepository;
import org.relais.devices.request.DeviceRequest;
import org.relais.devices.request.DeviceRequestRepository;
import org.relais.devices.request.DeviceRequests;
import org.relais.devices.routing.DeviceRouting;
import org.relais.directory.DirectoryCatalog;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.referral.ReferralFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A device request from the staff to the order, in the browser: the agent opens the request at the desk's
 * routing step and routes it to the partner; the partner finds it in its inbox, approves the need and orders a
 * laptop; the order confirmation is offered. Axe finds no violation on any page.
 */
class DeviceRequestE2eTest extends E2eTest {

	@Autowired
	AccountDirectory accounts;

	@Autowired
	DirectoryCatalog directory;

	@Autowired
	People people;

	@Autowired
	DeviceRouting routing;

	@Autowired
	DeviceRequests requests;

	@Autowired
	DeviceRequestRepository requestRepository;

	@Autowired
	DeviceOrderRepository orders;

	@Test
	void theStaffRoutesThePartnerApprovesAndOrders() {
		RelaisPrincipal agent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		RelaisPrincipal partner = accounts.findByEmail("partner@demo.relais").orElseThrow();
		UUID lyon = agent.currentTerritoryId();
		UUID organisation = directory.memberOrganisations(partner.userId()).iterator().next();
		routing.save(lyon, organisation, Set.of(DeviceCategory.OTHER, DeviceCategory.SOCIAL_AID), Set.of(), 30, true,
				null);
		String lastName = ReferralFixtures.unique("Garnier");
		UUID person = people.create(lyon, new NewBeneficiary("Léa", lastName, false, null, 1991, "69007", null, null,
				null, Set.of("fr"), null, Set.of(), 10, false, null), agent.userId()).id();
		String reference = ReferralFixtures.unique("E2E").toUpperCase();
		DeviceRequest request = requests.create(lyon, null, reference, person, DeviceCategory.OTHER,
				"Pour suivre une formation en ligne", agent.userId());

		signIn("agent@demo.relais");
		visit("/devices/requests?status=TO_ROUTE");
		page.locator("main table a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(reference))
			.click();
		page.waitForURL(Pattern.compile("/devices/requests/[0-9a-f-]{36}$"));
		assertThat(page.locator("main h1")).containsText(reference);
		assertThat(page.locator("main dl")).containsText(lastName);
		axe();
		page.locator("#organisationId").selectOption(organisation.toString());
		page.locator("form:has(#organisationId) button[type=submit]").click();
		page.waitForLoadState();
		assertThat(page.locator(".flash")).hasText(msg("fr", "devices.request.routed"));
		axe();
		assertThat(requestRepository.findById(request.getId()).orElseThrow().getStatus())
			.isEqualTo(DeviceRequestStatus.ROUTED);
		signOut();

		signIn("partner@demo.relais");
		visit("/partner/devices");
		page.locator("main table a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(reference))
			.click();
		page.waitForURL(Pattern.compile("/partner/devices/[0-9a-f-]{36}$"));
		axe();
		page.locator("form:has(#justification) button[type=submit]").click();
		page.waitForLoadState();
		assertThat(page.locator("#justification-error")).containsText(msg("fr", "devices.request.error.required"));
		axe();
		page.locator("#justification").fill("Formation en ligne sans ordinateur à la maison");
		page.locator("form:has(#justification) button[type=submit]").click();
		page.waitForURL(Pattern.compile("/partner/devices/[0-9a-f-]{36}/order$"));
		assertThat(page.locator("#layout")).hasValue("FR");
		axe();
		page.locator("#quantity").fill("7");
		page.locator("main form button[type=submit]").click();
		page.waitForLoadState();
		assertThat(page.locator("#error-summary")).isVisible();
		axe();
		page.locator("#quantity").fill("1");
		page.locator("input[name=financing][value=FREE]").check();
		page.locator("input[name=accessories][value=mouse]").check();
		page.locator("main form button[type=submit]").click();
		page.waitForURL(Pattern.compile("/partner/devices/[0-9a-f-]{36}$"));
		assertThat(page.locator(".flash")).hasText(msg("fr", "devices.order.placed"));
		assertThat(page.locator("a[href$='/order.pdf']")).isVisible();
		axe();
		assertThat(requestRepository.findById(request.getId()).orElseThrow().getStatus())
			.isEqualTo(DeviceRequestStatus.ORDERED);
		assertThat(orders.findByRequestId(request.getId())).extracting(DeviceOrder::getStatus)
			.containsExactly(DeviceOrder.Status.WAITING);
		signOut();
	}

}
