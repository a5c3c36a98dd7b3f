package org.relais.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.relais.devices.stock.Device;
import org.relais.devices.stock.DeviceSpecs;
import org.relais.devices.stock.Donation;
import org.relais.devices.stock.DonationDraft;
import org.relais.devices.stock.DonorKind;
import org.relais.devices.stock.StockDesk;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The device stock through its pages: intake (bad input refused next to the field with nothing written, asset
 * tags), manual state changes and the READY rule, erasure records and their certificate in the donor's language,
 * labels with a QR code that decodes to the device's page, donations and their receipt, tenancy.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeviceStockWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	StockDesk desk;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${relais.base-url}")
	String baseUrl;

	RelaisPrincipal agent;

	String run;

	@BeforeAll
	void setUp() {
		agent = accounts.findByEmail("agent@ch.demo.relais").orElseThrow();
		run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
	}

	// ------------------------------------------------------------------ intake

	@Test
	void intakeWithMissingFieldsOrBadNumbersWritesNothing() throws Exception {
		MockHttpServletResponse empty = send(post("/devices"));
		assertThat(empty.getStatus()).isEqualTo(422);
		assertThat(html(empty)).contains("id=\"type-error\"", "id=\"brand-error\"", "id=\"model-error\"",
				"id=\"serialNumbers-error\"", "error-summary", "This field is required.");

		MockHttpServletResponse numbers = send(intake("LAPTOP", "BAD-" + run, "ramGb", "lots", "storageGb", "-5",
				"quantity", "two"));
		assertThat(numbers.getStatus()).isEqualTo(422);
		assertThat(html(numbers)).contains("id=\"ramGb-error\"", "Enter the memory as a whole number of GB",
				"id=\"storageGb-error\"", "Enter the storage in whole GB", "id=\"quantity-error\"");

		MockHttpServletResponse noLayout = send(intake("LAPTOP", "BAD-" + run, "keyboardLayout", ""));
		assertThat(noLayout.getStatus()).isEqualTo(422);
		assertThat(html(noLayout)).contains("id=\"keyboardLayout-error\"", "Choose the keyboard layout");

		MockHttpServletResponse lines = send(intake("TABLET", "BAD-" + run + "\nBAD2-" + run, "quantity", "3"));
		assertThat(lines.getStatus()).isEqualTo(422);
		assertThat(html(lines)).contains("3 devices announced, but 2 serial numbers given");

		MockHttpServletResponse format = send(intake("TABLET", "BAD " + run + " !"));
		assertThat(format.getStatus()).isEqualTo(422);
		assertThat(html(format)).contains("id=\"serialNumbers-error\"", "may only hold letters");

		assertThat(devicesWithSerial("BAD%" + run)).isZero();
	}

	@Test
	void aDuplicateSerialIsRefusedAndABatchIsAllOrNothing() throws Exception {
		String serial = "DUP-" + run;
		UUID first = intakeOne("PHONE", serial);
		String tag = jdbc.queryForObject("select asset_tag from dev_device where id = ?", String.class, first);
		assertThat(tag).matches("ZH-\\d{2}-\\d{5}");

		MockHttpServletResponse again = send(intake("PHONE", serial.toLowerCase(Locale.ROOT)));
		assertThat(again.getStatus()).isEqualTo(422);
		assertThat(html(again)).contains("id=\"serialNumbers-error\"", "already recorded");

		// three identical tablets, the last serial taken: none is written
		MockHttpServletResponse batch = send(intake("TABLET", "B1-" + run + "\nB2-" + run + "\n" + serial, "quantity", "3"));
		assertThat(batch.getStatus()).isEqualTo(422);
		assertThat(devicesWithSerial("B_-" + run)).isZero();

		MockHttpServletResponse twice = send(intake("TABLET", "B1-" + run + "\nb1-" + run, "quantity", "2"));
		assertThat(twice.getStatus()).isEqualTo(422);
		assertThat(html(twice)).contains("is given twice");
		assertThat(devicesWithSerial("B_-" + run)).isZero();

		MockHttpServletResponse ok = send(intake("TABLET", "B1-" + run + "\nB2-" + run, "quantity", "2"));
		assertThat(ok.getStatus()).isEqualTo(302);
		assertThat(devicesWithSerial("B_-" + run)).isEqualTo(2);
		List<String> tags = jdbc.queryForList(
				"select asset_tag from dev_device where serial_number like ? order by asset_tag", String.class,
				"B_-" + run);
		assertThat(tags).doesNotHaveDuplicates().allMatch(t -> t.matches("ZH-\\d{2}-\\d{5}"));
	}

	@Test
	void theListFiltersAndCounts() throws Exception {
		UUID id = intakeOne("PHONE", "LIST-" + run);
		String tag = jdbc.queryForObject("select asset_tag from dev_device where id = ?", String.class, id);
		String found = html(send(get("/devices").param("q", "list-" + run.toLowerCase(Locale.ROOT))
			.param("state", "RECEIVED")));
		assertThat(found).contains(tag, "Devices by state");
		String other = html(send(get("/devices").param("q", "LIST-" + run).param("state", "READY")));
		assertThat(other).doesNotContain(tag).contains("No device matches.");
		assertThat(send(get("/devices").param("state", "NOPE").param("page", "-3")).getStatus()).isEqualTo(200);
	}

	// ------------------------------------------------------------------ states

	@Test
	void stateButtonsFollowTheRules() throws Exception {
		UUID id = intakeOne("LAPTOP", "MOVE-" + run);
		// not a next state, and not a manual one
		assertRefused(id, "READY", "cannot go from");
		assertRefused(id, "RESERVED", "cannot go from");
		assertRefused(id, "REJECTED", "Give the reason");
		assertThat(state(id)).isEqualTo("RECEIVED");

		assertThat(move(id, "IN_REFURBISHMENT", "Akku prüfen").getStatus()).isEqualTo(302);
		assertRefused(id, "READY", "without a verified data erasure record");
		assertThat(send(erasure(id, "verified", "false")).getStatus()).isEqualTo(302);
		assertRefused(id, "READY", "without a verified data erasure record");
		assertThat(send(erasure(id, "verified", "true", "verifiedBy", "Marco Keller")).getStatus())
			.isEqualTo(302);
		assertRefused(id, "READY", "without a cosmetic grade");
		assertThat(html(send(get("/devices/{id}/erasure", id)))).contains("Recorded by " + agent.displayName(),
				"last changed by " + agent.displayName(), "Marco Keller");

		MockHttpServletResponse specs = send(post("/devices/{id}/specs", id).param("keyboardLayout", "CH_DE")
			.param("grade", "B")
			.param("ramGb", "8")
			.param("battery", "true")
			.param("camera", "false"));
		assertThat(specs.getStatus()).isEqualTo(302);
		assertThat(move(id, "READY", "").getStatus()).isEqualTo(302);
		assertThat(state(id)).isEqualTo("READY");
		// the erasure is locked once ready
		assertThat(send(erasure(id)).getStatus()).isEqualTo(422);

		List<String> history = jdbc.queryForList(
				"select to_state from dev_device_transition where device_id = ? order by at", String.class, id);
		assertThat(history).containsExactly("RECEIVED", "IN_REFURBISHMENT", "READY");
		assertThat(jdbc.queryForObject("select count(*) from dev_device_transition where device_id = ? and by_user = ?"
				+ " and note = 'Akku prüfen'", Integer.class, id, agent.userId())).isEqualTo(1);
		String page = html(send(get("/devices/{id}", id)));
		assertThat(page).contains("Akku prüfen", agent.displayName(), "To refurbishment", "Recycle");

		UUID other = intakeOne("PHONE", "REJ-" + run);
		assertThat(move(other, "REJECTED", "Bildschirm gebrochen").getStatus()).isEqualTo(302);
		assertThat(state(other)).isEqualTo("REJECTED");
		assertThat(send(post("/devices/{id}/specs", other).param("grade", "A")).getStatus()).isEqualTo(422);
	}

	// ------------------------------------------------------------------ erasure and certificate

	@Test
	void erasureWithBadInputIsRefusedNextToTheField() throws Exception {
		UUID id = intakeOne("LAPTOP", "ERB-" + run);
		MockHttpServletResponse bad = send(post("/devices/{id}/erasure", id).param("method", "OVERWRITE")
			.param("passes", "")
			.param("tool", "")
			.param("erasedOn", "2026-13-45")
			.param("operatorName", "")
			.param("verified", "true"));
		assertThat(bad.getStatus()).isEqualTo(422);
		assertThat(html(bad)).contains("id=\"passes-error\"", "id=\"tool-error\"", "id=\"erasedOn-error\"",
				"id=\"operatorName-error\"", "id=\"verifiedBy-error\"", "Say who verified");
		MockHttpServletResponse future = send(erasure(id, "erasedOn", LocalDate.now().plusDays(3).toString()));
		assertThat(future.getStatus()).isEqualTo(422);
		assertThat(html(future)).contains("cannot be in the future");
		assertThat(jdbc.queryForObject("select count(*) from dev_erasure where device_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void theErasureCertificateIsInTheDonorsLanguage() throws Exception {
		for (String language : List.of("de", "fr")) {
			UUID donation = donation("Certificat " + language + " " + run, language);
			String serial = "CERT-" + language.toUpperCase(Locale.ROOT) + "-" + run;
			UUID id = redirectId(send(intake("LAPTOP", serial, "donation", donation.toString())));
			assertThat(send(erasure(id, "verified", "true", "verifiedBy", "Marco Keller")).getStatus())
				.isEqualTo(302);
			String number = jdbc.queryForObject("select certificate_number from dev_erasure where device_id = ?",
					String.class, id);
			assertThat(number).matches("ZH-\\d{2}-E\\d{5}");
			MockHttpServletResponse pdf = send(get("/devices/{id}/erasure-certificate.pdf", id));
			assertThat(pdf.getStatus()).isEqualTo(200);
			assertThat(pdf.getContentType()).isEqualTo("application/pdf");
			String text = new PdfTextExtractor(new PdfReader(pdf.getContentAsByteArray())).getTextFromPage(1);
			assertThat(text).contains(number, serial, "nwipe", "Lea Brunner", "Marco Keller");
			if (language.equals("de")) {
				assertThat(text).contains("Zertifikat über die Datenlöschung", "Überschreiben des Speichers",
						"Kanton Zürich", "Ja, von Marco Keller");
			}
			else {
				assertThat(text).contains("Certificat", "effacement des données", "Réécriture du support",
						"Canton de Zurich", "Oui, par Marco Keller");
			}
		}
	}

	// ------------------------------------------------------------------ labels

	@Test
	void theLabelCarriesAQrCodeOfTheDevicesPage() throws Exception {
		UUID id = intakeOne("TABLET", "QR-" + run);
		UUID second = intakeOne("TABLET", "QR2-" + run);
		String tag = jdbc.queryForObject("select asset_tag from dev_device where id = ?", String.class, id);
		MockHttpServletResponse label = send(get("/devices/{id}/label.pdf", id));
		assertThat(label.getStatus()).isEqualTo(200);
		byte[] pdf = label.getContentAsByteArray();
		assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)).contains(tag, "QR-" + run, "Tablet");
		assertThat(new PdfReader(pdf).getNumberOfPages()).isEqualTo(1);
		assertThat(decodeQr(pdf)).isEqualTo(baseUrl.replaceAll("/$", "") + "/devices/" + id);

		MockHttpServletResponse sheet = send(get("/devices/labels.pdf").param("ids", id.toString(), second.toString()));
		assertThat(sheet.getStatus()).isEqualTo(200);
		String sheetText = new PdfTextExtractor(new PdfReader(sheet.getContentAsByteArray())).getTextFromPage(1);
		String secondTag = jdbc.queryForObject("select asset_tag from dev_device where id = ?", String.class, second);
		assertThat(sheetText).contains(tag, secondTag);
		MockHttpServletResponse none = send(get("/devices/labels.pdf"));
		assertThat(none.getStatus()).isEqualTo(303);
		assertThat(none.getRedirectedUrl()).isEqualTo("/devices");
	}

	// ------------------------------------------------------------------ donations

	@Test
	void donationsAreCheckedAndGiveAReceiptInTheDonorsLanguage() throws Exception {
		String name = "Bad donor " + run;
		MockHttpServletResponse bad = send(post("/devices/donations").param("donorKind", "")
			.param("donorName", "")
			.param("contactEmail", "not-an-address")
			.param("contactPhone", "call me")
			.param("donorLanguage", "xx")
			.param("receivedOn", "soon"));
		assertThat(bad.getStatus()).isEqualTo(422);
		assertThat(html(bad)).contains("id=\"donorKind-error\"", "id=\"donorName-error\"", "id=\"contactEmail-error\"",
				"id=\"contactPhone-error\"", "id=\"donorLanguage-error\"", "id=\"receivedOn-error\"");
		MockHttpServletResponse future = send(post("/devices/donations").param("donorKind", "COMPANY")
			.param("donorName", name)
			.param("donorLanguage", "de")
			.param("receivedOn", LocalDate.now().plusDays(5).toString()));
		assertThat(future.getStatus()).isEqualTo(422);
		assertThat(html(future)).contains("cannot be in the future");
		assertThat(jdbc.queryForObject("select count(*) from dev_donation where donor_name = ?", Integer.class, name))
			.isZero();

		UUID donation = donation("Famille Rochat " + run, "fr");
		MockHttpServletResponse many = send(intake("LAPTOP", "RC1-" + run + "\nRC2-" + run, "quantity", "2", "donation",
				donation.toString()));
		assertThat(many.getRedirectedUrl()).isEqualTo("/devices/donations/" + donation);
		String page = html(send(get("/devices/donations/{id}", donation)));
		assertThat(page).contains("Famille Rochat " + run, "RC1-" + run, "RC2-" + run, "Devices received (2)");
		assertThat(html(send(get("/devices/donations")))).contains("Famille Rochat " + run);

		MockHttpServletResponse receipt = send(get("/devices/donations/{id}/receipt.pdf", donation));
		assertThat(receipt.getStatus()).isEqualTo(200);
		String text = new PdfTextExtractor(new PdfReader(receipt.getContentAsByteArray())).getTextFromPage(1);
		String reference = jdbc.queryForObject("select reference from dev_donation where id = ?", String.class,
				donation);
		List<String> tags = jdbc.queryForList("select asset_tag from dev_device where donation_id = ?", String.class,
				donation);
		assertThat(text).contains("Reçu de don", reference, "Famille Rochat " + run, "RC1-" + run, "RC2-" + run,
				tags.get(0), tags.get(1), "Canton de Zurich");
		MockHttpServletResponse labels = send(get("/devices/donations/{id}/labels.pdf", donation));
		assertThat(labels.getStatus()).isEqualTo(200);
	}

	// ------------------------------------------------------------------ tenancy

	@Test
	void otherTerritoriesAndPartnersGetNotFound() throws Exception {
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		RelaisPrincipal frenchAgent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		Donation french = desk.recordDonation(lyon, new DonationDraft(DonorKind.COMPANY, "Lyon donor " + run, null,
				null, "fr", LocalDate.now().minusDays(1), null), frenchAgent.userId());
		Device device = desk.intake(lyon, french.getId(), DeviceType.PHONE, "Fairphone", "4", List.of("LYON-" + run),
				new DeviceSpecs(null, null, null, null, null, null, null, null, null, null, null, null),
				frenchAgent.userId())
			.get(0);
		for (MockHttpServletRequestBuilder probe : List.of(get("/devices/{id}", device.getId()),
				get("/devices/{id}/label.pdf", device.getId()), get("/devices/{id}/erasure", device.getId()),
				get("/devices/labels.pdf").param("ids", device.getId().toString()),
				post("/devices/{id}/move", device.getId()).param("to", "IN_REFURBISHMENT"),
				get("/devices/donations/{id}", french.getId()), get("/devices/donations/{id}/receipt.pdf", french.getId()),
				get("/devices/new").param("donation", french.getId().toString()),
				intake("PHONE", "LYON2-" + run, "donation", french.getId().toString()))) {
			MockHttpServletResponse r = send(probe);
			assertThat(r.getStatus()).as(probe.toString()).isEqualTo(404);
			assertThat(html(r)).doesNotContain("Lyon donor", "LYON-" + run);
		}
		assertThat(state(device.getId())).isEqualTo("RECEIVED");
		assertThat(devicesWithSerial("LYON2-" + run)).isZero();
		// the French agent sees it
		assertThat(mvc.perform(get("/devices/{id}", device.getId()).with(user(frenchAgent))).andReturn().getResponse()
			.getStatus()).isEqualTo(200);

		RelaisPrincipal partner = accounts.findByEmail("partner@ch.demo.relais").orElseThrow();
		for (String path : List.of("/devices", "/devices/new", "/devices/donations")) {
			assertThat(mvc.perform(get(path).with(user(partner))).andReturn().getResponse().getStatus()).as(path)
				.isEqualTo(404);
		}
	}

	// ------------------------------------------------------------------ demo

	@Test
	void theZurichDemoStockHasReadyDevicesWithVerifiedErasures() {
		UUID zurich = agent.currentTerritoryId();
		assertThat(jdbc.queryForObject("select count(*) from dev_device where territory_id = ? and serial_number like"
				+ " 'DEMO-ZH-%'", Integer.class, zurich)).isEqualTo(32);
		assertThat(jdbc.queryForObject("select count(*) from dev_donation where territory_id = ? and donor_name in"
				+ " ('Limmat Treuhand AG', 'Claire Dubois', 'Stadt Zürich, Organisation und Informatik')", Integer.class,
				zurich)).isEqualTo(3);
		List<String> ready = jdbc.queryForList("select d.device_type || '/' || coalesce(d.keyboard_layout, '-') from"
				+ " dev_device d join dev_erasure e on e.device_id = d.id where d.territory_id = ? and d.state = 'READY'"
				+ " and e.verified = true and d.grade is not null and d.serial_number like 'DEMO-ZH-%'", String.class,
				zurich);
		assertThat(ready).hasSizeGreaterThanOrEqualTo(14);
		assertThat(ready.stream().filter("LAPTOP/CH_DE"::equals).count()).isGreaterThanOrEqualTo(8);
		assertThat(ready).contains("LAPTOP/CH_FR", "TABLET/-", "PHONE/-");
		List<String> states = jdbc.queryForList("select distinct state from dev_device where territory_id = ? and"
				+ " serial_number like 'DEMO-ZH-%'", String.class, zurich);
		assertThat(states).containsExactlyInAnyOrder("RECEIVED", "IN_REFURBISHMENT", "READY", "RECYCLED", "REJECTED",
				"RETURNED");
	}

	// ------------------------------------------------------------------ helpers

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(agent)).with(csrf()).header("Accept-Language", "en"))
			.andReturn()
			.getResponse();
	}

	private static String html(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The intake form filled for one device; {@code changes} are name, value pairs replacing or adding fields. */
	private static MockHttpServletRequestBuilder intake(String type, String serials, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("type", type);
		fields.put("brand", "Lenovo");
		fields.put("model", "ThinkPad T14");
		fields.put("quantity", "1");
		fields.put("serialNumbers", serials);
		fields.put("keyboardLayout", type.equals("LAPTOP") ? "CH_DE" : "");
		fields.put("ramGb", "16");
		fields.put("storageGb", "512");
		return form(post("/devices"), fields, changes);
	}

	/** A verified-less overwrite of today, by Lea Brunner; {@code changes} replace or add fields. */
	private MockHttpServletRequestBuilder erasure(UUID id, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("method", "OVERWRITE");
		fields.put("passes", "1");
		fields.put("tool", "nwipe 0.34");
		fields.put("erasedOn", desk.today(agent.currentTerritoryId()).toString());
		fields.put("operatorName", "Lea Brunner");
		return form(post("/devices/{id}/erasure", id), fields, changes);
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields,
			String... changes) {
		for (int i = 0; i + 1 < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		fields.forEach(request::param);
		return request;
	}

	private UUID intakeOne(String type, String serial) throws Exception {
		return redirectId(send(intake(type, serial)));
	}

	private static UUID redirectId(MockHttpServletResponse response) {
		assertThat(response.getStatus()).isEqualTo(302);
		String url = response.getRedirectedUrl();
		return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
	}

	private UUID donation(String name, String language) throws Exception {
		MockHttpServletResponse r = send(post("/devices/donations").param("donorKind", "PERSON")
			.param("donorName", name)
			.param("contactEmail", "donor@example.ch")
			.param("donorLanguage", language)
			.param("receivedOn", desk.today(agent.currentTerritoryId()).minusDays(1).toString()));
		return redirectId(r);
	}

	private MockHttpServletResponse move(UUID id, String to, String note) throws Exception {
		return send(post("/devices/{id}/move", id).param("to", to).param("note", note));
	}

	private void assertRefused(UUID id, String to, String message) throws Exception {
		MockHttpServletResponse r = move(id, to, "");
		assertThat(r.getStatus()).as(to).isEqualTo(422);
		assertThat(html(r)).as(to).contains(message);
	}

	private String state(UUID id) {
		return jdbc.queryForObject("select state from dev_device where id = ?", String.class, id);
	}

	private int devicesWithSerial(String like) {
		return jdbc.queryForObject("select count(*) from dev_device where serial_number like ?", Integer.class, like);
	}

	/** Reads the first image of the PDF (the QR code, grey pixels) and decodes it with ZXing. */
	private static String decodeQr(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		for (int i = 0; i < reader.getXrefSize(); i++) {
			PdfObject object = reader.getPdfObject(i);
			if (object instanceof PRStream stream && PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
				int width = stream.getAsNumber(PdfName.WIDTH).intValue();
				int height = stream.getAsNumber(PdfName.HEIGHT).intValue();
				byte[] grey = PdfReader.getStreamBytes(stream);
				int[] pixels = new int[width * height];
				for (int p = 0; p < pixels.length; p++) {
					int g = grey[p] & 0xFF;
					pixels[p] = 0xFF000000 | (g << 16) | (g << 8) | g;
				}
				// the label's image is a pure, unrotated code with its quiet zone: without this hint ZXing's finder
				// pattern detection misses about one code in 150
				return new QRCodeReader()
					.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels))),
							java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE))
					.getText();
			}
		}
		throw new AssertionError("no image in the label");
	}

}
