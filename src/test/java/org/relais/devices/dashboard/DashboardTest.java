package org.relais.devices.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.devices.DeviceCategory;
import org.relais.devices.DeviceRequestStatus;
import org.relais.devices.DeviceState;
import org.relais.devices.DeviceType;
import org.relais.devices.Grade;
import org.relais.devices.request.DeviceRequest;
import org.relais.devices.request.DeviceRequestRepository;
import org.relais.devices.request.DeviceRequestStep;
import org.relais.devices.request.DeviceRequestStepRepository;
import org.relais.devices.stock.Device;
import org.relais.devices.stock.DeviceStock;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The coordinator's dashboard counts its own territory's requests and devices, and only those. */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DeviceRequestRepository requests;

	@Autowired
	DeviceRequestStepRepository steps;

	@Autowired
	DeviceStock stock;

	@Autowired
	PlatformTransactionManager txManager;

	TestAccounts accounts;

	UUID territory;

	RelaisPrincipal coordinator;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		territory = accounts.newTerritory();
		String email = TestAccounts.uniqueEmail("coordinator");
		accounts.createUser(email, "Coordinator", territory, Role.COORDINATOR);
		coordinator = accounts.principal(email);
	}

	@Test
	void countsRequestsStockAndLeadTimeOfTheTerritory() throws Exception {
		Instant now = Instant.now();
		new TransactionTemplate(txManager).executeWithoutResult(tx -> {
			request(DeviceCategory.MIGRATION, now);
			request(DeviceCategory.MIGRATION, now);
			request(DeviceCategory.SOCIAL_AID, now);
			// two closed requests: 4 and 10 days from request to hand-over, median 7
			closed(now.minus(20, ChronoUnit.DAYS), 4);
			closed(now.minus(30, ChronoUnit.DAYS), 10);
			Device a = stock.add(new Device(territory, "T-" + UUID.randomUUID().toString().substring(0, 12), DeviceType.LAPTOP, "Lenovo", "T480",
					"S-" + UUID.randomUUID(), null, LocalDate.now(), now), null);
			a.describe("i5", 8, 256, null, Grade.B, null, now);
			stock.move(a, DeviceState.IN_REFURBISHMENT, null, null);
			stock.add(new Device(territory, "T-" + UUID.randomUUID().toString().substring(0, 12), DeviceType.PHONE, "Fairphone", "4",
					"S-" + UUID.randomUUID(), null, LocalDate.now(), now), null);
		});

		Document page = Jsoup.parse(mvc.perform(get("/devices/dashboard").with(TestAccounts.as(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("#open-by-category tr[data-category=MIGRATION] td").text()).isEqualTo("2");
		assertThat(page.select("#open-by-category tr[data-category=SOCIAL_AID] td").text()).isEqualTo("1");
		assertThat(page.select("#open-by-category tr[data-category=OTHER] td").text()).isEqualTo("0");
		assertThat(page.select("#stock tr[data-state=IN_REFURBISHMENT] td").eachText())
			.containsExactly("0", "1", "0", "0", "0", "0", "1");
		assertThat(page.select("#stock tr[data-state=RECEIVED] td").last().text()).isEqualTo("1");
		assertThat(page.select("#lead-time").text()).contains("7");
		assertThat(page.select("#next-cutoff").text()).isNotBlank();
	}

	@Test
	void anotherTerritorySeesNoneOfItAndAPartnerNothing() throws Exception {
		new TransactionTemplate(txManager).executeWithoutResult(tx -> request(DeviceCategory.OTHER, Instant.now()));
		RelaisPrincipal swiss = accounts.principal("agent@ch.demo.relais");
		Document page = Jsoup.parse(mvc.perform(get("/devices/dashboard").with(TestAccounts.as(swiss)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#open-by-category")).isNotEmpty();
		String partnerEmail = TestAccounts.uniqueEmail("partner");
		accounts.createUser(partnerEmail, "Partner", territory, Role.PARTNER);
		mvc.perform(get("/devices/dashboard").with(TestAccounts.as(accounts.principal(partnerEmail))))
			.andExpect(status().isNotFound());
	}

	@Test
	void partnersNearTheirCapacityAreNamed() throws Exception {
		UUID org = context.getBean(org.relais.directory.PartnerOrganisations.class)
			.createValidated(new org.relais.directory.NewPartnerOrganisation(territory, "fr", "Atelier Capacité",
					"ASSOCIATION", null, null, null, null, null, "1 rue de la Paix", "69001", "Lyon", "FR"), null,
					"test");
		UUID roomy = context.getBean(org.relais.directory.PartnerOrganisations.class)
			.createValidated(new org.relais.directory.NewPartnerOrganisation(territory, "fr", "Atelier Marge",
					"ASSOCIATION", null, null, null, null, null, "2 rue de la Paix", "69001", "Lyon", "FR"), null,
					"test");
		var routing = context.getBean(org.relais.devices.routing.DeviceRouting.class);
		new TransactionTemplate(txManager).executeWithoutResult(tx -> {
			routing.save(territory, org, java.util.Set.of(DeviceCategory.OTHER), java.util.Set.of(), 5, true, null);
			routing.save(territory, roomy, java.util.Set.of(DeviceCategory.OTHER), java.util.Set.of(), 5, true, null);
			for (int i = 0; i < 4; i++) {
				request(DeviceCategory.OTHER, Instant.now()).routeTo(org, false, Instant.now());
			}
			request(DeviceCategory.OTHER, Instant.now()).routeTo(roomy, false, Instant.now());
		});
		Document page = Jsoup.parse(mvc.perform(get("/devices/dashboard").with(TestAccounts.as(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#open-by-partner tr[data-organisation=" + org + "] td").eachText()).startsWith("4",
				"5");
		assertThat(page.select("#open-by-partner tr[data-organisation=" + org + "] .near-capacity")).hasSize(1);
		assertThat(page.select("#open-by-partner tr[data-organisation=" + roomy + "] .near-capacity")).isEmpty();
		assertThat(page.select("#near-capacity").text()).contains("Atelier Capacité").doesNotContain("Atelier Marge");
	}

	private DeviceRequest request(DeviceCategory category, Instant at) {
		return requests.save(new DeviceRequest(territory, null, "T-" + UUID.randomUUID().toString().substring(0, 8),
				UUID.randomUUID(), category, null, null, at));
	}

	private void closed(Instant createdAt, int days) {
		DeviceRequest r = request(DeviceCategory.WORK_INTEGRATION, createdAt);
		r.routeTo(UUID.randomUUID(), false, createdAt);
		r.approve("ok", null, createdAt);
		for (DeviceRequestStatus s : new DeviceRequestStatus[] { DeviceRequestStatus.ORDERED,
				DeviceRequestStatus.ALLOCATED, DeviceRequestStatus.SHIPPED, DeviceRequestStatus.RECEIVED,
				DeviceRequestStatus.HANDED_OVER }) {
			r.moveTo(s, createdAt.plus(days, ChronoUnit.DAYS));
		}
		steps.save(new DeviceRequestStep(r.getId(), DeviceRequestStatus.HANDED_OVER, createdAt.plus(days, ChronoUnit.DAYS),
				null, null, null));
	}

}
