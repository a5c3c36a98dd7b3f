package org.relais.devices.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relais.desk.Channel;
import org.relais.desk.DeskContext;
import org.relais.desk.DeskField;
import org.relais.desk.DeskOutcome;
import org.relais.desk.DeskRequestRejected;
import org.relais.desk.DeskRequestType;
import org.relais.desk.DeskStatus;
import org.relais.desk.DeskSubmission;
import org.relais.devices.DeviceCategory;
import org.relais.devices.DeviceRequestStatus;
import org.relais.devices.KeyboardLayout;
import org.relais.devices.order.DeviceOrder;
import org.relais.devices.order.DeviceOrderRepository;
import org.relais.devices.request.DeviceRequest;
import org.relais.devices.request.DeviceRequestRepository;
import org.relais.devices.request.DeviceRequestStepRepository;
import org.relais.devices.request.DeviceRequests;
import org.relais.devices.routing.DeviceRouting;
import org.relais.devices.routing.RoutingProposal;
import org.relais.devices.settings.DeviceProgramme;
import org.relais.devices.settings.DeviceSettings;
import org.relais.devices.settings.DeviceSettingsRepository;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.referral.PathwayContributor;
import org.relais.referral.PathwayEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Device requests through the pages: the desk's type, routing (refused to a partner whose rules do not take the
 * category, nothing changed), the partner's judgement and order with bad input, 404 for other partners and other
 * territories, the order confirmation read back in German and French, the mail to the partner, the admin's settings
 * and rules with bad input, the pathway lines and the erasure of a person.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeviceRequestWebTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	DeviceRequests requests;

	@Autowired
	DeviceRequestRepository requestRepository;

	@Autowired
	DeviceRequestStepRepository steps;

	@Autowired
	DeviceOrderRepository orders;

	@Autowired
	DeviceRouting routing;

	@Autowired
	DeviceProgramme programme;

	@Autowired
	DeviceSettingsRepository settings;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	People people;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	DeviceWorld zh;

	@BeforeEach
	void world() {
		zh = new DeviceWorld(context, "kanton-zuerich", "agent@ch.demo.relais", "admin@ch.demo.relais", "de");
	}

	// ------------------------------------------------------------------ the desk's type

	@Test
	void theDeskTypeSuggestsTheCategoryAndCreatesARequestToRoute() {
		DeskRequestType type = deviceType();
		assertThat(type.order()).isEqualTo(10);
		List<DeskField> fields = type.fields(new DeskContext(zh.territory, zh.person, Set.of("personnes-exilees"), "de"));
		assertThat(fields).extracting(DeskField::name).containsExactly("category", "note");
		assertThat(fields.get(0).defaultValue()).isEqualTo("MIGRATION");
		assertThat(fields.get(0).options()).hasSize(4);

		UUID desk = UUID.randomUUID();
		String reference = "D-" + desk.toString().substring(0, 8);
		DeskOutcome outcome = new TransactionTemplate(transactions).execute(s -> type.submit(new DeskSubmission(desk,
				reference, zh.territory, zh.person, Channel.PHONE,
				Map.of("category", "SOCIAL_AID", "note", "Für die Schule"), zh.agent.userId(), null)));
		DeviceRequest created = requestRepository.findByDeskRequestId(desk).orElseThrow();
		assertThat(outcome.detailLink()).isEqualTo("/devices/requests/" + created.getId());
		assertThat(outcome.status()).isEqualTo(DeskStatus.NEW);
		assertThat(created.getReference()).isEqualTo(reference);
		assertThat(created.getStatus()).isEqualTo(DeviceRequestStatus.TO_ROUTE);
		assertThat(created.getNote()).isEqualTo("Für die Schule");
		assertThat(steps.findByRequestIdOrderByAt(created.getId())).extracting(st -> st.getStatus())
			.containsExactly(DeviceRequestStatus.TO_ROUTE);

		UUID bad = UUID.randomUUID();
		assertThatThrownBy(() -> new TransactionTemplate(transactions).execute(s -> type.submit(new DeskSubmission(bad,
				"D-bad", zh.territory, zh.person, Channel.PHONE, Map.of("category", "LUNCH"), zh.agent.userId(), null))))
			.isInstanceOf(DeskRequestRejected.class)
			.hasMessageContaining("category");
		assertThat(requestRepository.findByDeskRequestId(bad)).isEmpty();
	}

	@Test
	void aTerritoryThatRoutesAutomaticallyRoutesToTheProposedPartner() {
		DeviceSettings s = programme.settings(zh.territory);
		boolean before = s.isAutoRoute();
		change(true);
		var signedIn = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(zh.agent,
				null, zh.agent.getAuthorities());
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(signedIn);
		try {
			UUID desk = UUID.randomUUID();
			DeskOutcome outcome = new TransactionTemplate(transactions)
				.execute(t -> deviceType().submit(new DeskSubmission(desk, "A-" + desk.toString().substring(0, 8),
						zh.territory, zh.person, Channel.WALK_IN, Map.of("category", "WORK_INTEGRATION"),
						zh.agent.userId(), null)));
			DeviceRequest created = requestRepository.findByDeskRequestId(desk).orElseThrow();
			assertThat(created.getStatus()).isEqualTo(DeviceRequestStatus.ROUTED);
			assertThat(created.isAutoRouted()).isTrue();
			assertThat(created.getPartnerOrganisationId()).isNotNull();
			assertThat(routing.takes(zh.territory, created.getPartnerOrganisationId(), DeviceCategory.WORK_INTEGRATION))
				.isTrue();
			assertThat(outcome.status()).isEqualTo(DeskStatus.IN_PROGRESS);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
			change(before);
		}
	}

	// ------------------------------------------------------------------ staff: routing

	@Test
	void routingToAPartnerWhoseRulesDoNotTakeTheCategoryIsRefusedAndNothingChanges() throws Exception {
		DeviceRequest r = zh.request(DeviceCategory.SOCIAL_AID);
		String page = body(post("/devices/requests/{id}/route", r.getId()).param("organisationId", zh.otherOrg.toString())
			.with(user(zh.agent))
			.with(csrf()), 200);
		assertThat(page).contains(msg("devices.request.error.notTaken", zh.agent), "organisationId-error",
				"aria-invalid=\"true\"");
		DeviceRequest after = zh.reload(r.getId());
		assertThat(after.getStatus()).isEqualTo(DeviceRequestStatus.TO_ROUTE);
		assertThat(after.getPartnerOrganisationId()).isNull();
		assertThat(steps.findByRequestIdOrderByAt(r.getId())).hasSize(1);

		// an id that is not one is refused the same way
		body(post("/devices/requests/{id}/route", r.getId()).param("organisationId", "nonsense")
			.with(user(zh.agent))
			.with(csrf()), 200);
		assertThat(zh.status(r.getId())).isEqualTo(DeviceRequestStatus.TO_ROUTE);
	}

	@Test
	void theStaffSeeTheProposalRouteItAndThePartnerIsToldByMailAndInTheApp() throws Exception {
		DeviceRequest r = zh.request(DeviceCategory.OTHER);
		String page = body(get("/devices/requests/{id}", r.getId()).with(user(zh.agent)), 200);
		assertThat(page).contains(r.getReference(), zh.personLast, "/people/" + zh.person);
		List<RoutingProposal.Candidate> proposed = routing.propose(r, new RoutingProposal.Place(null, null), "de");
		assertThat(proposed).extracting(RoutingProposal.Candidate::organisationId).contains(zh.org)
			.doesNotContain(zh.otherOrg);

		MockHttpServletResponse routed = mvc.perform(post("/devices/requests/{id}/route", r.getId())
			.param("organisationId", zh.org.toString())
			.with(user(zh.agent))
			.with(csrf())).andReturn().getResponse();
		assertThat(routed.getStatus()).isEqualTo(302);
		DeviceRequest after = zh.reload(r.getId());
		assertThat(after.getStatus()).isEqualTo(DeviceRequestStatus.ROUTED);
		assertThat(after.getPartnerOrganisationId()).isEqualTo(zh.org);
		assertThat(after.isAutoRouted()).isFalse();

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<MimeMessage> mails = mailsTo(zh.partner.email(), r.getReference());
			assertThat(mails).hasSize(1);
			String text = GreenMailUtil.getBody(mails.get(0));
			assertThat(mails.get(0).getSubject()).contains("Gerätegesuch");
			assertThat(text).contains("/partner/devices/" + r.getId()).doesNotContain(zh.personLast);
			assertThat(inbox(zh.partner.userId(), "/partner/devices/" + r.getId()))
				.containsExactly("notification.mail.devices.request.routed");
		});
		assertThat(mailsTo(zh.otherPartner.email(), r.getReference())).isEmpty();
	}

	@Test
	void theCategoryChangesWhileAtTheDeskAndTheListFiltersAndHidesSensitiveCategoriesFromCoordinators()
			throws Exception {
		DeviceRequest r = zh.request(DeviceCategory.OTHER);
		mvc.perform(post("/devices/requests/{id}/category", r.getId()).param("category", "MIGRATION")
			.with(user(zh.agent))
			.with(csrf()));
		assertThat(zh.reload(r.getId()).getCategory()).isEqualTo(DeviceCategory.MIGRATION);
		String list = body(get("/devices/requests").param("category", "MIGRATION").param("status", "TO_ROUTE")
			.with(user(zh.agent)), 200);
		assertThat(list).contains(r.getReference(), msg("devices.category.MIGRATION", zh.agent));
		RelaisPrincipal coordinator = accounts.findByEmail("coordinator@ch.demo.relais").orElseThrow();
		String hidden = body(get("/devices/requests/{id}", r.getId()).with(user(coordinator)), 200);
		assertThat(hidden).contains(msg("devices.request.category.protected", coordinator))
			.doesNotContain(msg("devices.category.MIGRATION", coordinator));

		DeviceRequest routed = zh.routed(DeviceCategory.OTHER);
		String refused = body(post("/devices/requests/{id}/category", routed.getId()).param("category", "SOCIAL_AID")
			.with(user(zh.agent))
			.with(csrf()), 200);
		assertThat(refused).contains("error-summary", msg("devices.error.classifyRouted", zh.agent));
		assertThat(zh.reload(routed.getId()).getCategory()).isEqualTo(DeviceCategory.OTHER);
	}

	@Test
	void cancellingNeedsAReason() throws Exception {
		DeviceRequest r = zh.request(DeviceCategory.OTHER);
		String page = body(post("/devices/requests/{id}/cancel", r.getId()).param("reason", "  ")
			.with(user(zh.agent))
			.with(csrf()), 200);
		assertThat(page).contains("reason-error", msg("devices.request.error.required", zh.agent));
		assertThat(zh.status(r.getId())).isEqualTo(DeviceRequestStatus.TO_ROUTE);
		mvc.perform(post("/devices/requests/{id}/cancel", r.getId()).param("reason", "Hat selbst eines")
			.with(user(zh.agent))
			.with(csrf()));
		assertThat(zh.status(r.getId())).isEqualTo(DeviceRequestStatus.CANCELLED);
	}

	// ------------------------------------------------------------------ partner: judgement

	@Test
	void onlyThePartnerItWasRoutedToSeesTheRequest() throws Exception {
		DeviceRequest r = zh.routed(DeviceCategory.SOCIAL_AID);
		String inbox = body(get("/partner/devices").with(user(zh.partner)), 200);
		assertThat(inbox).contains(r.getReference(), zh.personLast, "1968");
		String page = body(get("/partner/devices/{id}", r.getId()).with(user(zh.partner)), 200);
		assertThat(page).contains(zh.personLast, "Für Bewerbungen", msg("devices.request.category.protected", zh.partner));
		assertThat(jdbc.queryForObject(
				"select count(*) from personal_data_access where subject_id = ? and actor_user_id = ?", Integer.class,
				zh.person, zh.partner.userId()))
			.isPositive();

		assertThat(body(get("/partner/devices").with(user(zh.otherPartner)), 200)).doesNotContain(r.getReference());
		for (RequestBuilder probe : List.of(get("/partner/devices/{id}", r.getId()).with(user(zh.otherPartner)),
				post("/partner/devices/{id}/approve", r.getId()).param("justification", "x")
					.with(user(zh.otherPartner))
					.with(csrf()),
				get("/partner/devices/{id}", r.getId()).with(user(accounts.findByEmail("partner@demo.relais").orElseThrow())),
				get("/devices/requests/{id}", r.getId()).with(user(accounts.findByEmail("agent@demo.relais").orElseThrow())),
				get("/devices/requests/{id}", r.getId()).with(user(zh.partner)))) {
			MockHttpServletResponse response = mvc.perform(probe).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(404);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(zh.personLast);
		}
		assertThat(zh.status(r.getId())).isEqualTo(DeviceRequestStatus.ROUTED);
	}

	@Test
	void approvingAndDecliningNeedTheirTextAndADeclineGoesBackToTheDeskWithoutThatPartner() throws Exception {
		DeviceRequest r = zh.routed(DeviceCategory.OTHER);
		String approve = body(post("/partner/devices/{id}/approve", r.getId()).param("justification", "")
			.with(user(zh.partner))
			.with(csrf()), 200);
		assertThat(approve).contains("justification-error", msg("devices.request.error.required", zh.partner));
		String decline = body(post("/partner/devices/{id}/decline", r.getId()).param("reason", " ")
			.with(user(zh.partner))
			.with(csrf()), 200);
		assertThat(decline).contains("reason-error");
		assertThat(zh.status(r.getId())).isEqualTo(DeviceRequestStatus.ROUTED);

		mvc.perform(post("/partner/devices/{id}/decline", r.getId()).param("reason", "Nicht bei uns angemeldet")
			.with(user(zh.partner))
			.with(csrf()));
		DeviceRequest after = zh.reload(r.getId());
		assertThat(after.getStatus()).isEqualTo(DeviceRequestStatus.TO_ROUTE);
		assertThat(after.getPartnerOrganisationId()).isNull();
		assertThat(after.getDeclineReason()).isEqualTo("Nicht bei uns angemeldet");
		assertThat(routing.declinedBy(r.getId())).containsExactly(zh.org);
		assertThat(routing.propose(after, new RoutingProposal.Place(null, null), "de"))
			.extracting(RoutingProposal.Candidate::organisationId)
			.doesNotContain(zh.org);
		assertThat(mvc.perform(get("/partner/devices/{id}", r.getId()).with(user(zh.partner)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(inbox(zh.agent.userId(), "/devices/requests/" + r.getId()))
				.contains("notification.mail.devices.request.declined"));
		assertThat(body(get("/devices/requests/{id}", r.getId()).with(user(zh.agent)), 200))
			.contains(msg("devices.request.declinedOption", zh.agent, zh.orgName));
	}

	// ------------------------------------------------------------------ partner: order

	@Test
	void theOrderRefusesBadInputThenWaitsForStockAndItsConfirmationReadsInGerman() throws Exception {
		DeviceRequest r = zh.routed(DeviceCategory.SOCIAL_AID);
		MockHttpServletResponse approved = mvc.perform(post("/partner/devices/{id}/approve", r.getId())
			.param("justification", "Braucht es für die Schule")
			.with(user(zh.partner))
			.with(csrf())).andReturn().getResponse();
		assertThat(approved.getRedirectedUrl()).isEqualTo("/partner/devices/" + r.getId() + "/order");
		String form = body(get("/partner/devices/{id}/order", r.getId()).with(user(zh.partner)), 200);
		assertThat(form).contains("value=\"CH_DE\" selected", "CHF");

		for (Map<String, String> bad : List.of(order("0", "LAPTOP", "CH_DE"), order("6", "LAPTOP", "CH_DE"),
				order("zwei", "LAPTOP", "CH_DE"), order("1", "LAPTOP", ""), order("1", "FRIDGE", ""))) {
			String page = body(orderPost(r.getId(), bad, zh.partner), 200);
			assertThat(page).contains("aria-invalid=\"true\"");
		}
		assertThat(body(orderPost(r.getId(), order("1", "LAPTOP", ""), zh.partner), 200))
			.contains(msg("devices.order.error.layout", zh.partner));
		assertThat(body(orderPost(r.getId(), order("9", "TABLET", ""), zh.partner), 200))
			.contains(msg("devices.order.error.quantity", zh.partner, 5));
		assertThat(orders.findByRequestId(r.getId())).isEmpty();
		assertThat(zh.status(r.getId())).isEqualTo(DeviceRequestStatus.APPROVED);

		MockHttpServletResponse placed = mvc.perform(orderPost(r.getId(), order("3", "LAPTOP", "CH_DE"), zh.partner))
			.andReturn()
			.getResponse();
		assertThat(placed.getStatus()).isEqualTo(302);
		List<DeviceOrder> its = orders.findByRequestId(r.getId());
		assertThat(its).hasSize(1);
		DeviceOrder o = its.get(0);
		assertThat(o.getStatus()).isEqualTo(DeviceOrder.Status.WAITING);
		assertThat(o.getKeyboardLayout()).isEqualTo(KeyboardLayout.CH_DE);
		assertThat(o.getQuantity()).isEqualTo(3);
		assertThat(o.getCurrency()).isEqualTo("CHF");
		assertThat(o.getAccessories()).isEqualTo("mouse,bag");
		assertThat(zh.status(r.getId())).isEqualTo(DeviceRequestStatus.ORDERED);
		// a second order of the same request is refused: it is no longer approved
		assertThat(body(orderPost(r.getId(), order("1", "TABLET", ""), zh.partner), 200))
			.contains(msg("devices.order.error.notApproved", zh.partner));
		assertThat(orders.findByRequestId(r.getId())).hasSize(1);

		String text = pdfText(get("/partner/devices/{id}/order.pdf", r.getId()).with(user(zh.partner)));
		DeviceSettings s = programme.settings(zh.territory);
		assertThat(text).contains("Bestellbestätigung", r.getReference(), zh.orgName, "Lieferadresse", "Musterweg 1",
				"Tastatur", "Maus", "Sozialhilfe", "Nächster Stichtag");
		assertThat(text).contains("CHF");
		String staff = pdfText(get("/devices/requests/{id}/order.pdf", r.getId()).with(user(zh.agent)));
		assertThat(staff).contains("Bestellbestätigung", r.getReference());
		assertThat(s.getCurrency()).isEqualTo("CHF");
		assertThat(mvc.perform(get("/partner/devices/{id}/order.pdf", r.getId()).with(user(zh.otherPartner)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void theOrderConfirmationOfAFrenchPartnerReadsInFrench() throws Exception {
		DeviceWorld lyon = new DeviceWorld(context, "metropole-de-lyon", "agent@demo.relais", "admin@demo.relais",
				"fr");
		DeviceRequest r = lyon.approved();
		mvc.perform(orderPost(r.getId(), Map.of("quantity", "1", "type", "TABLET", "layout", "", "financing", "FREE",
				"deliveryAddress", "3 rue de la République, 69001 Lyon"), lyon.partner));
		assertThat(zh.status(r.getId())).isEqualTo(DeviceRequestStatus.ORDERED);
		String text = pdfText(get("/partner/devices/{id}/order.pdf", r.getId()).with(user(lyon.partner)));
		assertThat(text).contains("Confirmation de commande", r.getReference(), "Adresse de livraison",
				"3 rue de la République", "Tablette", "Gratuit", "Prochaine clôture des envois")
			.doesNotContain("Bestellbestätigung");
		// the Zürich partner knows nothing of it
		assertThat(mvc.perform(get("/partner/devices/{id}/order.pdf", r.getId()).with(user(zh.partner)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	// ------------------------------------------------------------------ admin

	@Test
	void theSettingsRefuseBadInputAndKeepTheOldValues() throws Exception {
		DeviceSettings before = programme.settings(zh.territory);
		String page = body(post("/admin/devices/settings").param("price", "gratis")
			.param("currency", "Franken")
			.param("cadenceWeeks", "0")
			.param("cutoffWeekday", "9")
			.with(user(zh.admin))
			.with(csrf()), 200);
		assertThat(page).contains("price-error", "currency-error", "cadenceWeeks-error", "cutoffWeekday-error",
				msg("devices.settings.error.price", zh.admin));
		DeviceSettings after = settings.findById(zh.territory).orElseThrow();
		assertThat(after.getDevicePrice()).isEqualByComparingTo(before.getDevicePrice());
		assertThat(after.getCadenceWeeks()).isEqualTo(before.getCadenceWeeks());

		MockHttpServletResponse saved = mvc.perform(post("/admin/devices/settings")
			.param("price", before.getDevicePrice().toPlainString())
			.param("currency", "chf")
			.param("cadenceWeeks", String.valueOf(before.getCadenceWeeks()))
			.param("cutoffWeekday", String.valueOf(before.getCutoffWeekday().getValue()))
			.param("autoRoute", String.valueOf(before.isAutoRoute()))
			.with(user(zh.admin))
			.with(csrf())).andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(settings.findById(zh.territory).orElseThrow().getCurrency()).isEqualTo("CHF");
		assertThat(mvc.perform(get("/admin/devices/settings").with(user(zh.agent))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void theRoutingRulesRefuseBadInputAndSaveAGoodRule() throws Exception {
		String page = body(post("/admin/devices/routing").param("organisationId", zh.otherOrg.toString())
			.param("capacity", "0")
			.with(user(zh.admin))
			.with(csrf()), 200);
		assertThat(page).contains("capacity-error");
		String noCategory = body(post("/admin/devices/routing").param("organisationId", zh.otherOrg.toString())
			.param("capacity", "5")
			.with(user(zh.admin))
			.with(csrf()), 200);
		assertThat(noCategory).contains(msg("devices.routing.error.categories", zh.admin));
		String foreign = body(post("/admin/devices/routing").param("organisationId", UUID.randomUUID().toString())
			.param("categories", "OTHER")
			.param("capacity", "5")
			.with(user(zh.admin))
			.with(csrf()), 200);
		assertThat(foreign).contains("organisationId-error");
		String unknownArea = body(post("/admin/devices/routing").param("organisationId", zh.otherOrg.toString())
			.param("categories", "OTHER")
			.param("areas", "no-such-area")
			.param("capacity", "5")
			.with(user(zh.admin))
			.with(csrf()), 200);
		assertThat(unknownArea).contains("areas-error");
		assertThat(routing.rule(zh.territory, zh.otherOrg).orElseThrow().getCategories())
			.containsExactly(DeviceCategory.WORK_INTEGRATION);

		mvc.perform(post("/admin/devices/routing").param("organisationId", zh.otherOrg.toString())
			.param("categories", "WORK_INTEGRATION", "MIGRATION")
			.param("capacity", "7")
			.param("active", "true")
			.with(user(zh.admin))
			.with(csrf()));
		assertThat(routing.rule(zh.territory, zh.otherOrg).orElseThrow().getCategories())
			.containsExactlyInAnyOrder(DeviceCategory.WORK_INTEGRATION, DeviceCategory.MIGRATION);
		assertThat(routing.rule(zh.territory, zh.otherOrg).orElseThrow().getCapacity()).isEqualTo(7);
		assertThat(body(get("/admin/devices/routing").with(user(zh.admin)), 200)).contains(zh.orgName);
	}

	// ------------------------------------------------------------------ pathway and erasure

	@Test
	void eachStepIsInThePathwayAndAnErasedPersonsRequestsGo() {
		DeviceRequest r = zh.approved();
		PathwayContributor contributor = context.getBeansOfType(PathwayContributor.class)
			.values()
			.stream()
			.filter(c -> c.getClass().getSimpleName().startsWith("DeviceRequestsOfAPerson"))
			.findFirst()
			.orElseThrow();
		List<PathwayEntry> lines = contributor.entries(zh.territory, zh.person)
			.stream()
			.filter(e -> e.titleArgs().contains(r.getReference()))
			.toList();
		assertThat(lines).extracting(PathwayEntry::detailKey)
			.containsExactly("devices.status.TO_ROUTE", "devices.status.ROUTED", "devices.status.APPROVED");
		assertThat(lines).allMatch(e -> e.kind().equals("device"));
		assertThat(lines.get(1).visibleToOrganisationId()).isEqualTo(zh.org);
		assertThat(lines.get(1).titleArgs()).contains(zh.orgName);

		assertThat(people.erase(zh.territory, zh.person)).isTrue();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(requestRepository.findById(r.getId())).isEmpty());
		assertThat(steps.findByRequestIdOrderByAt(r.getId())).isEmpty();
	}

	// ------------------------------------------------------------------ demo

	@Test
	void theZurichDemoHasRequestsInEveryStateUpToTheOrderAndTheDemoPartnerSeesItsOwn() throws Exception {
		Map<String, DeviceRequest> demo = new java.util.HashMap<>();
		requests.ofTerritory(zh.territory)
			.stream()
			.filter(r -> r.getReference().startsWith("DEMO-ZH-D"))
			.forEach(r -> demo.put(r.getReference(), r));
		assertThat(demo.values()).extracting(DeviceRequest::getStatus)
			.contains(DeviceRequestStatus.TO_ROUTE, DeviceRequestStatus.ROUTED, DeviceRequestStatus.APPROVED,
					DeviceRequestStatus.CANCELLED);
		assertThat(routing.declinedBy(demo.get("DEMO-ZH-D02").getId())).hasSize(1);
		// ordered and waiting for stock, unless the shipments' demo (after this one) already allocated them
		for (String ordered : List.of("DEMO-ZH-D06", "DEMO-ZH-D07", "DEMO-ZH-D08")) {
			assertThat(orders.findByRequestId(demo.get(ordered).getId())).extracting(DeviceOrder::getStatus)
				.singleElement()
				.isIn(DeviceOrder.Status.WAITING, DeviceOrder.Status.ALLOCATED, DeviceOrder.Status.SHIPPED);
		}
		assertThat(programme.settings(zh.territory).getCurrency()).isEqualTo("CHF");
		RelaisPrincipal demoPartner = accounts.findByEmail("partner@ch.demo.relais").orElseThrow();
		assertThat(body(get("/partner/devices").with(user(demoPartner)), 200)).contains("DEMO-ZH-D03")
			.doesNotContain("DEMO-ZH-D04");
	}

	// ------------------------------------------------------------------ helpers

	private DeskRequestType deviceType() {
		return context.getBeansOfType(DeskRequestType.class)
			.values()
			.stream()
			.filter(t -> t.code().equals("device"))
			.findFirst()
			.orElseThrow();
	}

	private void change(boolean autoRoute) {
		new TransactionTemplate(transactions).executeWithoutResult(t -> {
			DeviceSettings s = settings.findById(zh.territory).orElseThrow();
			s.change(s.getDevicePrice(), s.getCurrency(), autoRoute, s.getCadenceWeeks(), s.getCutoffWeekday(), null,
					java.time.Instant.now());
			settings.save(s);
		});
	}

	private static Map<String, String> order(String quantity, String type, String layout) {
		return Map.of("quantity", quantity, "type", type, "layout", layout, "financing", "SOCIAL_AID",
				"deliveryAddress", "Musterweg 1, 8004 Zürich");
	}

	private RequestBuilder orderPost(UUID id, Map<String, String> params, RelaisPrincipal as) {
		var b = post("/partner/devices/{id}/order", id).with(user(as)).with(csrf());
		params.forEach(b::param);
		b.param("accessories", "mouse", "bag");
		return b;
	}

	private String body(RequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private String pdfText(RequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		return new PdfTextExtractor(new PdfReader(response.getContentAsByteArray())).getTextFromPage(1);
	}

	/** A message as the pages show it (MockMvc requests carry no language: the default, French), escaped. */
	private String msg(String key, RelaisPrincipal reader, Object... args) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(messages.getMessage(key, args, Locale.FRENCH),
				"UTF-8");
	}

	private List<String> inbox(UUID userId, String link) {
		return jdbc.queryForList("select message_key from notification where user_id = ? and link = ?", String.class,
				userId, link);
	}

	private List<MimeMessage> mailsTo(String email, String subjectPart) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch(a -> a.toString().contains(email)) && m.getSubject().contains(subjectPart);
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

}
