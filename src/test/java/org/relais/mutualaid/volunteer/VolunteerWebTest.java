package org.relais.mutualaid.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.ProofStatus;
import org.relais.mutualaid.VolunteerReadiness;
import org.relais.mutualaid.VolunteerStatus;
import org.relais.mutualaid.charter.Charter;
import org.relais.mutualaid.charter.Charters;
import org.relais.mutualaid.proof.ProofDocument;
import org.relais.mutualaid.proof.ProofDocumentRepository;
import org.relais.mutualaid.proof.ProofType;
import org.relais.mutualaid.proof.ProofTypes;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.domain.Invitations;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The volunteers' pages: the public sign-up (bad input, duplicate email, robots, floods: nothing written; a good one
 * invites an account, linked on acceptance), the volunteer's space (profile, absences, charter, documents), the
 * coordinator's record (verification, rejection, activation only with the current charter), the admin's charter and
 * proof types; mails; tenancy and access rules.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VolunteerWebTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	private static final Pattern INVITATION_LINK = Pattern.compile("https?://\\S+/invitations/([A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	VolunteerRepository volunteers;

	@Autowired
	ProofDocumentRepository documents;

	@Autowired
	Charters charters;

	@Autowired
	ProofTypes proofTypes;

	@Autowired
	VolunteerReadiness readiness;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	Invitations invitations;

	@Autowired
	JdbcTemplate jdbc;

	/** One territory of the tests' own for the class (made once). */
	static VolunteerTestData shared;

	VolunteerTestData data;

	UUID lyon;

	@BeforeEach
	void data() {
		if (shared == null) {
			shared = new VolunteerTestData(context);
		}
		data = shared;
		lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
	}

	// ------------------------------------------------------------------ public sign-up

	@Test
	void aSignUpMakesAPendingVolunteerAndInvitesAnAccountLinkedOnAcceptance() throws Exception {
		String email = TestAccounts.uniqueEmail("benevole");
		MockHttpServletResponse r = mvc.perform(signUp(email, from("198.51.100.21"))).andReturn().getResponse();
		assertThat(r.getRedirectedUrl()).isEqualTo("/t/metropole-de-lyon/volunteer/sent");
		Volunteer v = volunteers.findByTerritoryIdAndEmailIgnoreCase(lyon, email).orElseThrow();
		assertThat(v.getStatus()).isEqualTo(VolunteerStatus.PENDING);
		assertThat(v.getActionTypes()).containsExactlyInAnyOrder(ActionType.VISIT, ActionType.WALK);
		assertThat(v.getAvailability().format()).isEqualTo("MONDAY_MORNING,THURSDAY_EVENING");
		assertThat(v.getCommuneCode()).isEqualTo("69029");
		assertThat(v.getLatitude()).isNotNull();
		assertThat(v.getStreetAddress()).isEqualTo("3 rue des Tilleuls");
		assertThat(v.getUserId()).isNull();

		String token = awaitMail(email, 1).stream()
			.map(VolunteerTestData::text)
			.map(INVITATION_LINK::matcher)
			.filter(Matcher::find)
			.map(m -> m.group(1))
			.findFirst()
			.orElseThrow();
		UUID user = invitations.accept(token, TestAccounts.PASSWORD);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> user.equals(volunteers.findById(v.getId()).orElseThrow().getUserId()));
		RelaisPrincipal me = accounts.findByEmail(email).orElseThrow();
		String home = page(get("/volunteer").with(user(me)));
		assertThat(home).contains("Bonjour Noémie", "Vous n’avez pas signé la version actuelle de la charte.");
	}

	@Test
	void badInputIsShownNextToTheFieldsAndNothingIsWritten() throws Exception {
		String email = TestAccounts.uniqueEmail("mauvais");
		MockHttpServletResponse r = mvc.perform(post("/t/metropole-de-lyon/volunteer").with(from("198.51.100.22"))
			.with(csrf())
			.header("Accept-Language", "fr")
			.param("firstName", "")
			.param("lastName", "Martin")
			.param("email", "pas-une-adresse")
			.param("postalCode", "75001")
			.param("communeCode", "69029")
			.param("maxDistanceKm", "500")
			.param("language", "fr")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		String page = r.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"error-summary\"", "Ce code postal n’est pas celui de la commune choisie.",
				"Cochez au moins un moment où vous êtes disponible.", "Cochez au moins un type d’action.",
				"Saisissez une distance entre 1 et 100 km.", "id=\"email-error\"", "aria-invalid=\"true\"");
		assertThat(volunteers.findByTerritoryIdAndEmailIgnoreCase(lyon, "pas-une-adresse")).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from ma_volunteer where last_name = 'Martin' and email = ?",
				Integer.class, email)).isZero();
	}

	@Test
	void anEmailSignedUpAlreadyIsToldNextToTheFieldAndNothingIsWritten() throws Exception {
		String email = TestAccounts.uniqueEmail("double");
		mvc.perform(signUp(email, from("198.51.100.23"))).andReturn();
		long before = volunteers.count();
		MockHttpServletResponse r = mvc.perform(signUp(email.toUpperCase(), from("198.51.100.24")))
			.andReturn()
			.getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8))
			.contains("Cette adresse e-mail est déjà inscrite comme bénévole ici.", "id=\"email-error\"");
		assertThat(volunteers.count()).isEqualTo(before);
	}

	@Test
	void robotsAreSentAwayAndAFloodIsStoppedWithNothingWritten() throws Exception {
		String robot = TestAccounts.uniqueEmail("robot");
		mvc.perform(signUp(robot, from("198.51.100.25")).param("website", "http://spam.example")).andReturn();
		assertThat(volunteers.findByTerritoryIdAndEmailIgnoreCase(lyon, robot)).isEmpty();

		RequestPostProcessor ip = from("198.51.100." + (100 + (int) (Math.random() * 100)));
		for (int i = 0; i < 5; i++) {
			assertThat(mvc.perform(signUp(TestAccounts.uniqueEmail("flot" + i), ip)).andReturn().getResponse()
				.getStatus()).isEqualTo(302);
		}
		String sixth = TestAccounts.uniqueEmail("flot6");
		MockHttpServletResponse r = mvc.perform(signUp(sixth, ip)).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(429);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("Trop d’inscriptions depuis votre connexion.");
		assertThat(volunteers.findByTerritoryIdAndEmailIgnoreCase(lyon, sixth)).isEmpty();
	}

	@Test
	void theSignUpPageIsLinkedFromTheTerritorysPageAndShowsTheGrid() throws Exception {
		assertThat(page(get("/t/metropole-de-lyon").header("Accept-Language", "fr")))
			.contains("href=\"/t/metropole-de-lyon/volunteer\"", "Devenir bénévole");
		assertThat(page(get("/t/metropole-de-lyon/volunteer").header("Accept-Language", "fr")))
			.contains("<th scope=\"row\">Lundi</th>", "value=\"MONDAY_MORNING\"", "Bron", "name=\"website\"");
		assertThat(mvc.perform(get("/t/no-such-place/volunteer")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	// ------------------------------------------------------------------ the volunteer's space

	@Test
	void theProfileAndAbsencesAreTheVolunteersOwn() throws Exception {
		Volunteer v = data.volunteer("Paula", ActionType.VISIT);
		RelaisPrincipal me = data.principal(v);
		// a territory without communes: the commune cannot be chosen
		MockHttpServletResponse bad = mvc.perform(post("/volunteer/profile").with(user(me)).with(csrf())
			.param("communeCode", "69029")
			.param("postalCode", "69500")
			.param("availability", "MONDAY_MORNING")
			.param("actionTypes", "VISIT")
			.param("maxDistanceKm", "0")
			.param("language", "fr")).andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(422);
		assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("Choisissez votre commune dans la liste.",
				"Saisissez une distance entre 1 et 100 km.");

		MockHttpServletResponse wrongDates = mvc.perform(post("/volunteer/absences").with(user(me)).with(csrf())
			.param("fromDate", "2030-05-10")
			.param("untilDate", "2030-05-01")).andReturn().getResponse();
		assertThat(wrongDates.getStatus()).isEqualTo(422);
		assertThat(wrongDates.getContentAsString(StandardCharsets.UTF_8))
			.contains("La fin doit être le même jour que le début ou après.");
		assertThat(mvc.perform(post("/volunteer/absences").with(user(me)).with(csrf())
			.param("fromDate", "2030-05-01")
			.param("untilDate", "2030-05-10")).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/volunteer/profile");
		VolunteerAbsence absence = context.getBean(VolunteerAbsenceRepository.class)
			.findByVolunteerIdOrderByFromDate(v.getId())
			.get(0);
		assertThat(page(get("/volunteer/profile").with(user(me)))).contains("Du 1 mai 2030 au 10 mai 2030");

		// someone else's absence is a 404; one's own is deleted
		Volunteer other = data.volunteer("Oscar", ActionType.WALK);
		assertThat(mvc.perform(post("/volunteer/absences/{id}/delete", absence.getId()).with(user(data.principal(other)))
			.with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(404);
		mvc.perform(post("/volunteer/absences/{id}/delete", absence.getId()).with(user(me)).with(csrf())).andReturn();
		assertThat(context.getBean(VolunteerAbsenceRepository.class).findById(absence.getId())).isEmpty();

		// a coordinator is no volunteer: the volunteer's space is a 404
		assertThat(mvc.perform(get("/volunteer").with(user(data.coordinator))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void theCharterIsSignedExplicitlyAndAnOutdatedVersionIsRefused() throws Exception {
		VolunteerTestData own = new VolunteerTestData(context);
		Charter v1 = own.charter;
		Volunteer v = own.volunteer("Charlotte", ActionType.READING);
		RelaisPrincipal me = own.principal(v);
		assertThat(page(get("/volunteer/charter").with(user(me)))).contains("Article 1 — Confidentialité.",
				"J’ai lu et j’accepte la charte");

		// without ticking the box: refused
		MockHttpServletResponse r = mvc.perform(post("/volunteer/charter/sign").with(user(me)).with(csrf())
			.param("charterId", v1.getId().toString())).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8))
			.contains("Cochez « J’ai lu et j’accepte la charte » pour signer.");
		assertThat(charters.signedCurrent(own.territory, v.getId())).isFalse();

		// a new version is published meanwhile: the version shown is refused
		charters.publish(own.territory, Map.of("fr", "Article 1 — Confidentialité, version 2."), null);
		r = mvc.perform(post("/volunteer/charter/sign").with(user(me)).with(csrf())
			.param("charterId", v1.getId().toString())
			.param("accept", "true")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8))
			.contains("Une nouvelle version de la charte (version 2) a été publiée");
		assertThat(charters.signedCurrent(own.territory, v.getId())).isFalse();

		UUID current = charters.current(own.territory).orElseThrow().getId();
		assertThat(mvc.perform(post("/volunteer/charter/sign").with(user(me)).with(csrf())
			.param("charterId", current.toString())
			.param("accept", "true")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/volunteer/charter");
		assertThat(charters.signedCurrent(own.territory, v.getId())).isTrue();
		assertThat(page(get("/volunteer/charter").with(user(me)))).contains("Vous avez signé cette version.",
				"Version 2 signée le");
	}

	@Test
	void onlyRealDocumentsWithAFutureExpiryAreAccepted() throws Exception {
		Volunteer v = data.volunteer("Dora", ActionType.VISIT);
		RelaisPrincipal me = data.principal(v);
		String future = LocalDate.now().plusMonths(10).toString();

		// a text file named like a PDF
		MockHttpServletResponse r = mvc.perform(upload(me, "LIABILITY_INSURANCE", future,
				new MockMultipartFile("file", "assurance.pdf", "application/pdf",
						"this is not a pdf".getBytes(StandardCharsets.UTF_8))))
			.andReturn()
			.getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"file-error\"");
		// a past expiry date
		r = mvc.perform(upload(me, "LIABILITY_INSURANCE", LocalDate.now().minusDays(2).toString(), pdfFile()))
			.andReturn()
			.getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8))
			.contains("Cette date est passée : envoyez un document encore valable.");
		// no expiry date
		r = mvc.perform(upload(me, "LIABILITY_INSURANCE", "", pdfFile())).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8))
			.contains("Saisissez la date jusqu’à laquelle le document est valable.");
		// an unknown type
		r = mvc.perform(upload(me, "PASSPORT", future, pdfFile())).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(documents.findByVolunteerIdOrderByUploadedAtDesc(v.getId())).isEmpty();

		assertThat(mvc.perform(upload(me, "LIABILITY_INSURANCE", future, pdfFile())).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/volunteer/documents");
		ProofDocument d = documents.findByVolunteerIdOrderByUploadedAtDesc(v.getId()).get(0);
		assertThat(d.getStatus()).isEqualTo(ProofStatus.PENDING);
		assertThat(d.getExpiresOn()).isEqualTo(LocalDate.parse(future));
		assertThat(page(get("/volunteer/documents").with(user(me)))).contains("assurance.pdf", "À vérifier");

		// the volunteer downloads their own file; another volunteer cannot
		MockHttpServletResponse file = mvc.perform(get("/volunteer/documents/{id}/file", d.getId()).with(user(me)))
			.andReturn()
			.getResponse();
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentType()).isEqualTo("application/pdf");
		assertThat(new String(file.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		Volunteer other = data.volunteer("Octave", ActionType.VISIT);
		assertThat(mvc.perform(get("/volunteer/documents/{id}/file", d.getId()).with(user(data.principal(other))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	// ------------------------------------------------------------------ the coordinator

	@Test
	void theCoordinatorVerifiesRejectsAndActivatesOnlyWithTheCurrentCharter() throws Exception {
		Volunteer v = data.volunteer("Victor", ActionType.VISIT, ActionType.CARPOOL);
		RelaisPrincipal me = data.principal(v);
		String future = LocalDate.now().plusYears(1).toString();
		mvc.perform(upload(me, "LIABILITY_INSURANCE", future, pdfFile())).andReturn();
		mvc.perform(upload(me, "DRIVING_LICENCE", future, pdfFile())).andReturn();
		List<ProofDocument> docs = documents.findByVolunteerIdOrderByUploadedAtDesc(v.getId());
		ProofDocument insurance = docs.stream().filter(d -> d.getProofCode().equals("LIABILITY_INSURANCE")).findFirst()
			.orElseThrow();
		ProofDocument licence = docs.stream().filter(d -> d.getProofCode().equals("DRIVING_LICENCE")).findFirst()
			.orElseThrow();
		RelaisPrincipal coordinator = data.coordinator;

		assertThat(page(get("/mutualaid/volunteers").with(user(coordinator)))).contains("Victor Test")
			.doesNotContain("Lucien Morel", "volunteer@demo.relais");
		assertThat(page(get("/mutualaid/volunteers/documents").with(user(coordinator))))
			.doesNotContain("Yannick Perrin");
		assertThat(page(get("/mutualaid/volunteers").param("status", "ACTIVE").with(user(coordinator))))
			.doesNotContain("Victor Test");
		assertThat(page(get("/mutualaid/volunteers/documents").with(user(coordinator)))).contains("Victor Test");
		String record = page(get("/mutualaid/volunteers/{id}", v.getId()).with(user(coordinator)));
		assertThat(record).contains("Victor Test", v.getEmail(), "Vérifié", "Refuser");
		assertThat(jdbc.queryForObject("select count(*) from personal_data_access where subject_id = ?", Integer.class,
				v.getId())).isPositive();

		// activation without the charter: refused, still pending
		MockHttpServletResponse r = mvc.perform(post("/mutualaid/volunteers/{id}/status", v.getId())
			.with(user(coordinator))
			.with(csrf())
			.param("status", "ACTIVE")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8))
			.contains("Le bénévole doit signer la charte actuelle avant d’être activé.");
		assertThat(volunteers.findById(v.getId()).orElseThrow().getStatus()).isEqualTo(VolunteerStatus.PENDING);

		// a rejection needs a reason
		r = mvc.perform(post("/mutualaid/volunteers/{id}/documents/{doc}/reject", v.getId(), licence.getId())
			.with(user(coordinator))
			.with(csrf())
			.param("reason", " ")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("Indiquez la raison du refus.", "aria-invalid=\"true\"");
		assertThat(documents.findById(licence.getId()).orElseThrow().getStatus()).isEqualTo(ProofStatus.PENDING);
		mvc.perform(post("/mutualaid/volunteers/{id}/documents/{doc}/reject", v.getId(), licence.getId())
			.with(user(coordinator))
			.with(csrf())
			.param("reason", "Permis illisible")).andReturn();
		assertThat(documents.findById(licence.getId()).orElseThrow().getRejectionReason()).isEqualTo("Permis illisible");
		mvc.perform(post("/mutualaid/volunteers/{id}/documents/{doc}/verify", v.getId(), insurance.getId())
			.with(user(coordinator))
			.with(csrf())).andReturn();
		assertThat(documents.findById(insurance.getId()).orElseThrow().getStatus()).isEqualTo(ProofStatus.VERIFIED);
		MockHttpServletResponse file = mvc
			.perform(get("/mutualaid/volunteers/{id}/documents/{doc}/file", v.getId(), insurance.getId())
				.with(user(coordinator)))
			.andReturn()
			.getResponse();
		assertThat(file.getStatus()).isEqualTo(200);

		// the volunteer signs; the activation goes through and the volunteer is ready for visits, not carpooling
		charters.sign(data.territory, v.getId(), data.charter.getId(), "fr");
		assertThat(mvc.perform(post("/mutualaid/volunteers/{id}/status", v.getId()).with(user(coordinator))
			.with(csrf())
			.param("status", "ACTIVE")
			.param("note", "Entretien fait")).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/mutualaid/volunteers/" + v.getId());
		assertThat(volunteers.findById(v.getId()).orElseThrow().getStatus()).isEqualTo(VolunteerStatus.ACTIVE);
		var ready = readiness.of(volunteers.findById(v.getId()).orElseThrow(), LocalDate.now());
		assertThat(ready.canTake(ActionType.VISIT)).isTrue();
		assertThat(ready.canTake(ActionType.CARPOOL)).isFalse();
		assertThat(page(get("/volunteer").with(user(me)))).contains("Vous pouvez prendre :", "Visite de convivialité",
				"Court trajet en voiture");

		List<String> subjects = awaitMail(v.getEmail(), 3).stream().map(VolunteerWebTest::subject).toList();
		assertThat(subjects).contains("Votre compte bénévole est actif",
				"Justificatif vérifié : Assurance responsabilité civile");
		assertThat(awaitMail(v.getEmail(), 3).stream().map(VolunteerTestData::text))
			.anyMatch(t -> t.contains("Motif : Permis illisible"));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("select count(*) from notification where user_id = ?", Integer.class,
					v.getUserId()) >= 3);

		// a bad state and a state that cannot follow
		r = mvc.perform(post("/mutualaid/volunteers/{id}/status", v.getId()).with(user(coordinator))
			.with(csrf())
			.param("status", "PENDING")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		r = mvc.perform(post("/mutualaid/volunteers/{id}/status", v.getId()).with(user(coordinator))
			.with(csrf())
			.param("status", "FLYING")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
	}

	@Test
	void volunteerPagesAreForCoordinatorsOfTheTerritory() throws Exception {
		Volunteer v = data.volunteer("Zoé", ActionType.VISIT);
		RelaisPrincipal agent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		assertThat(mvc.perform(get("/mutualaid/volunteers").with(user(agent))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		RelaisPrincipal lyonCoordinator = accounts.findByEmail("coordinator@demo.relais").orElseThrow();
		assertThat(mvc.perform(get("/mutualaid/volunteers/{id}", v.getId()).with(user(lyonCoordinator)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		// the admin pages: refused to a coordinator (the platform forbids /admin to non-admins)
		assertThat(mvc.perform(get("/admin/mutualaid/charter").with(user(data.coordinator))).andReturn().getResponse()
			.getStatus()).isIn(403, 404);
	}

	@Test
	void aVolunteerWhoLeftCanBeErased() throws Exception {
		Volunteer v = data.volunteer("Ernest", ActionType.WALK);
		RelaisPrincipal me = data.principal(v);
		mvc.perform(upload(me, "LIABILITY_INSURANCE", LocalDate.now().plusMonths(6).toString(), pdfFile())).andReturn();
		ProofDocument d = documents.findByVolunteerIdOrderByUploadedAtDesc(v.getId()).get(0);
		RelaisPrincipal coordinator = data.coordinator;
		// not before they left
		MockHttpServletResponse r = mvc.perform(post("/mutualaid/volunteers/{id}/erase", v.getId())
			.with(user(coordinator))
			.with(csrf())
			.param("confirm", "true")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8))
			.contains("Seul un bénévole qui a quitté l’équipe peut être effacé.");
		mvc.perform(post("/mutualaid/volunteers/{id}/status", v.getId()).with(user(coordinator))
			.with(csrf())
			.param("status", "LEFT")).andReturn();
		// not without confirming
		r = mvc.perform(post("/mutualaid/volunteers/{id}/erase", v.getId()).with(user(coordinator)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(volunteers.findById(v.getId())).isPresent();
		assertThat(mvc.perform(post("/mutualaid/volunteers/{id}/erase", v.getId()).with(user(coordinator))
			.with(csrf())
			.param("confirm", "true")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/mutualaid/volunteers");
		assertThat(volunteers.findById(v.getId())).isEmpty();
		assertThat(documents.findById(d.getId())).isEmpty();
		assertThat(context.getBean(org.relais.platform.StoredFiles.class).find(d.getFileId())).isEmpty();
	}

	// ------------------------------------------------------------------ the admin

	@Test
	void theAdminPublishesANewCharterVersionAnnouncedToActiveVolunteers() throws Exception {
		VolunteerTestData own = new VolunteerTestData(context);
		Volunteer v = own.volunteer("Alice", ActionType.VISIT);
		charters.sign(own.territory, v.getId(), own.charter.getId(), "fr");
		context.getBean(Volunteers.class).moveTo(own.territory, v.getId(), VolunteerStatus.ACTIVE, null);
		Volunteer pending = own.volunteer("Pierre", ActionType.VISIT);
		RelaisPrincipal admin = own.admin;
		assertThat(page(get("/admin/mutualaid/charter").with(user(admin)))).contains("Article 1 — Confidentialité.",
				"name=\"text_de\"", "Version 1, publiée le");

		MockHttpServletResponse r = mvc.perform(post("/admin/mutualaid/charter").with(user(admin)).with(csrf())
			.param("text_fr", " ")
			.param("text_en", "")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("Écrivez le texte de la charte dans au moins une langue.");
		assertThat(charters.current(own.territory).orElseThrow().getVersionNumber()).isEqualTo(1);

		mvc.perform(post("/admin/mutualaid/charter").with(user(admin)).with(csrf())
			.param("text_fr", "Article 1 — Confidentialité. Article 2 — Respect.")
			.param("text_de", "Artikel 1 — Vertraulichkeit.")).andReturn();
		Charter v2 = charters.current(own.territory).orElseThrow();
		assertThat(v2.getVersionNumber()).isEqualTo(2);
		assertThat(v2.getTexts()).containsOnlyKeys("fr", "de");
		assertThat(charters.signedCurrent(own.territory, v.getId())).isFalse();
		assertThat(awaitMail(v.getEmail(), 2).stream().map(VolunteerWebTest::subject))
			.contains("Une nouvelle version de la charte du bénévole attend votre signature");
		assertThat(smtp.getReceivedMessagesForDomain(pending.getEmail())).isEmpty();
	}

	@Test
	void theAdminAddsAndChangesProofTypes() throws Exception {
		VolunteerTestData own = new VolunteerTestData(context);
		RelaisPrincipal admin = own.admin;
		assertThat(page(get("/admin/mutualaid/proofs").with(user(admin)))).contains("Assurance responsabilité civile",
				"Permis de conduire");
		MockHttpServletResponse r = mvc.perform(post("/admin/mutualaid/proofs").with(user(admin)).with(csrf())
			.param("name", "")
			.param("actionTypes", "VISIT")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("Donnez un nom au type de justificatif.");
		r = mvc.perform(post("/admin/mutualaid/proofs").with(user(admin)).with(csrf()).param("name", "Casier judiciaire"))
			.andReturn()
			.getResponse();
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(proofTypes.of(own.territory)).extracting(ProofType::getName).doesNotContain("Casier judiciaire");

		mvc.perform(post("/admin/mutualaid/proofs").with(user(admin)).with(csrf())
			.param("name", "Casier judiciaire")
			.param("actionTypes", "VISIT", "READING")
			.param("required", "true")).andReturn();
		assertThat(proofTypes.of(own.territory)).extracting(ProofType::getName).contains("Casier judiciaire");
		mvc.perform(post("/admin/mutualaid/proofs/change").with(user(admin)).with(csrf())
			.param("code", "DRIVING_LICENCE")
			.param("actionTypes", "CARPOOL")
			.param("active", "true")).andReturn();
		ProofType licence = proofTypes.of(own.territory)
			.stream()
			.filter(t -> t.getCode().equals("DRIVING_LICENCE"))
			.findFirst()
			.orElseThrow();
		assertThat(licence.isRequired()).isFalse();
		assertThat(licence.isActive()).isTrue();
		// a visit now needs the own type too
		Volunteer v = own.volunteer("Irène", ActionType.VISIT);
		var ready = readiness.of(v, LocalDate.now());
		assertThat(ready.missing().get(ActionType.VISIT)).hasSize(2);
		// the own type was added without an expiry date: a document of it needs none, the insurance still does
		String ownCode = proofTypes.of(own.territory)
			.stream()
			.filter(t -> "Casier judiciaire".equals(t.getName()))
			.findFirst()
			.orElseThrow()
			.getCode();
		RelaisPrincipal me = own.principal(v);
		assertThat(mvc.perform(upload(me, ownCode, "", pdfFile())).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/volunteer/documents");
		assertThat(mvc.perform(upload(me, "LIABILITY_INSURANCE", "", pdfFile())).andReturn().getResponse().getStatus())
			.isEqualTo(422);
		assertThat(documents.findByVolunteerIdOrderByUploadedAtDesc(v.getId())).singleElement()
			.satisfies(d -> assertThat(d.getExpiresOn()).isNull());
	}

	// ------------------------------------------------------------------ the demo

	@Test
	void theDemoHasLyonsFifteenVolunteersInTheirStates() throws Exception {
		Map<String, VolunteerStatus> expected = new java.util.LinkedHashMap<>();
		for (String active : List.of("volunteer@demo.relais", "martine.bertrand@example.org", "paul.girard@example.org",
				"amina.haddad@example.org", "jeanne.roux@example.org", "marc.lefevre@example.org",
				"sophie.blanc@example.org", "claire.dumas@example.org", "henri.bonnet@example.org",
				"lea.fournier@example.org", "isabelle.petit@example.org")) {
			expected.put(active, VolunteerStatus.ACTIVE);
		}
		expected.put("yannick.perrin@example.org", VolunteerStatus.PENDING);
		expected.put("thomas.morin@example.org", VolunteerStatus.PENDING);
		expected.put("omar.benali@example.org", VolunteerStatus.SUSPENDED);
		expected.put("nicole.garnier@example.org", VolunteerStatus.LEFT);
		expected.forEach((email, status) -> assertThat(
				volunteers.findByTerritoryIdAndEmailIgnoreCase(lyon, email).orElseThrow().getStatus())
			.as(email)
			.isEqualTo(status));
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
		Volunteer lucien = volunteers.findByTerritoryIdAndEmailIgnoreCase(lyon, "volunteer@demo.relais").orElseThrow();
		assertThat(lucien.getUserId()).isEqualTo(accounts.findByEmail("volunteer@demo.relais").orElseThrow().userId());
		assertThat(readiness.of(lucien, today).canTake(ActionType.CARPOOL)).isTrue();
		Volunteer sophie = volunteers.findByTerritoryIdAndEmailIgnoreCase(lyon, "sophie.blanc@example.org").orElseThrow();
		assertThat(readiness.of(sophie, today).suspendedTypes()).containsExactlyInAnyOrder(ActionType.VISIT,
				ActionType.WALK, ActionType.SHOPPING);
		Volunteer henri = volunteers.findByTerritoryIdAndEmailIgnoreCase(lyon, "henri.bonnet@example.org").orElseThrow();
		assertThat(readiness.of(henri, today).charterSigned()).isFalse();
		Volunteer claire = volunteers.findByTerritoryIdAndEmailIgnoreCase(lyon, "claire.dumas@example.org").orElseThrow();
		assertThat(documents.findByVolunteerIdOrderByUploadedAtDesc(claire.getId()).get(0).getExpiresOn())
			.isBetween(today.plusDays(19), today.plusDays(21));
		Charter current = charters.current(lyon).orElseThrow();
		assertThat(current.getVersionNumber()).isEqualTo(2);
		assertThat(current.getTexts()).containsOnlyKeys("fr", "en", "de", "it");
		assertThat(current.text("de", "fr")).contains("Vertraulichkeit", "Personendaten");

		RelaisPrincipal coordinator = accounts.findByEmail("coordinator@demo.relais").orElseThrow();
		String list = page(get("/mutualaid/volunteers").with(user(coordinator)));
		assertThat(list).contains("Jeanne Roux", "Parrainé par Voisins solidaires de Bron", "Thomas Morin");
		Volunteer jeanne = volunteers.findByTerritoryIdAndEmailIgnoreCase(lyon, "jeanne.roux@example.org").orElseThrow();
		assertThat(page(get("/mutualaid/volunteers/{id}", jeanne.getId()).with(user(coordinator))))
			.contains("17 avenue Franklin Roosevelt", "Version 2 signée le");
		assertThat(page(get("/volunteer").with(user(accounts.findByEmail("volunteer@demo.relais").orElseThrow()))))
			.contains("Bonjour Lucien", "Vous êtes prêt pour toutes les actions choisies.");
	}

	// ------------------------------------------------------------------ helpers

	private MockHttpServletRequestBuilder signUp(String email, RequestPostProcessor from) {
		return post("/t/metropole-de-lyon/volunteer").with(from)
			.with(csrf())
			.header("Accept-Language", "fr")
			.param("firstName", "Noémie")
			.param("lastName", "Durand")
			.param("email", email)
			.param("phone", "06 12 34 56 78")
			.param("streetAddress", "3 rue des Tilleuls")
			.param("postalCode", "69500")
			.param("communeCode", "69029")
			.param("availability", "MONDAY_MORNING", "THURSDAY_EVENING")
			.param("actionTypes", "VISIT", "WALK")
			.param("maxDistanceKm", "8")
			.param("language", "fr");
	}

	private RequestBuilder upload(RelaisPrincipal me, String code, String expiresOn, MockMultipartFile file) {
		return multipart("/volunteer/documents").file(file)
			.param("proofCode", code)
			.param("expiresOn", expiresOn)
			.with(user(me))
			.with(csrf());
	}

	private static MockMultipartFile pdfFile() {
		return new MockMultipartFile("file", "assurance.pdf", "application/pdf",
				VolunteerTestData.pdf("Attestation d’assurance responsabilité civile"));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
		assertThat(r.getStatus()).as("status of %s", request).isEqualTo(200);
		return r.getContentAsString(StandardCharsets.UTF_8);
	}

	private static RequestPostProcessor from(String ip) {
		return request -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	static List<MimeMessage> awaitMail(String email, int count) {
		await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessagesForDomain(email).length >= count);
		return List.of(smtp.getReceivedMessagesForDomain(email));
	}

	static String subject(MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
