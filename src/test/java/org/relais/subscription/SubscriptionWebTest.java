package org.relais.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.subscription.kit.Kits;
import org.relais.territory.TerritoryKind;
import org.relais.territory.domain.Territories;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The subscription of a commune of 16,420 inhabitants (4,105 € a year at the default rate) as its admin sees it in
 * French and English, its invoice issued and marked paid by the platform admin, a territory without population;
 * the communication kit: bad phone numbers, the flyer PDF (A4 and A5) with the desk's number and a QR code that
 * decodes to the territory's address, the renewal reminder once per three months.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscriptionWebTest {

	/** The spaces a language may put inside a price: space, no-break space, narrow no-break space. */
	private static final String SP = "[ \\u00A0\\u202F]";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Territories territories;

	@Autowired
	Kits kits;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${relais.base-url}")
	String baseUrl;

	TestAccounts accounts;

	UUID commune;

	String slug;

	RelaisPrincipal admin;

	RelaisPrincipal coordinator;

	RelaisPrincipal agent;

	RelaisPrincipal platform;

	@BeforeAll
	void setUp() {
		accounts = new TestAccounts(context);
		slug = "sub-" + UUID.randomUUID().toString().substring(0, 8);
		commune = territories
			.create(slug, Map.of("fr", "Saint-Abonné " + slug), "FR", null, null, TerritoryKind.COMMUNE, 16_420, "fr",
					List.of("fr", "en"), "Europe/Paris")
			.id();
		admin = principal("sub-admin", commune, Role.TERRITORY_ADMIN);
		coordinator = principal("sub-coordinator", commune, Role.COORDINATOR);
		agent = principal("sub-agent", commune, Role.AGENT);
		platform = accounts.principal("platform@demo.relais");
	}

	private RelaisPrincipal principal(String label, UUID territory, Role role) {
		String email = TestAccounts.uniqueEmail(label);
		accounts.createUser(email, label, territory, role);
		return accounts.principal(email);
	}

	// ------------------------------------------------------------------ subscription

	@Test
	void theCommunesAdminSees4105EurosPerYearInFrenchAndEnglish() throws Exception {
		MockHttpServletResponse fr = send(get("/admin/subscription"), admin, "fr");
		assertThat(fr.getStatus()).isEqualTo(200);
		String page = html(fr);
		assertThat(page).containsPattern("4" + SP + "105,00" + SP + "€ par an")
			.containsPattern("16" + SP + "420 habitants")
			.containsPattern("0,25" + SP + "€ par habitant et par an")
			.contains("Commune", "Saint-Abonné " + slug, "Essai", "du 1 janvier");
		String en = html(send(get("/admin/subscription"), admin, "en"));
		assertThat(en).contains("€4,105.00 per year", "16,420 inhabitants", "€0.25 per inhabitant per year");
	}

	@Test
	void thePlatformAdminIssuesTheYearsInvoiceAndMarksItPaid() throws Exception {
		String own = "inv-" + UUID.randomUUID().toString().substring(0, 8);
		UUID territory = territories
			.create(own, Map.of("fr", "Facturée " + own), "FR", null, null, TerritoryKind.COMMUNE, 16_420, "fr",
					List.of("fr", "de"), "Europe/Paris")
			.id();
		RelaisPrincipal ownAdmin = principal("inv-admin", territory, Role.TERRITORY_ADMIN);
		assertThat(html(send(get("/platform/subscription"), platform, "fr"))).contains("Facturée " + own);
		MockHttpServletResponse issued = send(post("/platform/subscription/issue").param("territory",
				territory.toString()), platform, "fr");
		assertThat(issued.getStatus()).isEqualTo(302);
		Map<String, Object> invoice = jdbc.queryForMap("select * from sub_invoice where territory_id = ?", territory);
		String number = (String) invoice.get("number");
		int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
		assertThat(number).matches("REL-" + year + "-\\d{4}");
		assertThat(((java.math.BigDecimal) invoice.get("amount"))).isEqualByComparingTo("4105.00");
		assertThat(((java.sql.Date) invoice.get("due_on")).toLocalDate())
			.isEqualTo(((java.sql.Date) invoice.get("issued_on")).toLocalDate().plusDays(30));
		// twice: refused, nothing more written
		assertThat(problem(post("/platform/subscription/issue").param("territory", territory.toString()))).isEqualTo("subscription.error.alreadyIssued");
		assertThat(jdbc.queryForObject("select count(*) from sub_invoice where territory_id = ?", Integer.class,
				territory)).isEqualTo(1);

		String adminPage = html(send(get("/admin/subscription"), ownAdmin, "fr"));
		assertThat(adminPage).contains(number, "Actif", "En attente de paiement");

		UUID invoiceId = (UUID) invoice.get("id");
		MockHttpServletResponse pdf = send(get("/admin/subscription/invoices/{id}.pdf", invoiceId), ownAdmin, "en");
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		String text = new PdfTextExtractor(new PdfReader(pdf.getContentAsByteArray())).getTextFromPage(1);
		// in the territory's default language (French), whatever the reader's
		assertThat(text).contains("Facture " + number, "Relais", "Facturée " + own,
				"Abonnement à la plateforme de coordination", "habitants × 0,25", "Paiement à effectuer avant le")
			.containsPattern("Total 4[\\s\\u00A0]*105,00[\\s\\u00A0]*€");

		send(post("/platform/subscription/paid").param("invoice", invoiceId.toString()), platform, "fr");
		assertThat(jdbc.queryForObject("select paid_on from sub_invoice where id = ?", java.sql.Date.class,
				invoiceId)).isNotNull();
		assertThat(problem(post("/platform/subscription/paid").param("invoice", invoiceId.toString()))).isEqualTo("subscription.error.alreadyPaid");
		assertThat(html(send(get("/admin/subscription"), ownAdmin, "fr"))).contains("Payée le");

		// another territory's admin: 404 for the invoice
		assertThat(send(get("/admin/subscription/invoices/{id}.pdf", invoiceId), admin, "fr").getStatus())
			.isEqualTo(404);
	}

	@Test
	void withoutPopulationThePageSaysSoAndNoInvoiceIsIssued() throws Exception {
		String own = "nopop-" + UUID.randomUUID().toString().substring(0, 8);
		UUID territory = territories
			.create(own, Map.of("fr", "Sans population " + own), "FR", null, null, TerritoryKind.INTERCOMMUNALITY,
					null, "fr", List.of("fr"), "Europe/Paris")
			.id();
		RelaisPrincipal ownAdmin = principal("nopop-admin", territory, Role.TERRITORY_ADMIN);
		MockHttpServletResponse page = send(get("/admin/subscription"), ownAdmin, "en");
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(html(page)).contains("Population unknown", "no price can be computed", "Intercommunality")
			.doesNotContain("per year</strong>");
		assertThat(problem(post("/platform/subscription/issue").param("territory", territory.toString()))).isEqualTo("subscription.error.population");
		assertThat(jdbc.queryForObject("select count(*) from sub_subscription where territory_id = ?", Integer.class,
				territory)).isZero();
	}

	@Test
	void theRateIsCheckedAndOnlyThePlatformAdminSetsIt() throws Exception {
		MockHttpServletResponse bad = send(post("/platform/subscription").param("rate", "cheap").param("currency", "E"),
				platform, "en");
		assertThat(bad.getStatus()).isEqualTo(422);
		assertThat(html(bad)).contains("id=\"rate-error\"", "id=\"currency-error\"", "Enter a rate above 0");
		MockHttpServletResponse negative = send(post("/platform/subscription").param("rate", "-1")
			.param("currency", "EUR"), platform, "en");
		assertThat(negative.getStatus()).isEqualTo(422);
		MockHttpServletResponse unknown = send(post("/platform/subscription").param("rate", "0.25")
			.param("currency", "XYZ"), platform, "en");
		assertThat(unknown.getStatus()).isEqualTo(422);
		assertThat(send(get("/platform/subscription"), admin, "en").getStatus()).isEqualTo(403);
		assertThat(send(post("/platform/subscription").param("rate", "9").param("currency", "EUR"), admin, "en")
			.getStatus()).isEqualTo(403);
		assertThat(send(get("/admin/subscription"), coordinator, "en").getStatus()).isEqualTo(403);
		// the default rate is still in force for the other tests
		assertThat(html(send(get("/admin/subscription"), admin, "en"))).contains("€4,105.00 per year");
	}

	// ------------------------------------------------------------------ kit

	@Test
	void aBadPhoneNumberIsRefusedNextToTheFieldAndNothingIsWritten() throws Exception {
		String own = "kitbad-" + UUID.randomUUID().toString().substring(0, 8);
		UUID territory = territories
			.create(own, Map.of("fr", "Kit " + own), "FR", null, null, TerritoryKind.COMMUNE, 1000, "fr",
					List.of("fr"), "Europe/Paris")
			.id();
		RelaisPrincipal ownCoordinator = principal("kitbad", territory, Role.COORDINATOR);
		for (String phone : List.of("", "12345", "04-72-00-00-00", "appelez-nous", "0".repeat(21))) {
			MockHttpServletResponse bad = send(post("/admin/kit").param("deskPhone", phone), ownCoordinator, "en");
			assertThat(bad.getStatus()).as(phone).isEqualTo(422);
			assertThat(html(bad)).contains("id=\"deskPhone-error\"", "aria-invalid=\"true\"");
		}
		MockHttpServletResponse future = send(post("/admin/kit").param("deskPhone", "04 72 00 00 00")
			.param("lastRenewedOn", LocalDate.now().plusDays(10).toString()), ownCoordinator, "en");
		assertThat(future.getStatus()).isEqualTo(422);
		assertThat(html(future)).contains("id=\"lastRenewedOn-error\"", "cannot be in the future");
		MockHttpServletResponse longTag = send(post("/admin/kit").param("deskPhone", "04 72 00 00 00")
			.param("taglines[fr]", "x".repeat(161)), ownCoordinator, "en");
		assertThat(longTag.getStatus()).isEqualTo(422);
		assertThat(html(longTag)).contains("at most 160 characters");
		assertThat(jdbc.queryForObject("select count(*) from sub_kit where territory_id = ?", Integer.class, territory))
			.isZero();
		// no kit yet: the flyer has everything but a phone number; an agent has no kit page
		MockHttpServletResponse bare = send(get("/admin/kit/flyer.pdf"), ownCoordinator, "en");
		assertThat(bare.getStatus()).isEqualTo(200);
		assertThat(new PdfTextExtractor(new PdfReader(bare.getContentAsByteArray())).getTextFromPage(1))
			.contains("Besoin d’un coup de main ?", "/t/" + own)
			.doesNotContain("Appelez le guichet");
		assertThat(send(get("/admin/kit"), agent, "en").getStatus()).isEqualTo(403);
	}

	@Test
	void theFlyerCarriesTheDeskPhoneAndAQrCodeOfTheTerritorysAddress() throws Exception {
		MockHttpServletResponse saved = send(post("/admin/kit").param("deskPhone", " 04 72  12 34 56 ")
			.param("taglines[fr]", "Ensemble contre l’isolement")
			.param("taglines[en]", "Together against isolation"), coordinator, "fr");
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(html(send(get("/admin/kit"), admin, "fr"))).contains("04 72 12 34 56",
				baseUrl.replaceAll("/$", "") + "/t/" + slug, "Flyer A5, English (PDF)");

		String url = baseUrl.replaceAll("/$", "") + "/t/" + slug;
		for (String format : List.of("A4", "A5")) {
			MockHttpServletResponse pdf = send(get("/admin/kit/flyer.pdf").param("format", format).param("lang", "fr"),
					coordinator, "en");
			assertThat(pdf.getStatus()).isEqualTo(200);
			assertThat(pdf.getContentType()).isEqualTo("application/pdf");
			byte[] bytes = pdf.getContentAsByteArray();
			PdfReader reader = new PdfReader(bytes);
			assertThat(reader.getNumberOfPages()).isEqualTo(1);
			Rectangle page = reader.getPageSize(1);
			Rectangle expected = format.equals("A4") ? PageSize.A4 : PageSize.A5;
			assertThat(page.getWidth()).isCloseTo(expected.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
			assertThat(page.getHeight()).isCloseTo(expected.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
			String text = new PdfTextExtractor(reader).getTextFromPage(1);
			assertThat(text).contains("04 72 12 34 56", "Besoin d’un coup de main ?", "Envie d’aider ?",
					"Ensemble contre l’isolement", "Gratuit pour les habitants, les bénévoles et les associations", url);
			assertThat(decodeQr(bytes)).isEqualTo(url);
		}
		String english = new PdfTextExtractor(new PdfReader(send(get("/admin/kit/flyer.pdf").param("format", "A5")
			.param("lang", "en"), coordinator, "fr").getContentAsByteArray())).getTextFromPage(1);
		assertThat(english).contains("Need a hand?", "Together against isolation", "04 72 12 34 56");
		// a language the territory does not speak, an unknown format
		assertThat(send(get("/admin/kit/flyer.pdf").param("lang", "de"), coordinator, "en").getStatus())
			.isEqualTo(404);
		assertThat(send(get("/admin/kit/flyer.pdf").param("format", "A3"), coordinator, "en").getStatus())
			.isEqualTo(404);
	}

	@Test
	void theCoordinatorsAreRemindedOnceEveryThreeMonthsUntilTheFlyersAreRenewed() throws Exception {
		String own = "kitrem-" + UUID.randomUUID().toString().substring(0, 8);
		UUID territory = territories
			.create(own, Map.of("fr", "Rappel " + own), "FR", null, null, TerritoryKind.COMMUNE, 1000, "fr",
					List.of("fr"), "Europe/Paris")
			.id();
		RelaisPrincipal ownCoordinator = principal("kitrem", territory, Role.COORDINATOR);
		LocalDate renewed = LocalDate.now(ZoneId.of("Europe/Paris")).minusMonths(3).minusDays(1);
		assertThat(send(post("/admin/kit").param("deskPhone", "0472000000").param("lastRenewedOn", renewed.toString()),
				ownCoordinator, "fr")
			.getStatus()).isEqualTo(302);
		Instant now = Instant.now();
		assertThat(kits.remindDue(now)).isGreaterThanOrEqualTo(1);
		Instant reminded = jdbc.queryForObject("select reminded_at from sub_kit where territory_id = ?",
				java.sql.Timestamp.class, territory).toInstant();
		assertThat(reminded).isCloseTo(now, org.assertj.core.api.Assertions.within(1, ChronoUnit.SECONDS));
		// the next day, and two months later: no new reminder for this territory
		kits.remindDue(now.plus(1, ChronoUnit.DAYS));
		kits.remindDue(now.plus(60, ChronoUnit.DAYS));
		assertThat(jdbc.queryForObject("select reminded_at from sub_kit where territory_id = ?",
				java.sql.Timestamp.class, territory).toInstant()).isEqualTo(reminded.truncatedTo(ChronoUnit.MICROS));
		// the coordinator's inbox got one notification
		assertThat(waitForInbox(ownCoordinator.userId())).isEqualTo(1);
		// renewed: the reminder count starts again from today
		assertThat(send(post("/admin/kit/renewed"), ownCoordinator, "fr").getStatus()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select last_renewed_on from sub_kit where territory_id = ?",
				java.sql.Date.class, territory).toLocalDate()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Paris")));
		assertThat(html(send(get("/admin/kit"), ownCoordinator, "fr"))).contains("Prochain rappel");
	}

	private int waitForInbox(UUID userId) throws InterruptedException {
		int count = 0;
		for (int i = 0; i < 50 && count == 0; i++) {
			count = jdbc.queryForObject("select count(*) from notification where user_id = ? and message_key like"
					+ " 'notification.kit.%'", Integer.class, userId);
			if (count == 0) {
				Thread.sleep(100);
			}
		}
		return count;
	}

	// ------------------------------------------------------------------ helpers

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RelaisPrincipal as, String language)
			throws Exception {
		return mvc.perform(request.with(user(as)).with(csrf()).header("Accept-Language", language))
			.andReturn()
			.getResponse();
	}

	/** The problem the platform page is sent back with (a message key), or null. */
	private Object problem(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(platform)).with(csrf())).andReturn().getFlashMap().get("problem");
	}

	private static String html(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Decodes the PDF's first image XObject as a pure QR code (8-bit grey pixels). */
	static String decodeQr(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		for (int i = 0; i < reader.getXrefSize(); i++) {
			PdfObject object = reader.getPdfObject(i);
			if (object instanceof PRStream stream && PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
				int width = stream.getAsNumber(PdfName.WIDTH).intValue();
				int height = stream.getAsNumber(PdfName.HEIGHT).intValue();
				byte[] grey = PdfReader.getStreamBytes(stream);
				int[] argb = new int[width * height];
				for (int p = 0; p < argb.length; p++) {
					int g = grey[p] & 0xFF;
					argb[p] = 0xFF000000 | (g << 16) | (g << 8) | g;
				}
				return new QRCodeReader()
					.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, argb))),
							Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
					.getText();
			}
		}
		throw new AssertionError("no image in the flyer");
	}

}
