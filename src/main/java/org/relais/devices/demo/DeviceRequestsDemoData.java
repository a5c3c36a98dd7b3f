package org.relais.devices.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.devices.DeviceCategory;
import org.relais.devices.DeviceType;
import org.relais.devices.Financing;
import org.relais.devices.KeyboardLayout;
import org.relais.devices.order.DeviceOrders;
import org.relais.devices.request.DeviceRequest;
import org.relais.devices.request.DeviceRequests;
import org.relais.devices.routing.DeviceRouting;
import org.relais.devices.settings.DeviceProgramme;
import org.relais.devices.settings.DeviceSettings;
import org.relais.devices.settings.DeviceSettingsRepository;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.LocationRef;
import org.relais.directory.OrganisationRef;
import org.relais.people.BeneficiarySummary;
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

/**
 * The Zürich device programme as Wir lernen weiter runs it: CHF 150 per device, shipments every two weeks on
 * Wednesday; routing rules for a social service, an RAV office, an asylum-support organisation and Wir lernen weiter
 * itself; requests at the desk (one declined once), with partners (one at Sozialzentrum Helvetiaplatz, whose demo
 * partner sees it), approved, ordered (waiting for stock: the shipments' demo allocates them) and cancelled. Made
 * through the module's services; does nothing when its first request exists.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "relais.demo", havingValue = "true")
class DeviceRequestsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DeviceRequestsDemoData.class);

	static final String SOZIALZENTRUM = "Sozialzentrum Helvetiaplatz";

	static final String RAV = "RAV Zürich-Oerlikon";

	static final String ASYL = "Asylbegleitung Limmattal";

	static final String WLW = "Wir lernen weiter – Zürich";

	enum Then {

		TO_ROUTE, DECLINED_ONCE, ROUTED, APPROVED, ORDERED, CANCELLED

	}

	record Plan(String reference, String person, DeviceCategory category, String partner, Then then,
			DeviceType type, String note) {
	}

	static final List<Plan> PLANS = List.of(
			new Plan("DEMO-ZH-D01", "Ursula Meier", DeviceCategory.SOCIAL_AID, null, Then.TO_ROUTE, null,
					"Braucht einen Laptop für Online-Kurse und Bewerbungen."),
			new Plan("DEMO-ZH-D02", "Beat Keller", DeviceCategory.WORK_INTEGRATION, RAV, Then.DECLINED_ONCE, null,
					"Sucht Arbeit, hat kein eigenes Gerät."),
			new Plan("DEMO-ZH-D03", "Selin Yilmaz", DeviceCategory.SOCIAL_AID, SOZIALZENTRUM, Then.ROUTED, null,
					"Kinder brauchen ein Gerät für die Schule."),
			new Plan("DEMO-ZH-D04", "Luca Ferrari", DeviceCategory.OTHER, WLW, Then.ROUTED, null, null),
			new Plan("DEMO-ZH-D05", "Giulia Bernasconi", DeviceCategory.SOCIAL_AID, SOZIALZENTRUM, Then.APPROVED,
					null, "Deutschkurs online."),
			new Plan("DEMO-ZH-D06", "Ursula Meier", DeviceCategory.WORK_INTEGRATION, RAV, Then.ORDERED,
					DeviceType.LAPTOP, null),
			new Plan("DEMO-ZH-D07", "Dawit Tesfaye", DeviceCategory.MIGRATION, ASYL, Then.ORDERED, DeviceType.LAPTOP,
					"Integrationskurs und Kontakt mit Behörden."),
			new Plan("DEMO-ZH-D08", "Selin Yilmaz", DeviceCategory.SOCIAL_AID, SOZIALZENTRUM, Then.ORDERED,
					DeviceType.TABLET, null),
			new Plan("DEMO-ZH-D09", "Luca Ferrari", DeviceCategory.OTHER, null, Then.CANCELLED, null, null));

	private final DeviceRequests requests;

	private final DeviceOrders orders;

	private final DeviceRouting routing;

	private final DeviceProgramme programme;

	private final DeviceSettingsRepository settings;

	private final People people;

	private final DirectoryCatalog directory;

	private final AccountDirectory accounts;

	private final Clock clock;

	DeviceRequestsDemoData(DeviceRequests requests, DeviceOrders orders, DeviceRouting routing,
			DeviceProgramme programme, DeviceSettingsRepository settings, People people, DirectoryCatalog directory,
			AccountDirectory accounts, Clock clock) {
		this.requests = requests;
		this.orders = orders;
		this.routing = routing;
		this.programme = programme;
		this.settings = settings;
		this.people = people;
		this.directory = directory;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<RelaisPrincipal> agent = accounts.findByEmail("agent@ch.demo.relais");
		if (agent.isEmpty() || agent.get().currentTerritoryId() == null) {
			return;
		}
		UUID territory = agent.get().currentTerritoryId();
		if (requests.ofTerritory(territory).stream().anyMatch(r -> PLANS.get(0).reference().equals(r.getReference()))) {
			return;
		}
		Map<String, UUID> orgs = new HashMap<>();
		for (OrganisationRef o : directory.organisations(territory, "de")) {
			orgs.put(o.name(), o.id());
		}
		if (!orgs.keySet().containsAll(List.of(SOZIALZENTRUM, RAV, ASYL, WLW))) {
			log.warn("Demo device requests: the Zürich partner organisations are missing");
			return;
		}
		DeviceSettings s = programme.settings(territory);
		s.change(new BigDecimal("150.00"), "CHF", false, 2, DayOfWeek.WEDNESDAY, null, clock.instant());
		settings.save(s);
		routing.save(territory, orgs.get(SOZIALZENTRUM), Set.of(DeviceCategory.SOCIAL_AID), Set.of(), 10, true, null);
		routing.save(territory, orgs.get(RAV), Set.of(DeviceCategory.WORK_INTEGRATION), Set.of(), 8, true, null);
		routing.save(territory, orgs.get(ASYL), Set.of(DeviceCategory.MIGRATION), Set.of(), 6, true, null);
		routing.save(territory, orgs.get(WLW), Set.of(DeviceCategory.OTHER), Set.of(), 20, true, null);
		UUID partnerUser = accounts.findByEmail("partner@ch.demo.relais").map(RelaisPrincipal::userId).orElse(null);
		int made = 0;
		for (Plan plan : PLANS) {
			Optional<BeneficiarySummary> person = find(territory, plan.person());
			if (person.isEmpty()) {
				continue;
			}
			UUID by = agent.get().userId();
			DeviceRequest r = requests.create(territory, null, plan.reference(), person.get().id(), plan.category(),
					plan.note(), by);
			UUID org = plan.partner() == null ? null : orgs.get(plan.partner());
			UUID decider = SOZIALZENTRUM.equals(plan.partner()) ? partnerUser : null;
			switch (plan.then()) {
				case TO_ROUTE -> {
				}
				case CANCELLED -> requests.cancel(territory, r.getId(), "Person hat selbst ein Gerät gefunden.", by);
				case DECLINED_ONCE -> {
					requests.route(territory, r.getId(), org, by);
					requests.decline(territory, Set.of(org), r.getId(),
							"Die Person ist nicht bei uns angemeldet; bitte an das Sozialzentrum weiterleiten.", null);
				}
				default -> {
					requests.route(territory, r.getId(), org, by);
					if (plan.then() != Then.ROUTED) {
						requests.approve(territory, Set.of(org), r.getId(),
								"Gerät nötig für Ausbildung und Kontakt mit den Behörden.", decider);
					}
					if (plan.then() == Then.ORDERED) {
						orders.place(territory, Set.of(org), r.getId(),
								new DeviceOrders.OrderLine(1, plan.type(),
										plan.type().hasKeyboard() ? KeyboardLayout.CH_DE : null,
										plan.type().hasKeyboard() ? Set.of("mouse", "bag") : Set.of("charger"),
										plan.category() == DeviceCategory.SOCIAL_AID ? Financing.SOCIAL_AID
												: Financing.PARTNER,
										address(territory, org)),
								decider);
					}
				}
			}
			made++;
		}
		log.info("Demo device requests: {} made in Zürich", made);
	}

	private Optional<BeneficiarySummary> find(UUID territory, String name) {
		String last = name.substring(name.lastIndexOf(' ') + 1);
		return people.search(territory, last, 10)
			.stream()
			.filter(p -> name.equals(p.firstName() + " " + p.lastName()))
			.findFirst();
	}

	private String address(UUID territory, UUID org) {
		return directory.locations(territory)
			.stream()
			.filter(l -> org.equals(l.organisationId()))
			.map(LocationRef::oneLine)
			.filter(s -> !s.isBlank())
			.findFirst()
			.orElse("Zürich");
	}

}
