package org.relais.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relais.directory.DirectoryCatalog;
import org.relais.partnership.domain.Partnerships;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.domain.Invitations;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Partner onboarding through its pages: the public form refuses bad input, robots and floods; the status page
 * answers only to its links; review, changes, correction, contract, online acceptance (name, time, address and the
 * sent bytes' hash) or a signed scan, activation (organisation in the directory, invitations mailed, membership on
 * acceptance); refusal; tenancy.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnershipWebTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	private static final Pattern STATUS_LINK = Pattern.compile("https?://\\S+/t/[a-z-]+/partners/join/([A-Za-z0-9_-]+)");

	private static final Pattern INVITATION_LINK = Pattern.compile("https?://\\S+/invitations/([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	DirectoryCatalog directory;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Invitations invitations;

	@Autowired
	JdbcTemplate jdbc;

	// ------------------------------------------------------------------ the public form

	@Test
	void badInputShowsMessagesNextToTheFieldsAndWritesNothing() throws Exception {
		String name = "Falsch " + UUID.randomUUID();
		MockHttpServletResponse r = mvc.perform(join("kanton-zuerich", name, from("198.51.100.1"), "kind",
				"SPACESHIP", "email", "not-an-address", "representativeName", "", "phone", "call me", "language", "xx")
			.header("Accept-Language", "en")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		String page = r.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"error-summary\"", "Enter a valid email address", "This field is required.",
				"Enter a phone number", "This value is not valid.")
			.contains("id=\"email-error\"", "aria-invalid=\"true\"");
		assertThat(rows(name)).isZero();
	}

	@Test
	void robotsAreSentBackAndAFloodIsStoppedWithNothingWritten() throws Exception {
		String robot = "Robot " + UUID.randomUUID();
		mvc.perform(join("kanton-zuerich", robot, from("198.51.100.2"), "nickname", "bot")).andReturn();
		assertThat(rows(robot)).isZero();

		String ip = "198.51.100." + (10 + (int) (Math.random() * 200));
		String prefix = "Flut " + UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			assertThat(mvc.perform(join("kanton-zuerich", prefix + " " + i, from(ip))).andReturn().getResponse()
				.getStatus()).isEqualTo(302);
		}
		MockHttpServletResponse sixth = mvc
			.perform(join("kanton-zuerich", prefix + " 6", from(ip)).header("Accept-Language", "de"))
			.andReturn()
			.getResponse();
		assertThat(sixth.getStatus()).isEqualTo(429);
		assertThat(sixth.getContentAsString(StandardCharsets.UTF_8)).contains("Zu viele Anfragen");
		assertThat(rows(prefix + " 6")).isZero();
		assertThat(rows(prefix + " 4")).isOne();
	}

	@Test
	void theStatusPageAnswersOnlyToItsOwnLinkInItsOwnTerritory() throws Exception {
		assertThat(mvc.perform(get("/t/kanton-zuerich/partners/join/not-a-token")).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		String token = apply("metropole-de-lyon", "Lyon " + UUID.randomUUID(), "fr", from("198.51.100.3"));
		assertThat(mvc.perform(get("/t/metropole-de-lyon/partners/join/" + token)).andReturn().getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/t/kanton-zuerich/partners/join/" + token)).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/t/kanton-zuerich/partners/join/" + token + "/contract.pdf")).andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	// ------------------------------------------------------------------ the whole way

	@Test
	void aRequestGoesThroughReviewChangesContractAcceptanceAndActivation() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String name = "Lernwerkstatt " + unique;
		String contact = "kontakt-" + unique + "@example.org";
		String rep = "leitung-" + unique + "@example.org";
		RelaisPrincipal admin = accounts.findByEmail("admin@ch.demo.relais").orElseThrow();

		mvc.perform(join("kanton-zuerich", name, from("198.51.100.4"), "contactEmail", contact,
				"representativeEmail", rep)).andReturn();
		UUID id = requestId(name);
		// the contact gets the private link; the admins hear of it
		MimeMessage received = awaitMail(contact, 1).get(0);
		assertThat(received.getSubject()).isEqualTo("Partnerschaftsanfrage erhalten: " + name);
		String contactToken = token(text(received));
		assertThat(jdbc.queryForObject("select count(*) from notification where link = ? and user_id = ?",
				Integer.class, "/admin/partnerships/" + id, admin.userId()))
			.isOne();
		assertThat(jdbc.queryForObject("select count(*) from pts_link where request_id = ? and token_hash = ?",
				Integer.class, id, Partnerships.sha256(contactToken.getBytes(StandardCharsets.UTF_8))))
			.isOne();

		// review, then changes asked: the contact reads the message
		mvc.perform(post("/admin/partnerships/{id}/review", id).with(user(admin)).with(csrf())).andReturn();
		MockHttpServletResponse empty = mvc
			.perform(post("/admin/partnerships/{id}/changes", id).param("message", " ").with(user(admin)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(empty.getStatus()).isEqualTo(422);
		assertThat(status(id)).isEqualTo("UNDER_REVIEW");
		mvc.perform(post("/admin/partnerships/{id}/changes", id).param("message", "Bitte die UID angeben.")
			.with(user(admin))
			.with(csrf())).andReturn();
		assertThat(status(id)).isEqualTo("CHANGES_REQUESTED");
		MimeMessage changes = awaitMail(contact, 2).get(1);
		assertThat(text(changes)).contains("Bitte die UID angeben.");
		String changesToken = token(text(changes));

		// the applicant corrects the application on the status page
		String page = mvc.perform(get("/t/kanton-zuerich/partners/join/" + changesToken))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Bitte die UID angeben.", "name=\"legalId\"");
		mvc.perform(fields(post("/t/kanton-zuerich/partners/join/" + changesToken + "/resubmit"), name,
				"contactEmail", contact, "representativeEmail", rep, "legalId", "CHE-116.281.710")
			.with(csrf())).andReturn();
		assertThat(status(id)).isEqualTo("UNDER_REVIEW");
		assertThat(jdbc.queryForObject("select legal_id from pts_request where id = ?", String.class, id))
			.isEqualTo("CHE-116.281.710");

		// the contract goes to the legal representative
		mvc.perform(post("/admin/partnerships/{id}/contract", id).with(user(admin)).with(csrf())).andReturn();
		assertThat(status(id)).isEqualTo("CONTRACT_SENT");
		MimeMessage contractMail = awaitMail(rep, 1).get(0);
		assertThat(contractMail.getSubject()).isEqualTo("Partnerschaftsvertrag zur Annahme: " + name);
		String repToken = token(text(contractMail));
		byte[] contract = mvc.perform(get("/t/kanton-zuerich/partners/join/" + repToken + "/contract.pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String contractText = pdfText(contract);
		assertThat(contractText).contains("Partnerschaftsvertrag", name, "Kanton Zürich", "CHE-116.281.710",
				"Datenschutz", "Kündigung");
		String sentHash = jdbc.queryForObject("select contract_sha256 from pts_request where id = ?", String.class, id);
		assertThat(sentHash).isEqualTo(Partnerships.sha256(contract));

		// the template changes after the sending: the contract stays the one sent
		mvc.perform(post("/admin/partnerships/contract").param("language", "de")
			.param("body", "# Neuer Vertrag " + unique + "\n\nZwischen {territory} und {organisation}.")
			.with(user(admin))
			.with(csrf())).andReturn();
		byte[] again = mvc.perform(get("/admin/partnerships/{id}/contract.pdf", id).with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(again).isEqualTo(contract);

		// acceptance: a name and the box are needed; then name, time, address and the hash are recorded
		MockHttpServletResponse noBox = mvc
			.perform(post("/t/kanton-zuerich/partners/join/" + repToken + "/accept").param("name", "Regula Muster")
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(noBox.getStatus()).isEqualTo(422);
		assertThat(status(id)).isEqualTo("CONTRACT_SENT");
		mvc.perform(post("/t/kanton-zuerich/partners/join/" + repToken + "/accept").param("name", "Regula Muster")
			.param("onBehalf", "true")
			.with(from("203.0.113.77"))
			.with(csrf())).andReturn();
		assertThat(status(id)).isEqualTo("SIGNED");
		var signedRow = jdbc.queryForMap("select accepted_name, accepted_ip, accepted_sha256, accepted_at,"
				+ " signature_kind, signed_sha256 from pts_request where id = ?", id);
		assertThat(signedRow.get("accepted_name")).isEqualTo("Regula Muster");
		assertThat(signedRow.get("accepted_ip")).isEqualTo("203.0.113.77");
		assertThat(signedRow.get("accepted_sha256")).isEqualTo(sentHash);
		assertThat(signedRow.get("accepted_at")).isNotNull();
		assertThat(signedRow.get("signature_kind")).isEqualTo("ONLINE");
		byte[] signed = mvc.perform(get("/admin/partnerships/{id}/signed", id).with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Partnerships.sha256(signed)).isEqualTo(signedRow.get("signed_sha256"));
		String signedText = pdfText(signed);
		assertThat(signedText).contains(name, "Elektronische Zustimmung", "Regula Muster", "203.0.113.77", sentHash);
		assertThat(mvc.perform(get("/t/kanton-zuerich/partners/join/" + contactToken + "/signed")).andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(signed);
		// the stored files are not served by /files
		UUID fileId = jdbc.queryForObject("select signed_file_id from pts_request where id = ?", UUID.class, id);
		assertThat(mvc.perform(get("/files/{id}", fileId).with(user(admin))).andReturn().getResponse().getStatus())
			.isEqualTo(404);

		// activation: the organisation in the directory, invitations to both people
		mvc.perform(post("/admin/partnerships/{id}/activate", id).with(user(admin)).with(csrf())).andReturn();
		assertThat(status(id)).isEqualTo("ACTIVE");
		UUID zurich = territories.findBySlug("kanton-zuerich").orElseThrow().id();
		UUID organisation = jdbc.queryForObject("select organisation_id from pts_request where id = ?", UUID.class,
				id);
		assertThat(directory.organisation(zurich, organisation, "de")).hasValueSatisfying(o -> {
			assertThat(o.name()).isEqualTo(name);
			assertThat(o.kind()).isEqualTo("ASSOCIATION");
		});
		assertThat(directory.locations(zurich)).anySatisfy(l -> {
			assertThat(l.organisationId()).isEqualTo(organisation);
			assertThat(l.city()).isEqualTo("Zürich");
		});
		String invitation = awaitMail(rep, 3).stream()
			.map(PartnershipWebTest::text)
			.map(INVITATION_LINK::matcher)
			.filter(Matcher::find)
			.map(m -> m.group(1))
			.findFirst()
			.orElseThrow();
		assertThat(awaitMail(contact, 4).stream().map(PartnershipWebTest::text).anyMatch(t -> t.contains("/invitations/")))
			.isTrue();

		// the representative accepts the invitation: a partner of the territory, admin of the organisation
		UUID user = invitations.accept(invitation, TestAccounts.PASSWORD);
		await().atMost(Duration.ofSeconds(20)).until(() -> directory.organisationMembers(organisation).contains(user));
		assertThat(directory.memberOrganisations(user)).containsExactly(organisation);
		String detail = mvc.perform(get("/admin/partnerships/{id}", id).with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(detail).contains(rep, "Regula Muster", "203.0.113.77", sentHash);
	}

	@Test
	void theContractIsWrittenInTheOrganisationsLanguage() throws Exception {
		RelaisPrincipal admin = accounts.findByEmail("admin@demo.relais").orElseThrow();
		String name = "Atelier Clavier " + UUID.randomUUID().toString().substring(0, 8);
		String token = apply("metropole-de-lyon", name, "fr", from("198.51.100.5"));
		UUID id = requestId(name);
		mvc.perform(post("/admin/partnerships/{id}/review", id).with(user(admin)).with(csrf())).andReturn();
		mvc.perform(post("/admin/partnerships/{id}/contract", id).with(user(admin)).with(csrf())).andReturn();
		String text = pdfText(mvc.perform(get("/t/metropole-de-lyon/partners/join/" + token + "/contract.pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(text).contains("Convention de partenariat", name, "Métropole de Lyon", "Protection des données",
				"Résiliation");
	}

	@Test
	void aSignedScanCanBeUploadedInsteadAndTheAdminSeesIt() throws Exception {
		RelaisPrincipal admin = accounts.findByEmail("admin@ch.demo.relais").orElseThrow();
		String name = "Scanverein " + UUID.randomUUID().toString().substring(0, 8);
		String token = apply("kanton-zuerich", name, "de", from("198.51.100.6"));
		UUID id = requestId(name);
		mvc.perform(post("/admin/partnerships/{id}/review", id).with(user(admin)).with(csrf())).andReturn();
		mvc.perform(post("/admin/partnerships/{id}/contract", id).with(user(admin)).with(csrf())).andReturn();

		MockHttpServletResponse wrong = mvc.perform(multipart("/t/kanton-zuerich/partners/join/" + token + "/upload")
			.file(new MockMultipartFile("file", "vertrag.pdf", "application/pdf", "not a pdf".getBytes()))
			.with(csrf())).andReturn().getResponse();
		assertThat(wrong.getStatus()).isEqualTo(422);
		assertThat(wrong.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"file-error\"");
		assertThat(status(id)).isEqualTo("CONTRACT_SENT");

		byte[] scan = mvc.perform(get("/t/kanton-zuerich/partners/join/" + token + "/contract.pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		mvc.perform(multipart("/t/kanton-zuerich/partners/join/" + token + "/upload")
			.file(new MockMultipartFile("file", "vertrag-unterschrieben.pdf", "application/pdf", scan))
			.with(from("203.0.113.8"))
			.with(csrf())).andReturn();
		assertThat(status(id)).isEqualTo("SIGNED");
		assertThat(jdbc.queryForObject("select signature_kind from pts_request where id = ?", String.class, id))
			.isEqualTo("UPLOAD");
		MockHttpServletResponse download = mvc.perform(get("/admin/partnerships/{id}/signed", id).with(user(admin)))
			.andReturn()
			.getResponse();
		assertThat(download.getContentAsByteArray()).isEqualTo(scan);
		assertThat(mvc.perform(get("/admin/partnerships/{id}", id).with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("203.0.113.8");
	}

	@Test
	void aRefusalNeedsAReasonWhichTheApplicantReads() throws Exception {
		RelaisPrincipal admin = accounts.findByEmail("admin@ch.demo.relais").orElseThrow();
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String name = "Abgelehnt " + unique;
		String contact = "abgelehnt-" + unique + "@example.org";
		mvc.perform(join("kanton-zuerich", name, from("198.51.100.7"), "contactEmail", contact)).andReturn();
		UUID id = requestId(name);
		assertThat(mvc.perform(post("/admin/partnerships/{id}/refuse", id).with(user(admin)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(422);
		assertThat(status(id)).isEqualTo("REQUESTED");
		mvc.perform(post("/admin/partnerships/{id}/refuse", id).param("reason", "Ausserhalb des Kantons tätig.")
			.with(user(admin))
			.with(csrf())).andReturn();
		assertThat(status(id)).isEqualTo("REFUSED");
		MimeMessage mail = awaitMail(contact, 2).get(1);
		assertThat(mail.getSubject()).isEqualTo("Partnerschaftsanfrage abgelehnt: " + name);
		String body = text(mail);
		assertThat(body).contains("Ausserhalb des Kantons tätig.");
		String page = mvc.perform(get("/t/kanton-zuerich/partners/join/" + token(body)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Ausserhalb des Kantons tätig.");
		// nothing more can happen to a refused request
		mvc.perform(post("/admin/partnerships/{id}/contract", id).with(user(admin)).with(csrf())).andReturn();
		assertThat(status(id)).isEqualTo("REFUSED");
	}

	@Test
	void onlyTheAdminsOfTheRequestsTerritoryReachIt() throws Exception {
		String name = "Tenancy " + UUID.randomUUID();
		apply("metropole-de-lyon", name, "fr", from("198.51.100.8"));
		UUID id = requestId(name);
		RelaisPrincipal swissAdmin = accounts.findByEmail("admin@ch.demo.relais").orElseThrow();
		RelaisPrincipal lyonAdmin = accounts.findByEmail("admin@demo.relais").orElseThrow();
		RelaisPrincipal lyonPartner = accounts.findByEmail("partner@demo.relais").orElseThrow();
		assertThat(mvc.perform(get("/admin/partnerships/{id}", id).with(user(swissAdmin))).andReturn().getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.perform(post("/admin/partnerships/{id}/review", id).with(user(swissAdmin)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(status(id)).isEqualTo("REQUESTED");
		assertThat(mvc.perform(get("/admin/partnerships").with(user(swissAdmin))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(name);
		// not an admin: refused by the security rules of /admin before any lookup
		assertThat(mvc.perform(get("/admin/partnerships/{id}", id).with(user(lyonPartner))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		MockHttpServletResponse own = mvc.perform(get("/admin/partnerships/{id}", id).with(user(lyonAdmin)))
			.andReturn()
			.getResponse();
		assertThat(own.getStatus()).isEqualTo(200);
		assertThat(own.getContentAsString(StandardCharsets.UTF_8)).contains(name);
	}

	@Test
	void aTemplateWithAnUnknownFieldIsRefused() throws Exception {
		RelaisPrincipal admin = accounts.findByEmail("admin@demo.relais").orElseThrow();
		MockHttpServletResponse r = mvc.perform(post("/admin/partnerships/contract").param("language", "it")
			.param("body", "# Convenzione\n\n{organisation} e {pizza}")
			.header("Accept-Language", "en")
			.with(user(admin))
			.with(csrf())).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("unknown field in braces", "{pizza}");
		String page = mvc.perform(get("/admin/partnerships/contract").param("language", "it").with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("{pizza}").contains("Convenzione di partenariato");
	}

	// ------------------------------------------------------------------ helpers

	/** A full application to a territory, with this organisation name; pairs of field and value change fields. */
	private MockHttpServletRequestBuilder join(String slug, String name, RequestPostProcessor from,
			String... changes) {
		return fields(post("/t/" + slug + "/partners/join"), name, changes).with(from).with(csrf());
	}

	private static MockHttpServletRequestBuilder fields(MockHttpServletRequestBuilder b, String name,
			String... changes) {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		values.put("organisationName", name);
		values.put("kind", "ASSOCIATION");
		values.put("address", "Bahnhofstrasse 1");
		values.put("postalCode", "8001");
		values.put("city", "Zürich");
		values.put("phone", "+41 44 123 45 67");
		values.put("email", "info@example.org");
		values.put("website", "example.org");
		values.put("representativeName", "Regula Muster");
		values.put("representativeFunction", "Präsidentin");
		values.put("representativeEmail", "praesidium@example.org");
		values.put("contactName", "Tobias Beispiel");
		values.put("contactEmail", "tobias@example.org");
		values.put("language", "de");
		values.put("activity", "Wir begleiten Familien beim Umgang mit dem Computer.");
		for (int i = 0; i + 1 < changes.length; i += 2) {
			values.put(changes[i], changes[i + 1]);
		}
		values.forEach(b::param);
		return b;
	}

	/** Applies and answers the status page's token (from the redirect). */
	private String apply(String slug, String name, String language, RequestPostProcessor from) throws Exception {
		String location = mvc.perform(join(slug, name, from, "language", language))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/t/" + slug + "/partners/join/");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private static RequestPostProcessor from(String ip) {
		return request -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	private int rows(String name) {
		return jdbc.queryForObject("select count(*) from pts_request where org_name = ?", Integer.class, name);
	}

	private UUID requestId(String name) {
		return jdbc.queryForObject("select id from pts_request where org_name = ?", UUID.class, name);
	}

	private String status(UUID id) {
		return jdbc.queryForObject("select status from pts_request where id = ?", String.class, id);
	}

	private static List<MimeMessage> awaitMail(String email, int count) {
		await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessagesForDomain(email).length >= count);
		return List.of(smtp.getReceivedMessagesForDomain(email));
	}

	private static String token(String text) {
		Matcher m = STATUS_LINK.matcher(text);
		assertThat(m.find()).as("a status link in %s", text).isTrue();
		return m.group(1);
	}

	/** The plain-text part of a mail. */
	static String text(MimeMessage mail) {
		try {
			return plain(mail);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String plain(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multi) {
			for (int i = 0; i < multi.getCount(); i++) {
				BodyPart p = multi.getBodyPart(i);
				String found = plain(p);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static String pdfText(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		StringBuilder b = new StringBuilder();
		for (int i = 1; i <= reader.getNumberOfPages(); i++) {
			b.append(extractor.getTextFromPage(i)).append('\n');
		}
		return b.toString();
	}

}
