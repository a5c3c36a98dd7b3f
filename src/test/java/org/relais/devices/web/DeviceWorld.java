package org.relais.devices.web;

import java.util.Set;
import java.util.UUID;

import org.relais.devices.DeviceCategory;
import org.relais.devices.DeviceRequestStatus;
import org.relais.devices.request.DeviceRequest;
import org.relais.devices.request.DeviceRequestRepository;
import org.relais.devices.request.DeviceRequests;
import org.relais.devices.routing.DeviceRouting;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.referral.ReferralFixtures;
import org.relais.territory.TerritoryCatalog;
import org.springframework.context.ApplicationContext;

/**
 * Fresh data of the device request tests in a demo territory: two partner organisations with their own partner
 * user and rules (one takes social aid and other, one work integration), a person, and the demo staff.
 */
class DeviceWorld {

	final UUID territory;

	final RelaisPrincipal agent;

	final RelaisPrincipal admin;

	final RelaisPrincipal partner;

	final RelaisPrincipal otherPartner;

	final UUID org;

	final String orgName;

	final UUID otherOrg;

	final UUID person;

	final String personLast;

	private final DeviceRequests requests;

	private final DeviceRequestRepository repository;

	DeviceWorld(ApplicationContext context, String slug, String agentEmail, String adminEmail, String language) {
		ReferralFixtures fixtures = new ReferralFixtures(context);
		AccountDirectory accounts = context.getBean(AccountDirectory.class);
		this.requests = context.getBean(DeviceRequests.class);
		this.repository = context.getBean(DeviceRequestRepository.class);
		territory = context.getBean(TerritoryCatalog.class).findBySlug(slug).orElseThrow().id();
		agent = accounts.findByEmail(agentEmail).orElseThrow();
		admin = accounts.findByEmail(adminEmail).orElseThrow();
		orgName = ReferralFixtures.unique("Geräte-Partner");
		org = fixtures.organisation(territory, orgName);
		otherOrg = fixtures.organisation(territory, ReferralFixtures.unique("Andere Stelle"));
		UUID p = fixtures.user(ReferralFixtures.unique("dev-partner") + "@dev.example.org", "Petra Partner", language,
				territory, Role.PARTNER);
		UUID o = fixtures.user(ReferralFixtures.unique("dev-other") + "@dev.example.org", "Otto Other", language,
				territory, Role.PARTNER);
		fixtures.member(org, p);
		fixtures.member(otherOrg, o);
		partner = accounts.findById(p).orElseThrow();
		otherPartner = accounts.findById(o).orElseThrow();
		DeviceRouting routing = context.getBean(DeviceRouting.class);
		routing.save(territory, org, Set.of(DeviceCategory.SOCIAL_AID, DeviceCategory.OTHER), Set.of(), 50, true,
				null);
		routing.save(territory, otherOrg, Set.of(DeviceCategory.WORK_INTEGRATION), Set.of(), 50, true, null);
		personLast = ReferralFixtures.unique("Gerätlos");
		person = context.getBean(People.class)
			.create(territory, new NewBeneficiary("Vera", personLast, false, null, 1968, null, null, null, null,
					Set.of(language), null, Set.of(), 10, false, null), agent.userId())
			.id();
	}

	DeviceRequest request(DeviceCategory category) {
		return requests.create(territory, null, ReferralFixtures.unique("T").toUpperCase(), person, category,
				"Für Bewerbungen", agent.userId());
	}

	DeviceRequest routed(DeviceCategory category) {
		DeviceRequest r = request(category);
		return requests.route(territory, r.getId(), org, agent.userId());
	}

	DeviceRequest approved() {
		DeviceRequest r = routed(DeviceCategory.OTHER);
		return requests.approve(territory, Set.of(org), r.getId(), "Braucht es für die Stellensuche",
				partner.userId());
	}

	DeviceRequest reload(UUID id) {
		return repository.findById(id).orElseThrow();
	}

	DeviceRequestStatus status(UUID id) {
		return reload(id).getStatus();
	}

}
