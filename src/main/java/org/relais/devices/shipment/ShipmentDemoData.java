package org.relais.devices.shipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.relais.devices.settings.DeviceProgramme;
import org.relais.devices.shipment.AllocationRule.Allocation;
import org.relais.devices.shipment.AllocationRule.Plan;
import org.relais.devices.stock.Device;
import org.relais.devices.stock.DeviceRepository;
import org.relais.devices.stock.DeviceStock;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.people.BeneficiarySummary;
import org.relais.people.DemoPeople;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo shipments in Zürich (German): eight laptops of its own (serials DEMO-SHIP-…), device requests of Zürich demo
 * people routed to, approved and ordered by the Sozialzentrum Helvetiaplatz and the RAV Zürich-Oerlikon; a batch
 * shipped at the cut-off about two weeks ago (the Sozialzentrum's parcel received, one of its requests handed over,
 * one not yet; the RAV's parcel still on its way) and a batch proposed for the next cut-off with two allocated
 * orders. Three of its laptops stay READY; its parcels leave without mails to the demo partners. It takes only
 * its own devices and orders, so the other demo data keep theirs; a device with its first serial means it ran
 * already.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class ShipmentDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ShipmentDemoData.class);

	static final String SERIAL = "DEMO-SHIP-";

	private static final String SOCIAL_SERVICE = "Sozialzentrum Helvetiaplatz";

	private static final String EMPLOYMENT_SERVICE = "RAV Zürich-Oerlikon";

	private final AccountDirectory accounts;

	private final DirectoryCatalog directory;

	private final People people;

	private final DeviceStock stock;

	private final DeviceRepository devices;

	private final DeviceRequestRepository requests;

	private final DeviceOrderRepository orders;

	private final RequestSteps steps;

	private final DeviceProgramme programme;

	private final Shipments shipments;

	private final ShipmentParcelRepository parcels;

	private final TransactionTemplate tx;

	ShipmentDemoData(AccountDirectory accounts, DirectoryCatalog directory, People people, DeviceStock stock,
			DeviceRepository devices, DeviceRequestRepository requests, DeviceOrderRepository orders,
			RequestSteps steps, DeviceProgramme programme, Shipments shipments, ShipmentParcelRepository parcels,
			PlatformTransactionManager transactions) {
		this.accounts = accounts;
		this.directory = directory;
		this.people = people;
		this.stock = stock;
		this.devices = devices;
		this.requests = requests;
		this.orders = orders;
		this.steps = steps;
		this.programme = programme;
		this.shipments = shipments;
		this.parcels = parcels;
		this.tx = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<RelaisPrincipal> agent = accounts.findByEmail("agent@ch.demo.relais");
		Optional<RelaisPrincipal> partner = accounts.findByEmail("partner@ch.demo.relais");
		if (agent.isEmpty() || partner.isEmpty() || agent.get().currentTerritoryId() == null
				|| devices.existsBySerialNumberIgnoreCase(SERIAL + "1")) {
			return;
		}
		UUID territory = agent.get().currentTerritoryId();
		Optional<UUID> social = organisation(territory, SOCIAL_SERVICE);
		Optional<UUID> employment = organisation(territory, EMPLOYMENT_SERVICE);
		List<UUID> persons = DemoPeople.ZURICH.stream().limit(5).map(n -> person(territory, n)).toList();
		if (social.isEmpty() || employment.isEmpty() || persons.contains(null)) {
			return;
		}
		UUID by = agent.get().userId();
		UUID partnerUser = partner.get().userId();
		List<UUID> laptops = tx.execute(s -> {
			List<UUID> made = new ArrayList<>();
			String[][] models = { { "Lenovo", "ThinkPad T480" }, { "Lenovo", "ThinkPad T470" }, { "HP", "EliteBook 840 G5" },
					{ "Dell", "Latitude 7490" }, { "Lenovo", "ThinkPad X280" }, { "HP", "ProBook 450 G6" },
					{ "Dell", "Latitude 5400" }, { "Lenovo", "ThinkPad T490" } };
			LocalDate received = programme.today(territory).minusWeeks(8);
			for (int i = 0; i < models.length; i++) {
				Device d = new Device(territory, "ZH-VERSAND-" + (i + 1), DeviceType.LAPTOP, models[i][0],
						models[i][1], SERIAL + (i + 1), null, received.plusDays(i), steps.now());
				d.describe("Intel Core i5", 8, 256, KeyboardLayout.CH_DE, i % 3 == 0 ? Grade.A : Grade.B, null,
						steps.now());
				d.checks(true, true, true, true, true, true, steps.now());
				d = stock.add(d, by);
				stock.move(d, DeviceState.IN_REFURBISHMENT, by, null);
				stock.move(d, DeviceState.READY, by, null);
				made.add(d.getId());
			}
			return made;
		});
		// five requests: three in the shipped batch, two in the proposed one
		UUID[] orgs = { social.get(), social.get(), employment.get(), social.get(), employment.get() };
		String socialAddress = "Molkenstrasse 5, 8004 Zürich";
		String employmentAddress = "Schaffhauserstrasse 78, 8050 Zürich";
		DeviceCategory[] categories = { DeviceCategory.SOCIAL_AID, DeviceCategory.SOCIAL_AID,
				DeviceCategory.WORK_INTEGRATION, DeviceCategory.SOCIAL_AID, DeviceCategory.WORK_INTEGRATION };
		List<UUID> ordered = tx.execute(s -> {
			List<UUID> made = new ArrayList<>();
			for (int i = 0; i < orgs.length; i++) {
				made.add(order(territory, "ZH-GS-V" + (i + 1), persons.get(i), categories[i], orgs[i],
						orgs[i].equals(social.get()) ? socialAddress : employmentAddress, by, partnerUser));
			}
			return made;
		});
		LocalDate today = programme.today(territory);
		// the cut-off one cycle before the next one: the batch that left about two weeks ago
		var settings = programme.settings(territory);
		LocalDate past = settings.nextCutoff(today).minusWeeks(settings.getCadenceWeeks());
		UUID shipped = shipments.prepare(territory, past, plan(ordered.subList(0, 3), laptops.subList(0, 3)), by);
		shipments.confirm(territory, shipped, by);
		List<ShipmentParcel> sent = tx.execute(s -> parcels.findByBatchId(shipped));
		for (ShipmentParcel p : sent) {
			shipments.ship(territory, shipped, p.getId(), "99.00.123456.1234567" + (p.getOrganisationId()
				.equals(social.get()) ? "1" : "2"), by, false);
		}
		ShipmentParcel received = sent.stream()
			.filter(p -> p.getOrganisationId().equals(social.get()))
			.findFirst()
			.orElseThrow();
		Set<UUID> partnerOrgs = Set.of(social.get());
		shipments.receive(territory, partnerOrgs, received.getId(), partnerUser);
		LocalDate handedOver = past.plusDays(3).isAfter(today) ? today : past.plusDays(3);
		shipments.handOver(territory, partnerOrgs, ordered.get(0), handedOver,
				"Laptop mit Ladegerät übergeben, Anmeldung gemeinsam eingerichtet.", partnerUser);
		shipments.prepare(territory, shipments.nextCutoff(territory),
				plan(ordered.subList(3, 5), laptops.subList(3, 5)), by);
		log.info("Demo shipments: 8 laptops, 5 orders, a shipped batch of {} and a proposed one", past);
	}

	/** One laptop per order, in the given order. */
	private static Plan plan(List<UUID> orderIds, List<UUID> deviceIds) {
		List<Allocation> allocations = new ArrayList<>();
		for (int i = 0; i < orderIds.size(); i++) {
			allocations.add(new Allocation(orderIds.get(i), List.of(deviceIds.get(i))));
		}
		return new Plan(allocations, List.of());
	}

	private UUID order(UUID territory, String reference, UUID person, DeviceCategory category, UUID organisation,
			String address, UUID agent, UUID partner) {
		DeviceRequest request = requests.save(new DeviceRequest(territory, null, reference, person, category,
				"Braucht einen Laptop für Bewerbungen und Deutschkurs.", agent, steps.now()));
		steps.record(request, agent, null, null);
		request.routeTo(organisation, false, steps.now());
		steps.record(request, agent, organisation, null);
		request.approve("Bedarf im Gespräch bestätigt.", partner, steps.now());
		steps.record(request, partner, organisation, null);
		request.moveTo(DeviceRequestStatus.ORDERED, steps.now());
		steps.record(request, partner, organisation, null);
		DeviceOrder order = orders.save(new DeviceOrder(territory, request.getId(), organisation, DeviceType.LAPTOP,
				KeyboardLayout.CH_DE, 1, "charger,bag", Financing.SOCIAL_AID, new BigDecimal("150.00"), "CHF",
				address, partner, steps.now()));
		return order.getId();
	}

	private Optional<UUID> organisation(UUID territory, String name) {
		return directory.organisations(territory, "de")
			.stream()
			.filter(o -> o.name().equals(name))
			.map(OrganisationRef::id)
			.findFirst();
	}

	private UUID person(UUID territory, String name) {
		String first = name.substring(0, name.indexOf(' '));
		String last = name.substring(name.indexOf(' ') + 1);
		return people.search(territory, last, 10)
			.stream()
			.filter(p -> first.equals(p.firstName()))
			.map(BeneficiarySummary::id)
			.findFirst()
			.orElse(null);
	}

}
