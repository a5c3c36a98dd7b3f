package org.relais.devices.shipment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.freshness.FreshnessFixtures;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.territory.TerritoryKind;
import org.relais.territory.domain.Territories;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shipment test data: a territory of its own (country and default language chosen), a staff agent, two partner
 * organisations each with a partner account, a person; READY devices and WAITING orders made through the core
 * classes (a request routed, approved and ordered, with its steps). Unique names and serials, so tests share the
 * database with the demo data.
 */
final class ShipmentWorld {

	final UUID territory;

	final RelaisPrincipal agent;

	final UUID organisation;

	final String organisationName;

	final RelaisPrincipal partner;

	final UUID otherOrganisation;

	final RelaisPrincipal otherPartner;

	final UUID person;

	private final ApplicationContext context;

	private final TransactionTemplate tx;

	ShipmentWorld(ApplicationContext context, String country, String language, String zone) {
		this.context = context;
		this.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		FreshnessFixtures fixtures = new FreshnessFixtures(context);
		AccountDirectory accounts = context.getBean(AccountDirectory.class);
		String slug = unique("ship").toLowerCase();
		this.territory = context.getBean(Territories.class)
			.create(slug, Map.of("fr", "Territoire " + slug, "de", "Gebiet " + slug), country, null, null,
					TerritoryKind.COMMUNE, null, language, List.of("fr", "de", "it", "en"), zone)
			.id();
		this.agent = accounts.findById(fixtures.user(unique("agent") + "@ship.example.org", "Agathe Agent", language,
				territory, Role.AGENT)).orElseThrow();
		this.organisationName = unique("Sozialdienst");
		this.organisation = organisation(organisationName);
		this.otherOrganisation = organisation(unique("Autre structure"));
		UUID partnerId = fixtures.user(unique("partner") + "@ship.example.org", "Paula Partner", language, territory,
				Role.PARTNER);
		UUID otherId = fixtures.user(unique("other") + "@ship.example.org", "Otto Other", language, territory,
				Role.PARTNER);
		fixtures.member(organisation, partnerId, MemberStatus.ACTIVE);
		fixtures.member(otherOrganisation, otherId, MemberStatus.ACTIVE);
		this.partner = accounts.findById(partnerId).orElseThrow();
		this.otherPartner = accounts.findById(otherId).orElseThrow();
		this.person = context.getBean(People.class)
			.create(territory, new NewBeneficiary("Mia", unique("Muster"), false, null, 1988, "8004", null, null, null,
					Set.of(), null, Set.of(), null, false, null), agent.userId())
			.id();
	}

	static String unique(String label) {
		return label + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private UUID organisation(String name) {
		OrganisationRepository organisations = context.getBean(OrganisationRepository.class);
		return tx.execute(s -> {
			Organisation o = new Organisation(null, territory, LocalizedText.of(Map.of("fr", name, "de", name)),
					Instant.now());
			o.setStatus(OrganisationStatus.ACTIVE);
			return organisations.save(o).getId();
		});
	}

	/** A READY device with a unique serial, received on the day. */
	Device device(DeviceType type, KeyboardLayout layout, LocalDate receivedOn) {
		DeviceStock stock = context.getBean(DeviceStock.class);
		String tag = unique("T").toUpperCase();
		return tx.execute(s -> {
			Device d = new Device(territory, tag, type, "Lenovo", "ThinkPad T480", "SN-" + tag, null, receivedOn,
					Instant.now());
			d.describe("i5", 8, 256, layout, Grade.B, null, Instant.now());
			d = stock.add(d, agent.userId());
			stock.move(d, DeviceState.IN_REFURBISHMENT, agent.userId(), null);
			return stock.move(d, DeviceState.READY, agent.userId(), null);
		});
	}

	/** A WAITING order of an organisation, its request ORDERED, ordered at the instant. */
	DeviceOrder order(UUID org, DeviceType type, KeyboardLayout layout, int quantity, Instant orderedAt) {
		DeviceRequestRepository requests = context.getBean(DeviceRequestRepository.class);
		DeviceOrderRepository orders = context.getBean(DeviceOrderRepository.class);
		RequestSteps steps = context.getBean(RequestSteps.class);
		return tx.execute(s -> {
			Instant now = Instant.now();
			DeviceRequest r = requests.save(new DeviceRequest(territory, null, unique("GS").toUpperCase(), person,
					DeviceCategory.SOCIAL_AID, null, agent.userId(), now));
			r.routeTo(org, false, now);
			steps.record(r, agent.userId(), org, null);
			r.approve("Needed", partner.userId(), now);
			steps.record(r, partner.userId(), org, null);
			r.moveTo(DeviceRequestStatus.ORDERED, now);
			steps.record(r, partner.userId(), org, null);
			return orders.save(new DeviceOrder(territory, r.getId(), org, type, layout, quantity, null,
					Financing.FREE, new BigDecimal("150.00"), "CHF", "Hauptstrasse 1, 8000 Zürich", partner.userId(),
					orderedAt));
		});
	}

	DeviceOrder order(UUID org) {
		return order(org, DeviceType.LAPTOP, KeyboardLayout.CH_DE, 1, Instant.now());
	}

	DeviceOrder reload(DeviceOrder order) {
		return context.getBean(DeviceOrderRepository.class).findById(order.getId()).orElseThrow();
	}

	DeviceRequest request(DeviceOrder order) {
		return context.getBean(DeviceRequestRepository.class).findById(order.getRequestId()).orElseThrow();
	}

	Device reload(Device device) {
		return context.getBean(org.relais.devices.stock.DeviceRepository.class).findById(device.getId()).orElseThrow();
	}

}
