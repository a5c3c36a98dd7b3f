package org.relais.directory.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.directory.domain.FieldChangeRepository;
import org.relais.directory.domain.LiaisonQuestion;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.LocationRepository;
import org.relais.directory.domain.MemberRole;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationMember;
import org.relais.directory.domain.OrganisationMemberRepository;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.QuestionType;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.ServiceStatus;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The partner's editors refuse bad input with a translated message next to the field and store nothing: liaison
 * form questions, exceptional closures, temporary closures, verification periods, logos; and keep good input.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerEntryChecksTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	OrganisationMemberRepository members;

	@Autowired
	ServiceRepository services;

	@Autowired
	LocationRepository locations;

	@Autowired
	FieldChangeRepository changes;

	@Autowired
	PlatformTransactionManager txManager;

	TransactionTemplate tx;

	RelaisPrincipal partner;

	String name;

	UUID organisationId;

	UUID serviceId;

	@BeforeEach
	void data() {
		tx = new TransactionTemplate(txManager);
		partner = accounts.findByEmail("partner@demo.relais").orElseThrow();
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		String unique = UUID.randomUUID().toString().substring(0, 8);
		name = "Permanence juridique " + unique;
		organisationId = tx.execute(x -> {
			Organisation o = new Organisation(null, lyon, LocalizedText.of("fr", "Point d’accès au droit " + unique),
					Instant.now());
			o.setStatus(OrganisationStatus.ACTIVE);
			return organisations.save(o).getId();
		});
		tx.executeWithoutResult(x -> members.save(new OrganisationMember(organisationId, partner.userId(),
				MemberRole.ADMIN, MemberStatus.ACTIVE, Instant.now())));
		serviceId = tx.execute(x -> {
			Service s = new Service(null, organisations.findById(organisationId).orElseThrow(),
					LocalizedText.of("fr", name), Instant.now());
			s.setStatus(ServiceStatus.PUBLISHED, null);
			return services.save(s).getId();
		});
	}

	/** The service form with what a save needs, in English; {@code overrides} are name, value pairs. */
	MockHttpServletRequestBuilder saveService(String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("nameFr", name);
		fields.put("status", "PUBLISHED");
		fields.put("saturation", "AVAILABLE");
		fields.put("verificationMonths", "6");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/partner/services/{id}", serviceId)
			.header("Accept-Language", "en")
			.with(user(partner))
			.with(csrf());
		fields.forEach(request::param);
		return request;
	}

	MockHttpServletResponse response(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	Service service() {
		return tx.execute(x -> {
			Service s = services.findById(serviceId).orElseThrow();
			s.getLiaisonForm().size();
			return s;
		});
	}

	/** Refused with 422, the message in the error next to the field, linked from the summary, the field invalid. */
	void assertRefusedAt(MockHttpServletResponse r, String fieldId, String message) throws Exception {
		assertThat(r.getStatus()).isEqualTo(422);
		String html = r.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"error-summary\"", "href=\"#" + fieldId + "\"");
		int error = html.indexOf("id=\"" + fieldId + "-error\"");
		assertThat(error).as("error next to %s", fieldId).isPositive();
		assertThat(html.substring(error, Math.min(html.length(), error + 400))).contains(message);
		String quoted = java.util.regex.Pattern.quote(fieldId);
		assertThat(html).containsPattern("id=\"" + quoted + "\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\""
				+ quoted + "\"");
	}

	// liaison form

	@Test
	void aChoiceQuestionWithOneChoiceIsRefusedAndTheFormIsNotStored() throws Exception {
		MockHttpServletResponse r = response(saveService().param("questions[0].label", "Situation du foyer")
			.param("questions[0].type", "CHOICE")
			.param("questions[0].choices", "Seul")
			.param("questions[1].label", "Date de naissance")
			.param("questions[1].type", "DATE"));
		assertRefusedAt(r, "questions0.choices", "Enter at least two choices, one per line.");
		assertThat(service().getLiaisonForm()).isEmpty();
		assertThat(changes.findByResourceIdOrderByChangedAtDesc(serviceId)).isEmpty();
	}

	@Test
	void aQuestionOfAnUnknownTypeIsRefused() throws Exception {
		MockHttpServletResponse r = response(saveService().param("questions[0].label", "Signature")
			.param("questions[0].type", "SIGNATURE"));
		assertRefusedAt(r, "questions0.type", "This value is not valid.");
		assertThat(service().getLiaisonForm()).isEmpty();
	}

	@Test
	void aLiaisonFormOfEachQuestionTypeIsKeptWithWhatIsRequired() throws Exception {
		MockHttpServletResponse r = response(saveService().param("questions[0].label", "Motif de l’orientation")
			.param("questions[0].type", "TEXT")
			.param("questions[0].required", "true")
			.param("questions[1].label", "Logement")
			.param("questions[1].type", "CHOICE")
			.param("questions[1].choices", "Hébergé\nLocataire\nSans domicile")
			.param("questions[2].label", "Date du rendez-vous souhaitée")
			.param("questions[2].type", "DATE")
			.param("questions[3].label", "La personne a-t-elle un avocat ?")
			.param("questions[3].type", "YES_NO")
			.param("questions[3].required", "true"));
		assertThat(r.getStatus()).isEqualTo(302);
		assertThat(service().getLiaisonForm()).containsExactly(
				new LiaisonQuestion("Motif de l’orientation", QuestionType.TEXT, null, true),
				new LiaisonQuestion("Logement", QuestionType.CHOICE, "Hébergé\nLocataire\nSans domicile", false),
				new LiaisonQuestion("Date du rendez-vous souhaitée", QuestionType.DATE, null, false),
				new LiaisonQuestion("La personne a-t-elle un avocat ?", QuestionType.YES_NO, null, true));
		// the editor shows it back, with a question removed at the next save
		String page = mvc.perform(get("/partner/services/{id}", serviceId).with(user(partner)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("value=\"Motif de l&rsquo;orientation\"", "Sans domicile");
		assertThat(response(saveService().param("questions[0].label", "Motif de l’orientation")
			.param("questions[0].type", "TEXT")
			.param("questions[0].remove", "true")
			.param("questions[1].label", "Logement")
			.param("questions[1].type", "YES_NO")).getStatus()).isEqualTo(302);
		assertThat(service().getLiaisonForm())
			.containsExactly(new LiaisonQuestion("Logement", QuestionType.YES_NO, null, false));
	}

	// temporary closure and verification period

	@Test
	void aTemporaryClosureNeedsAnEndDateToCome() throws Exception {
		assertRefusedAt(response(saveService("status", "TEMPORARILY_CLOSED")), "closedUntil",
				"Enter until when the service is closed.");
		assertRefusedAt(
				response(saveService("status", "TEMPORARILY_CLOSED", "closedUntil",
						LocalDate.now().minusDays(3).toString())),
				"closedUntil", "This date has passed: enter a reopening date to come, or choose another status.");
		assertRefusedAt(
				response(saveService("status", "TEMPORARILY_CLOSED", "closedUntil", "31/12/2027")),
				"closedUntil", "Enter a valid date (YYYY-MM-DD).");
		assertThat(service().getStatus()).isEqualTo(ServiceStatus.PUBLISHED);
		assertThat(changes.findByResourceIdOrderByChangedAtDesc(serviceId)).isEmpty();

		LocalDate reopening = LocalDate.now().plusDays(20);
		assertThat(response(saveService("status", "TEMPORARILY_CLOSED", "closedUntil",
				reopening.toString())).getStatus()).isEqualTo(302);
		assertThat(service().getStatus()).isEqualTo(ServiceStatus.TEMPORARILY_CLOSED);
		assertThat(service().getClosedUntil()).isEqualTo(reopening);
		String page = mvc.perform(get("/t/metropole-de-lyon/directory/services/{id}", serviceId)
			.header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(name, "Closed until "
				+ reopening.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
	}

	@Test
	void onlyVerificationPeriodsOfOneThreeSixOrTwelveMonthsAreTaken() throws Exception {
		for (String months : new String[] { "2", "24", "six" }) {
			assertRefusedAt(response(saveService("verificationMonths", months)), "verificationMonths",
					"Choose 1, 3, 6 or 12 months.");
		}
		assertThat(service().getVerificationMonths()).isEqualTo(6);
		for (int months : new int[] { 1, 3, 12 }) {
			assertThat(response(saveService("verificationMonths", String.valueOf(months))).getStatus())
				.isEqualTo(302);
			Service s = service();
			assertThat(s.getVerificationMonths()).isEqualTo(months);
		}
	}

	@Test
	void theEditorShowsHowFreshTheServiceIsAndConfirmsItIsStillAccurate() throws Exception {
		String before = mvc.perform(get("/partner/services/{id}", serviceId).with(user(partner))
			.header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(before).contains("id=\"freshness\"", "Never confirmed since it was entered.", "To verify",
				"action=\"/partner/services/" + serviceId + "/assure\"");
		MockHttpServletResponse r = response(post("/partner/services/{id}/assure", serviceId).param("back", "service")
			.with(user(partner))
			.with(csrf()));
		assertThat(r.getRedirectedUrl()).isEqualTo("/partner/services/" + serviceId + "#freshness");
		Service s = service();
		assertThat(s.getAssuredBy()).isEqualTo(partner.userId());
		assertThat(s.isStale(Instant.now())).isFalse();
		String after = mvc.perform(get("/partner/services/{id}", serviceId).with(user(partner))
			.header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(after).contains("Confirmed as accurate on ", "Check again by ").doesNotContain("To verify");
	}

	// exceptional closures

	@Test
	void anExceptionalClosureEndingBeforeItStartsIsRefused() throws Exception {
		MockHttpServletResponse r = response(post("/partner/locations/new")
			.param("organisation", organisationId.toString())
			.param("address", "8 rue des Tests")
			.param("exceptions[0].from", "2027-01-10")
			.param("exceptions[0].to", "2027-01-02")
			.param("exceptions[0].closed", "true")
			.header("Accept-Language", "en")
			.with(user(partner))
			.with(csrf()));
		assertRefusedAt(r, "exceptions0.to", "The end date must be on or after the start date.");
		assertThat(locations.findByOrganisationId(organisationId)).isEmpty();
	}

	// logo

	static byte[] png(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0x336699);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	MvcResult uploadLogo(MockMultipartFile file) throws Exception {
		return mvc.perform(multipart("/partner/organisations/{id}/logo", organisationId).file(file)
			.with(user(partner))
			.with(csrf())).andReturn();
	}

	@Test
	void aLogoOverOneMegabyteIsRefusedAndAnImageIsKept() throws Exception {
		byte[] small = png(40, 40);
		byte[] big = Arrays.copyOf(small, 1024 * 1024 + 10);
		MvcResult refused = uploadLogo(new MockMultipartFile("logo", "logo.png", "image/png", big));
		assertThat(refused.getFlashMap().get("logoError")).isEqualTo("directory.partner.logo.tooLarge");
		assertThat(organisations.findById(organisationId).orElseThrow().getLogoFileId()).isNull();

		MvcResult kept = uploadLogo(new MockMultipartFile("logo", "logo.png", "image/png", small));
		assertThat(kept.getFlashMap().get("logoError")).isNull();
		UUID logo = organisations.findById(organisationId).orElseThrow().getLogoFileId();
		assertThat(logo).isNotNull();
		String page = mvc.perform(get("/partner/organisations/{id}", organisationId).with(user(partner))
			.header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("/files/" + logo, "PNG, JPEG, GIF or WebP, 1 MB at most.");
		assertThat(mvc.perform(get("/files/{id}", logo).with(user(partner))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void theLogoErrorIsShownNextToTheFileField() throws Exception {
		MockHttpServletResponse r = mvc.perform(get("/partner/organisations/{id}", organisationId).with(user(partner))
			.flashAttr("logoError", "directory.partner.logo.tooLarge")
			.header("Accept-Language", "de")).andReturn().getResponse();
		String html = r.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"logo-error\"", "Das Logo ist größer als 1 MB");
		assertThat(html).containsPattern("id=\"logo-file\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"logo-file\"");
	}

}
