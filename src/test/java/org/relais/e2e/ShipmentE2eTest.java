package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.relais.devices.DeviceCategory;
import org.relais.devices.DeviceRequestStatus;
import org.relais.devices.DeviceState;
import org.relais.devices.DeviceType;
import org.relais.devices.Financing;
import org.relais.devices.Grade;
import org.relais.devices.KeyboardLayout;
import org.relais.devices.order.DeviceOrder;
import org.relais.devices.order.DeviceOrderRepository;
import org.relais.devices.request.DeviceRequest;
import org.relais.devices.request.DeviceRequestRepository;
import org.relais.devices.request.RequestSteps;
import org.relais.devices.stock.Device;
import org.relais.devices.stock.DeviceStock;
import org.relais.directory.DirectoryCatalog;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fortnightly shipment end to end in Lyon: a partner's order waits with a ready laptop in stock; the agent
 * prepares the batch, confirms it is packed, enters the parcel's tracking number and marks it shipped; the partner
 * finds the parcel, confirms its reception and records the hand-over to the person, which closes the request. axe
 * on every page.
 */
class ShipmentE2eTest extends E2eTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	DirectoryCatalog directory;

	@Autowired
	People people;

	@Autowired
	DeviceStock stock;

	@Autowired
	DeviceRequestRepository requests;

	@Autowired
	DeviceOrderRepository orders;

	@Autowired
	RequestSteps steps;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theAgentShipsAndThePartnerReceivesAndHandsOver() {
		RelaisPrincipal agent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		RelaisPrincipal partner = accounts.findByEmail("partner@demo.relais").orElseThrow();
		UUID lyon = agent.currentTerritoryId();
		UUID organisation = directory.memberOrganisations(partner.userId())
			.stream()
			.filter(o -> directory.organisation(lyon, o, "fr").isPresent())
			.findFirst()
			.orElseThrow();
		String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		UUID person = people.create(lyon, new NewBeneficiary("Yasmine", "Expédition" + tag, false, null, 1991,
				"69003", null, null, null, Set.of(), null, Set.of(), null, false, null), agent.userId()).id();
		TransactionTemplate tx = new TransactionTemplate(transactions);
		DeviceOrder order = tx.execute(s -> {
			Instant now = Instant.now();
			DeviceRequest r = requests.save(new DeviceRequest(lyon, null, "E2E-" + tag, person,
					DeviceCategory.SOCIAL_AID, null, agent.userId(), now));
			r.routeTo(organisation, false, now);
			steps.record(r, agent.userId(), organisation, null);
			r.approve("Besoin confirmé", partner.userId(), now);
			steps.record(r, partner.userId(), organisation, null);
			r.moveTo(DeviceRequestStatus.ORDERED, now);
			steps.record(r, partner.userId(), organisation, null);
			return orders.save(new DeviceOrder(lyon, r.getId(), organisation, DeviceType.LAPTOP, KeyboardLayout.FR, 1,
					null, Financing.FREE, new BigDecimal("150.00"), "EUR", "12 rue de la Gare, 69003 Lyon",
					partner.userId(), now.minusSeconds(86_400L * 365)));
		});
		Device laptop = tx.execute(s -> {
			Device d = new Device(lyon, "E2E-" + tag, DeviceType.LAPTOP, "Lenovo", "ThinkPad T480", "E2E-SN-" + tag,
					null, LocalDate.now().minusYears(1), Instant.now());
			d.describe("i5", 8, 256, KeyboardLayout.FR, Grade.A, null, Instant.now());
			d = stock.add(d, agent.userId());
			stock.move(d, DeviceState.IN_REFURBISHMENT, agent.userId(), null);
			return stock.move(d, DeviceState.READY, agent.userId(), null);
		});

		// the agent prepares the batch, packs it, ships the parcel with its tracking number
		signIn("agent@demo.relais");
		visit("/devices/shipments");
		assertThat(page.locator("main")).containsText("E2E-" + tag);
		page.locator("form[action$='/devices/shipments/prepare'] button").click();
		page.waitForURL(Pattern.compile("/devices/shipments/[0-9a-f-]{36}$"));
		axe();
		assertThat(page.locator(".flash")).isVisible();
		assertThat(page.locator("main")).containsText(laptop.getAssetTag());
		UUID parcel = jdbc.queryForObject("select parcel_id from dev_shipment_item where order_id = ?", UUID.class,
				order.getId());
		page.locator("form[action$='/confirm'] button").click();
		page.waitForLoadState();
		axe();
		String tracking = "LY" + tag + "FR";
		page.locator("#tracking-" + parcel).fill(tracking);
		page.locator("#parcel-" + parcel + " form[action$='/ship'] button").click();
		page.waitForLoadState();
		axe();
		assertThat(page.locator("#parcel-" + parcel)).containsText(tracking);
		signOut();

		// the partner finds the parcel, confirms its reception and records the hand-over
		signIn("partner@demo.relais");
		visit("/partner/devices/parcels");
		page.locator("a[href='/partner/devices/parcels/" + parcel + "']").click();
		page.waitForLoadState();
		axe();
		assertThat(page.locator("main")).containsText(tracking);
		page.locator("form[action$='/receive'] button").click();
		page.waitForLoadState();
		axe();
		page.locator("a[href='/partner/devices/orders/" + order.getId() + "/handover']").click();
		page.waitForLoadState();
		axe();
		page.locator("main form button[type=submit]").click();
		page.waitForLoadState();
		axe();
		assertThat(page.locator("#error-summary")).isVisible();
		page.locator("#acknowledged").check();
		page.locator("#note").fill("Remis en main propre");
		page.locator("main form button[type=submit]").click();
		page.waitForURL(Pattern.compile("/partner/devices/parcels/" + parcel + "$"));
		axe();
		assertThat(page.locator(".flash")).isVisible();
		assertThat(jdbc.queryForObject("select status from dev_request where id = ?", String.class,
				order.getRequestId())).isEqualTo("HANDED_OVER");
		assertThat(jdbc.queryForObject("select state from dev_device where id = ?", String.class, laptop.getId()))
			.isEqualTo("HANDED_OVER");
	}

}
