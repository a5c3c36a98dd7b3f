package org.relais.devices.shipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relais.devices.DeviceRequestStatus;
import org.relais.devices.DeviceState;
import org.relais.devices.DeviceType;
import org.relais.devices.KeyboardLayout;
import org.relais.devices.order.DeviceOrder;
import org.relais.devices.request.DeviceRequestStepRepository;
import org.relais.devices.settings.DeviceProgramme;
import org.relais.devices.stock.Device;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
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

/**
 * Shipments through the pages: an empty batch is refused with nothing written; a batch is prepared, an order taken
 * out, the batch packed, a parcel shipped with its tracking number (the partner gets the mail and the inbox line);
 * the partner confirms the reception and records the hand-over (a future date or a missing acknowledgement are
 * refused); the delivery note reads in the organisation's language; everybody else gets 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ShipmentFlowTest {

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
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	DeviceProgramme programme;

	@Autowired
	DeviceRequestStepRepository steps;

	@Autowired
	AccountDirectory accounts;

	private ShipmentWorld swiss() {
		return new ShipmentWorld(context, "CH", "de", "Europe/Zurich");
	}

	private MockHttpServletResponse call(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private int batches(UUID territory) {
		return jdbc.queryForObject("select count(*) from dev_shipment_batch where territory_id = ?", Integer.class,
				territory);
	}

	private UUID batchOf(DeviceOrder order, ShipmentWorld w) {
		return w.reload(order).getBatchId();
	}

	private UUID parcelOf(DeviceOrder order) {
		return jdbc.queryForObject("select parcel_id from dev_shipment_item where order_id = ?", UUID.class,
				order.getId());
	}

	@Test
	void anEmptyBatchIsRefusedWithAClearMessageAndNothingWritten() throws Exception {
		ShipmentWorld w = swiss();
		// an order the stock cannot cover: a phone, and only a laptop is ready
		DeviceOrder phone = w.order(w.organisation, DeviceType.PHONE, null, 1, Instant.now());
		w.device(DeviceType.LAPTOP, KeyboardLayout.CH_DE, LocalDate.now());

		MockHttpServletResponse page = call(get("/devices/shipments").with(user(w.agent)).header("Accept-Language", "de"));
		assertThat(page.getStatus()).isEqualTo(200);
		LocalDate next = context.getBean(Shipments.class).nextCutoff(w.territory);
		LocalDate after = programme.settings(w.territory).nextCutoff(next.plusDays(1));
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains(w.request(phone).getReference())
			.contains(text("devices.shipment.waitsFor", Locale.GERMAN,
					after.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.GERMAN))));

		MockHttpServletResponse refused = call(post("/devices/shipments/prepare").with(user(w.agent))
			.with(csrf())
			.header("Accept-Language", "de"));
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
			.contains(text("devices.shipment.error.empty", Locale.GERMAN));
		assertThat(batches(w.territory)).isZero();
		assertThat(w.reload(phone).getStatus()).isEqualTo(DeviceOrder.Status.WAITING);
	}

	@Test
	void staffPrepareRemovePackAndShipThenThePartnerReceivesAndHandsOver() throws Exception {
		ShipmentWorld w = swiss();
		DeviceOrder first = w.order(w.organisation, DeviceType.LAPTOP, KeyboardLayout.CH_DE, 1,
				Instant.now().minusSeconds(600));
		DeviceOrder second = w.order(w.otherOrganisation, DeviceType.LAPTOP, KeyboardLayout.CH_DE, 1, Instant.now());
		Device d1 = w.device(DeviceType.LAPTOP, KeyboardLayout.CH_DE, LocalDate.now().minusDays(10));
		Device d2 = w.device(DeviceType.LAPTOP, KeyboardLayout.CH_DE, LocalDate.now().minusDays(5));

		// prepared: both orders allocated, first order gets the first received device
		MockHttpServletResponse prepared = call(post("/devices/shipments/prepare").with(user(w.agent)).with(csrf()));
		assertThat(prepared.getStatus()).isEqualTo(302);
		UUID batch = batchOf(first, w);
		assertThat(prepared.getRedirectedUrl()).isEqualTo("/devices/shipments/" + batch);
		assertThat(w.reload(d1).getOrderId()).isEqualTo(first.getId());
		assertThat(w.reload(d2).getState()).isEqualTo(DeviceState.RESERVED);
		assertThat(w.request(first).getStatus()).isEqualTo(DeviceRequestStatus.ALLOCATED);
		String page = call(get("/devices/shipments/{id}", batch).with(user(w.agent)))
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(d1.getAssetTag(), d2.getAssetTag(), w.organisationName);

		// the second order is taken out: waiting again, its device ready, its request ordered
		call(post("/devices/shipments/{id}/orders/{o}/remove", batch, second.getId()).with(user(w.agent)).with(csrf()));
		assertThat(w.reload(second).getStatus()).isEqualTo(DeviceOrder.Status.WAITING);
		assertThat(w.reload(second).getBatchId()).isNull();
		assertThat(w.reload(d2).getState()).isEqualTo(DeviceState.READY);
		assertThat(w.request(second).getStatus()).isEqualTo(DeviceRequestStatus.ORDERED);
		assertThat(jdbc.queryForObject("select count(*) from dev_shipment_parcel where batch_id = ?", Integer.class,
				batch)).isEqualTo(1);

		// shipping needs a packed batch, then a tracking number
		UUID parcel = parcelOf(first);
		MockHttpServletResponse tooEarly = call(post("/devices/shipments/{id}/parcels/{p}/ship", batch, parcel)
			.param("trackingNumber", "99.00.1").with(user(w.agent)).with(csrf()).header("Accept-Language", "de"));
		assertThat(tooEarly.getStatus()).isEqualTo(422);
		assertThat(tooEarly.getContentAsString(StandardCharsets.UTF_8))
			.contains(text("devices.shipment.error.batchStatus", Locale.GERMAN));
		call(post("/devices/shipments/{id}/confirm", batch).with(user(w.agent)).with(csrf()));
		MockHttpServletResponse noTracking = call(post("/devices/shipments/{id}/parcels/{p}/ship", batch, parcel)
			.param("trackingNumber", "  ").with(user(w.agent)).with(csrf()).header("Accept-Language", "de"));
		assertThat(noTracking.getStatus()).isEqualTo(422);
		assertThat(noTracking.getContentAsString(StandardCharsets.UTF_8))
			.contains(text("devices.parcel.error.trackingRequired", Locale.GERMAN), "aria-invalid=\"true\"");
		assertThat(w.reload(first).getStatus()).isEqualTo(DeviceOrder.Status.ALLOCATED);

		String tracking = "99.00.1234." + UUID.randomUUID().toString().substring(0, 6);
		MockHttpServletResponse shipped = call(post("/devices/shipments/{id}/parcels/{p}/ship", batch, parcel)
			.param("trackingNumber", tracking).with(user(w.agent)).with(csrf()));
		assertThat(shipped.getStatus()).isEqualTo(302);
		assertThat(w.reload(d1).getState()).isEqualTo(DeviceState.SHIPPED);
		assertThat(w.reload(first).getStatus()).isEqualTo(DeviceOrder.Status.SHIPPED);
		assertThat(w.request(first).getStatus()).isEqualTo(DeviceRequestStatus.SHIPPED);
		assertThat(jdbc.queryForObject("select status from dev_shipment_batch where id = ?", String.class, batch))
			.isEqualTo("SHIPPED");

		// the partner is told, by mail in their language and in the inbox, with the tracking number
		await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(w.partner.email()).isEmpty());
		MimeMessage mail = mailsTo(w.partner.email()).get(0);
		assertThat(mail.getSubject()).contains(tracking).contains("Geräten");
		assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "")).contains("/partner/devices/parcels/" + parcel);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from notification where user_id = ? and link = ?",
					Integer.class, w.partner.userId(), "/partner/devices/parcels/" + parcel) == 1);
		assertThat(mailsTo(w.otherPartner.email())).isEmpty();

		// the other partner sees nothing of it
		assertThat(call(get("/partner/devices/parcels/{id}", parcel).with(user(w.otherPartner))).getStatus())
			.isEqualTo(404);
		assertThat(call(post("/partner/devices/parcels/{id}/receive", parcel).with(user(w.otherPartner)).with(csrf()))
			.getStatus()).isEqualTo(404);
		assertThat(call(get("/partner/devices/orders/{id}/handover", first.getId()).with(user(w.otherPartner)))
			.getStatus()).isEqualTo(404);
		String otherList = call(get("/partner/devices/parcels").with(user(w.otherPartner)))
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(otherList).doesNotContain(tracking).contains(w.request(second).getReference());

		// the partner confirms the reception
		String list = call(get("/partner/devices/parcels").with(user(w.partner))).getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(tracking);
		call(post("/partner/devices/parcels/{id}/receive", parcel).with(user(w.partner)).with(csrf()));
		assertThat(w.reload(d1).getState()).isEqualTo(DeviceState.DELIVERED_TO_PARTNER);
		assertThat(w.reload(first).getStatus()).isEqualTo(DeviceOrder.Status.RECEIVED);
		assertThat(w.request(first).getStatus()).isEqualTo(DeviceRequestStatus.RECEIVED);

		// hand-over: a future date and a missing acknowledgement are refused next to their field
		LocalDate today = programme.today(w.territory);
		MockHttpServletResponse future = call(post("/partner/devices/orders/{id}/handover", first.getId())
			.param("handedOverOn", today.plusDays(1).toString())
			.param("acknowledged", "true")
			.with(user(w.partner)).with(csrf()).header("Accept-Language", "de"));
		assertThat(future.getStatus()).isEqualTo(422);
		assertThat(future.getContentAsString(StandardCharsets.UTF_8))
			.contains(text("devices.handover.error.future", Locale.GERMAN), "id=\"handedOverOn-error\"");
		MockHttpServletResponse unacknowledged = call(post("/partner/devices/orders/{id}/handover", first.getId())
			.param("handedOverOn", today.toString())
			.with(user(w.partner)).with(csrf()).header("Accept-Language", "de"));
		assertThat(unacknowledged.getStatus()).isEqualTo(422);
		assertThat(unacknowledged.getContentAsString(StandardCharsets.UTF_8))
			.contains(text("devices.handover.error.acknowledged", Locale.GERMAN), "id=\"acknowledged-error\"");
		assertThat(w.reload(first).getStatus()).isEqualTo(DeviceOrder.Status.RECEIVED);
		assertThat(jdbc.queryForObject("select count(*) from dev_handover where order_id = ?", Integer.class,
				first.getId())).isZero();

		MockHttpServletResponse done = call(post("/partner/devices/orders/{id}/handover", first.getId())
			.param("handedOverOn", today.minusDays(1).toString())
			.param("acknowledged", "true")
			.param("note", "Mit Ladegerät übergeben")
			.with(user(w.partner)).with(csrf()));
		assertThat(done.getStatus()).isEqualTo(302);
		assertThat(done.getRedirectedUrl()).isEqualTo("/partner/devices/parcels/" + parcel);
		assertThat(w.reload(d1).getState()).isEqualTo(DeviceState.HANDED_OVER);
		assertThat(w.reload(first).getStatus()).isEqualTo(DeviceOrder.Status.HANDED_OVER);
		assertThat(w.request(first).getStatus()).isEqualTo(DeviceRequestStatus.HANDED_OVER);
		assertThat(w.request(first).getClosedAt()).isNotNull();
		assertThat(steps.findByRequestIdOrderByAt(first.getRequestId()))
			.extracting(s -> s.getStatus() + ":" + s.getNote())
			.containsSubsequence("ALLOCATED:null", "SHIPPED:" + tracking, "RECEIVED:null",
					"HANDED_OVER:Mit Ladegerät übergeben");
		assertThat(jdbc.queryForObject("select handed_over_on from dev_handover where order_id = ?", LocalDate.class,
				first.getId())).isEqualTo(today.minusDays(1));
	}

	@Test
	void theDeliveryNoteIsInTheOrganisationsLanguage() throws Exception {
		for (String language : List.of("de", "fr")) {
			ShipmentWorld w = "de".equals(language) ? swiss()
					: new ShipmentWorld(context, "FR", "fr", "Europe/Paris");
			DeviceOrder order = w.order(w.organisation);
			Device device = w.device(DeviceType.LAPTOP, KeyboardLayout.CH_DE, LocalDate.now());
			call(post("/devices/shipments/prepare").with(user(w.agent)).with(csrf()));
			UUID batch = batchOf(order, w);
			UUID parcel = parcelOf(order);
			// the agent reads the pages in English: the note follows the organisation, not the reader
			MockHttpServletResponse pdf = call(get("/devices/shipments/{id}/parcels/{p}/delivery-note.pdf", batch, parcel)
				.with(user(w.agent)).header("Accept-Language", "en"));
			assertThat(pdf.getStatus()).isEqualTo(200);
			assertThat(pdf.getContentType()).isEqualTo("application/pdf");
			PdfReader reader = new PdfReader(pdf.getContentAsByteArray());
			String text = new PdfTextExtractor(reader).getTextFromPage(1);
			Locale locale = Locale.forLanguageTag(language);
			assertThat(text).contains(text("devices.parcel.note.title", locale), device.getAssetTag(),
					device.getSerialNumber(), w.organisationName, w.request(order).getReference(),
					text("devices.layout.CH_DE", locale));
			assertThat(text).contains("de".equals(language) ? "Lieferschein" : "Bon de livraison");
		}
	}

	@Test
	void otherTerritoriesAndRolesGetNotFound() throws Exception {
		ShipmentWorld w = new ShipmentWorld(context, "FR", "fr", "Europe/Paris");
		DeviceOrder order = w.order(w.organisation);
		w.device(DeviceType.LAPTOP, KeyboardLayout.CH_DE, LocalDate.now());
		call(post("/devices/shipments/prepare").with(user(w.agent)).with(csrf()));
		UUID batch = batchOf(order, w);
		UUID parcel = parcelOf(order);
		RelaisPrincipal swissAgent = accounts.findByEmail("agent@ch.demo.relais").orElseThrow();
		for (RequestBuilder r : List.of(get("/devices/shipments/{id}", batch).with(user(swissAgent)),
				get("/devices/shipments/{id}/parcels/{p}/delivery-note.pdf", batch, parcel).with(user(swissAgent)),
				post("/devices/shipments/{id}/discard", batch).with(user(swissAgent)).with(csrf()),
				post("/devices/shipments/{id}/orders/{o}/remove", batch, order.getId()).with(user(swissAgent)).with(csrf()),
				get("/devices/shipments/{id}", batch).with(user(w.partner)),
				get("/devices/shipments").with(user(w.partner)),
				get("/partner/devices/parcels").with(user(w.agent)))) {
			assertThat(call(r).getStatus()).isEqualTo(404);
		}
		assertThat(w.reload(order).getStatus()).isEqualTo(DeviceOrder.Status.ALLOCATED);
		// a parcel still being prepared is not the partner's business yet
		assertThat(call(get("/partner/devices/parcels/{id}", parcel).with(user(w.partner))).getStatus()).isEqualTo(404);
		// the French staff discard their batch: the order waits again
		assertThat(call(post("/devices/shipments/{id}/discard", batch).with(user(w.agent)).with(csrf())).getStatus())
			.isEqualTo(302);
		assertThat(w.reload(order).getStatus()).isEqualTo(DeviceOrder.Status.WAITING);
		assertThat(w.request(order).getStatus()).isEqualTo(DeviceRequestStatus.ORDERED);
		assertThat(call(get("/devices/shipments/{id}", batch).with(user(w.agent))).getStatus()).isEqualTo(404);
	}

	@Test
	void theDailyJobProposesTheBatchOnTheCutoffDayOnly() {
		ShipmentWorld w = swiss();
		DeviceOrder order = w.order(w.organisation);
		w.device(DeviceType.LAPTOP, KeyboardLayout.CH_DE, LocalDate.now());
		LocalDate today = programme.today(w.territory);
		var tx = new org.springframework.transaction.support.TransactionTemplate(
				context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
		ShipmentJobs jobs = context.getBean(ShipmentJobs.class);
		// cut-off tomorrow: nothing today (settings are saved as the admin's page does)
		var saved = context.getBean(org.relais.devices.settings.DeviceSettingsRepository.class);
		tx.executeWithoutResult(s -> {
			var settings = programme.settings(w.territory);
			settings.change(new java.math.BigDecimal("150.00"), "CHF", false, 1, today.plusDays(1).getDayOfWeek(),
					w.agent.userId(), Instant.now());
			saved.save(settings);
		});
		jobs.run();
		assertThat(batches(w.territory)).isZero();
		tx.executeWithoutResult(s -> {
			var settings = programme.settings(w.territory);
			settings.change(new java.math.BigDecimal("150.00"), "CHF", false, 1, today.getDayOfWeek(),
					w.agent.userId(), Instant.now());
			saved.save(settings);
		});
		jobs.run();
		assertThat(jdbc.queryForObject("select cutoff_date from dev_shipment_batch where territory_id = ?",
				LocalDate.class, w.territory)).isEqualTo(today);
		assertThat(w.reload(order).getStatus()).isEqualTo(DeviceOrder.Status.ALLOCATED);
		jobs.run();
		assertThat(batches(w.territory)).isEqualTo(1);
	}

	private List<MimeMessage> mailsTo(String email) {
		return List.of(smtp.getReceivedMessagesForDomain(email));
	}

}
