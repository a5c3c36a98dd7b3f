package org.relais.directory.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.directory.SaturationLevel;
import org.relais.directory.domain.FieldChange;
import org.relais.directory.domain.FieldChangeRepository;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.LocationRepository;
import org.relais.directory.domain.MemberRole;
import org.relais.directory.domain.MemberStatus;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationMember;
import org.relais.directory.domain.OrganisationMemberRepository;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.ServiceStatus;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.shared.Languages;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Partners keep their own entries: editing, the one-click saturation with its history, refusals of bad input
 * with nothing stored, tenancy (another organisation's or territory's entries are 404), the admin's validation
 * of new organisations and the join-request flow.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartnerSpaceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	ApplicationContext context;

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

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PartnerWork work;

	TestAccounts testAccounts;

	TransactionTemplate tx;

	RelaisPrincipal partner;

	RelaisPrincipal admin;

	UUID lyon;

	UUID organisationId;

	UUID serviceId;

	String unique;

	@BeforeEach
	void data() {
		testAccounts = new TestAccounts(context);
		tx = new TransactionTemplate(txManager);
		partner = accounts.findByEmail("partner@demo.relais").orElseThrow();
		admin = accounts.findByEmail("admin@demo.relais").orElseThrow();
		lyon = testAccounts.lyon();
		unique = UUID.randomUUID().toString().substring(0, 8);
		organisationId = organisation(lyon, "Épicerie solidaire " + unique, OrganisationStatus.ACTIVE);
		member(organisationId, partner.userId(), MemberRole.ADMIN, MemberStatus.ACTIVE);
		serviceId = service(organisationId, "Colis alimentaires " + unique);
	}

	UUID organisation(UUID territory, String name, OrganisationStatus status) {
		return tx.execute(s -> {
			Organisation o = new Organisation(null, territory, LocalizedText.of("fr", name), Instant.now());
			o.setStatus(status);
			return organisations.save(o).getId();
		});
	}

	void member(UUID organisation, UUID user, MemberRole role, MemberStatus status) {
		tx.executeWithoutResult(s -> members.save(new OrganisationMember(organisation, user, role, status, Instant.now())));
	}

	UUID service(UUID organisation, String name) {
		return tx.execute(s -> {
			Service service = new Service(null, organisations.findById(organisation).orElseThrow(),
					LocalizedText.of("fr", name), Instant.now());
			service.setStatus(ServiceStatus.PUBLISHED, null);
			return services.save(service).getId();
		});
	}

	String body(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	MockHttpServletResponse response(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	List<FieldChange> history(UUID id) {
		return changes.findByResourceIdOrderByChangedAtDesc(id);
	}

	// the happy path

	@Test
	void thePartnerSeesTheirServiceAndSetsItFullInOneClickAndTheHistoryShowsIt() throws Exception {
		String dashboard = body(get("/partner").with(user(partner)));
		assertThat(dashboard).contains("Colis alimentaires " + unique, "service-" + serviceId);

		MockHttpServletResponse r = response(post("/partner/services/{id}/saturation", serviceId).param("level", "FULL")
			.with(user(partner))
			.with(csrf()));
		assertThat(r.getStatus()).isEqualTo(302);
		assertThat(r.getRedirectedUrl()).isEqualTo("/partner#service-" + serviceId);

		Service s = services.findById(serviceId).orElseThrow();
		assertThat(s.getSaturation().level()).isEqualTo(SaturationLevel.FULL);
		assertThat(s.getSaturation().setByName()).isEqualTo(partner.displayName());
		assertThat(history(serviceId)).anySatisfy(c -> {
			assertThat(c.getFieldName()).isEqualTo("saturation");
			assertThat(c.getPreviousValue()).isEqualTo("AVAILABLE");
			assertThat(c.getReplacementValue()).isEqualTo("FULL");
			assertThat(c.getChangedBy()).isEqualTo(partner.userId());
			assertThat(c.getChangedByName()).isEqualTo(partner.displayName());
		});
		String page = body(get("/partner/services/{id}/history", serviceId).with(user(partner)).header("Accept-Language", "en"));
		assertThat(page).contains("Capacity", "AVAILABLE", "FULL", partner.displayName()).doesNotContain("??");
	}

	@Test
	void anHtmxClickSwapsTheRowWithTheNewLevel() throws Exception {
		String row = body(post("/partner/services/{id}/saturation", serviceId).param("level", "WAITLIST")
			.param("available", "0")
			.param("maximum", "12")
			.param("unit", "familles")
			.header("HX-Request", "true")
			.with(user(partner))
			.with(csrf()));
		assertThat(row.strip()).startsWith("<tr").contains("id=\"service-" + serviceId + "\"");
		assertThat(row).containsPattern("value=\"WAITLIST\"[^>]*aria-pressed=\"true\"|aria-pressed=\"true\"[^>]*value=\"WAITLIST\"");
		assertThat(row).doesNotContain("<html", "<main");
		Service s = services.findById(serviceId).orElseThrow();
		assertThat(s.getSaturation().maximum()).isEqualTo(12);
		assertThat(s.getSaturation().unit()).isEqualTo("familles");
	}

	@Test
	void moreAvailableThanMaximumIsRefusedInTheRow() throws Exception {
		String row = body(post("/partner/services/{id}/saturation", serviceId).param("level", "LIMITED")
			.param("available", "15")
			.param("maximum", "10")
			.header("HX-Request", "true")
			.header("Accept-Language", "en")
			.with(user(partner))
			.with(csrf()));
		assertThat(row).contains("More places available than in total.");
		assertThat(services.findById(serviceId).orElseThrow().getSaturation().level())
			.isEqualTo(SaturationLevel.AVAILABLE);
	}

	@Test
	void aStaleServiceGetsTheBadgeAndStillAccurateConfirmsIt() throws Exception {
		assertThat(body(get("/partner").with(user(partner)).header("Accept-Language", "en")))
			.contains("To verify", "/partner/services/" + serviceId + "/assure");
		MockHttpServletResponse r = response(
				post("/partner/services/{id}/assure", serviceId).with(user(partner)).with(csrf()));
		assertThat(r.getStatus()).isEqualTo(302);
		Service s = services.findById(serviceId).orElseThrow();
		assertThat(s.isStale(Instant.now())).isFalse();
		assertThat(s.getAssuredBy()).isEqualTo(partner.userId());
		assertThat(history(serviceId)).anyMatch(c -> c.getFieldName().equals("assured_at"));
	}

	@Test
	void thePartnerEditsTheServiceAndEachChangedFieldIsKept() throws Exception {
		assertThat(response(get("/partner/services/{id}", serviceId).with(user(partner))).getStatus()).isEqualTo(200);
		MockHttpServletResponse r = response(post("/partner/services/{id}", serviceId)
			.param("nameFr", "Colis alimentaires " + unique)
			.param("nameDe", "Lebensmittelpakete " + unique)
			.param("descriptionFr", "Le **mardi** <b>matin</b> & le jeudi.")
			.param("status", "PUBLISHED")
			.param("saturation", "FULL")
			.param("minAge", "18")
			.param("maxAge", "99")
			.param("verificationMonths", "3")
			.param("questions[0].label", "Composition du foyer")
			.param("questions[0].type", "CHOICE")
			.param("questions[0].choices", "Seul\nEn couple\nAvec enfants")
			.param("questions[0].position", "2")
			.param("questions[1].label", "Date de la demande")
			.param("questions[1].type", "DATE")
			.param("questions[1].position", "1")
			.with(user(partner))
			.with(csrf()));
		assertThat(r.getStatus()).isEqualTo(302);
		Service s = tx.execute(x -> {
			Service found = services.findById(serviceId).orElseThrow();
			found.getLiaisonForm().size();
			return found;
		});
		assertThat(s.getName().getDe()).isEqualTo("Lebensmittelpakete " + unique);
		assertThat(s.getDescription().getFr()).isEqualTo("Le **mardi** matin & le jeudi.");
		assertThat(s.getMinAge()).isEqualTo(18);
		assertThat(s.getVerificationMonths()).isEqualTo(3);
		assertThat(s.getSaturation().level()).isEqualTo(SaturationLevel.FULL);
		assertThat(s.getLiaisonForm()).extracting(q -> q.label())
			.containsExactly("Date de la demande", "Composition du foyer");
		assertThat(history(serviceId)).extracting(FieldChange::getFieldName)
			.contains("name_de", "description_fr", "min_age", "saturation", "liaison_form", "verification_months");
	}

	// bad input: a message at the field, nothing stored

	@Test
	void minimumAgeAboveMaximumIsRefused() throws Exception {
		MockHttpServletResponse r = response(post("/partner/services/{id}", serviceId)
			.param("nameFr", "Colis alimentaires " + unique)
			.param("minAge", "30")
			.param("maxAge", "20")
			.header("Accept-Language", "en")
			.with(user(partner))
			.with(csrf()));
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("The minimum age is above the maximum age.",
				"id=\"minAge-error\"", "error-summary");
		assertThat(services.findById(serviceId).orElseThrow().getMinAge()).isNull();
		assertThat(history(serviceId)).isEmpty();
	}

	@Test
	void aScriptInADescriptionIsRefused() throws Exception {
		MockHttpServletResponse r = response(post("/partner/services/{id}", serviceId)
			.param("nameFr", "Colis alimentaires " + unique)
			.param("descriptionFr", "Bonjour <script>alert(1)</script>")
			.header("Accept-Language", "en")
			.with(user(partner))
			.with(csrf()));
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8))
			.contains("This text contains a script or active HTML: remove it.", "id=\"descriptionFr-error\"");
		assertThat(EntryText.of(services.findById(serviceId).orElseThrow().getDescription()).getFr()).isNull();
		assertThat(history(serviceId)).isEmpty();
	}

	@Test
	void publishingNeedsAValidatedOrganisation() throws Exception {
		UUID pending = organisation(lyon, "Structure en attente " + unique, OrganisationStatus.PENDING);
		member(pending, partner.userId(), MemberRole.ADMIN, MemberStatus.ACTIVE);
		MockHttpServletResponse r = response(post("/partner/services/new").param("organisation", pending.toString())
			.param("nameFr", "Nouveau " + unique)
			.param("status", "PUBLISHED")
			.header("Accept-Language", "en")
			.with(user(partner))
			.with(csrf()));
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8))
			.contains("The service can be published only once the organisation is validated.");
		assertThat(work.servicesOf(pending)).isEmpty();
		MockHttpServletResponse draft = response(post("/partner/services/new").param("organisation", pending.toString())
			.param("nameFr", "Nouveau " + unique)
			.param("status", "DRAFT")
			.with(user(partner))
			.with(csrf()));
		assertThat(draft.getStatus()).isEqualTo(302);
		assertThat(work.servicesOf(pending)).hasSize(1);
	}

	@Test
	void aSlotClosingBeforeItOpensIsRefusedNextToItsRow() throws Exception {
		MockHttpServletResponse r = response(post("/partner/locations/new").param("organisation", organisationId.toString())
			.param("address", "12 rue des Tests")
			.param("slots[0].day", "MONDAY")
			.param("slots[0].opens", "09:00")
			.param("slots[0].closes", "12:00")
			.param("slots[1].day", "MONDAY")
			.param("slots[1].opens", "17:00")
			.param("slots[1].closes", "14:00")
			.header("Accept-Language", "en")
			.with(user(partner))
			.with(csrf()));
		assertThat(r.getStatus()).isEqualTo(422);
		String html = r.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"slots1.closes-error\"", "The closing time must be after the opening time.",
				"href=\"#slots1.closes\"");
		assertThat(locations.findByOrganisationId(organisationId)).isEmpty();
	}

	@Test
	void aLocationWithTwoSlotsADayAndAnExceptionIsSavedWithItsHistory() throws Exception {
		MockHttpServletResponse r = response(post("/partner/locations/new").param("organisation", organisationId.toString())
			.param("name", "Local " + unique)
			.param("address", "12 rue des Tests")
			.param("latitude", "45.76")
			.param("longitude", "4.83")
			.param("slots[0].day", "MONDAY")
			.param("slots[0].opens", "09:00")
			.param("slots[0].closes", "12:00")
			.param("slots[1].day", "MONDAY")
			.param("slots[1].opens", "14:00")
			.param("slots[1].closes", "17:00")
			.param("exceptions[0].from", "2026-12-24")
			.param("exceptions[0].to", "2027-01-02")
			.param("exceptions[0].closed", "true")
			.with(user(partner))
			.with(csrf()));
		assertThat(r.getStatus()).isEqualTo(302);
		Location l = tx.execute(x -> {
			Location found = locations.findByOrganisationId(organisationId).get(0);
			found.getWeekly().size();
			found.getExceptions().size();
			return found;
		});
		assertThat(l.getWeekly()).hasSize(2);
		assertThat(l.getExceptions()).hasSize(1);
		assertThat(l.getLatitude()).isEqualTo(45.76);
		assertThat(body(get("/partner/locations/{id}/history", l.getId()).with(user(partner)))).contains("12 rue des Tests");
		assertThat(response(get("/partner/locations/{id}", l.getId()).with(user(partner))).getStatus()).isEqualTo(200);
	}

	@Test
	void aBadSiretIsRefusedAndAGoodOneKept() throws Exception {
		MockHttpServletResponse r = response(post("/partner/organisations/{id}", organisationId)
			.param("nameFr", "Épicerie solidaire " + unique)
			.param("kind", "ASSOCIATION")
			.param("legalIdScheme", "SIRET")
			.param("legalId", "732 829 320 00075")
			.header("Accept-Language", "en")
			.with(user(partner))
			.with(csrf()));
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("This SIRET number is not valid",
				"id=\"legalId-error\"");
		assertThat(organisations.findById(organisationId).orElseThrow().getLegalId()).isNull();

		MockHttpServletResponse ok = response(post("/partner/organisations/{id}", organisationId)
			.param("nameFr", "Épicerie solidaire " + unique)
			.param("kind", "ASSOCIATION")
			.param("legalIdScheme", "SIRET")
			.param("legalId", "732 829 320 00074")
			.param("website", "https://epicerie.example.org")
			.with(user(partner))
			.with(csrf()));
		assertThat(ok.getStatus()).isEqualTo(302);
		assertThat(organisations.findById(organisationId).orElseThrow().getLegalId()).isEqualTo("73282932000074");
		assertThat(history(organisationId)).extracting(FieldChange::getFieldName).contains("legal_id", "website");
		assertThat(body(get("/partner/organisations/{id}/history", organisationId).with(user(partner))))
			.contains("73282932000074");
	}

	@Test
	void aWebsiteThatIsNotHttpIsRefused() throws Exception {
		MockHttpServletResponse r = response(post("/partner/organisations/{id}", organisationId)
			.param("nameFr", "Épicerie solidaire " + unique)
			.param("kind", "ASSOCIATION")
			.param("website", "javascript:alert(1)")
			.with(user(partner))
			.with(csrf()));
		assertThat(r.getStatus()).isEqualTo(422);
		assertThat(organisations.findById(organisationId).orElseThrow().getWebsite()).isNull();
	}

	@Test
	void aLogoThatIsNotAnImageIsRefusedWithAClearMessage() throws Exception {
		MockMultipartFile pdf = new MockMultipartFile("logo", "logo.png", "image/png",
				"%PDF-1.4 not an image at all".getBytes(StandardCharsets.US_ASCII));
		var result = mvc.perform(multipart("/partner/organisations/{id}/logo", organisationId).file(pdf)
			.with(user(partner))
			.with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getFlashMap().get("logoError")).isEqualTo("directory.org.logo.notImage");
		assertThat(organisations.findById(organisationId).orElseThrow().getLogoFileId()).isNull();
	}

	// tenancy and permissions

	@Test
	void aPartnerCannotReachAnotherOrganisationNorAnotherTerritorys() throws Exception {
		UUID other = organisation(lyon, "Autre structure " + unique, OrganisationStatus.ACTIVE);
		UUID otherService = service(other, "Autre service " + unique);
		UUID swiss = organisation(testAccounts.zurich(), "Zürcher Verein " + unique, OrganisationStatus.ACTIVE);
		member(swiss, partner.userId(), MemberRole.ADMIN, MemberStatus.ACTIVE);
		UUID swissService = service(swiss, "Zürcher Angebot " + unique);
		for (UUID org : List.of(other, swiss)) {
			assertThat(response(get("/partner/organisations/{id}", org).with(user(partner))).getStatus()).isEqualTo(404);
			assertThat(response(post("/partner/organisations/{id}", org).param("nameFr", "Pris")
				.param("kind", "OTHER")
				.with(user(partner))
				.with(csrf())).getStatus()).isEqualTo(404);
			assertThat(response(get("/partner/services/new").param("organisation", org.toString()).with(user(partner)))
				.getStatus()).isEqualTo(404);
		}
		for (UUID service : List.of(otherService, swissService)) {
			assertThat(response(get("/partner/services/{id}", service).with(user(partner))).getStatus()).isEqualTo(404);
			assertThat(response(post("/partner/services/{id}/saturation", service).param("level", "FULL")
				.with(user(partner))
				.with(csrf())).getStatus()).isEqualTo(404);
			assertThat(response(get("/partner/services/{id}/history", service).with(user(partner))).getStatus())
				.isEqualTo(404);
			assertThat(services.findById(service).orElseThrow().getSaturation().level())
				.isEqualTo(SaturationLevel.AVAILABLE);
		}
		assertThat(organisations.findById(other).orElseThrow().name("fr")).isEqualTo("Autre structure " + unique);
	}

	@Test
	void theTerritoryAdminEditsEveryOrganisationOfTheTerritory() throws Exception {
		UUID other = organisation(lyon, "Structure sans membre " + unique, OrganisationStatus.ACTIVE);
		assertThat(response(get("/partner/organisations/{id}", other).with(user(admin))).getStatus()).isEqualTo(200);
	}

	@Test
	void aVolunteerHasNoPartnerSpace() throws Exception {
		RelaisPrincipal volunteer = accounts.findByEmail("volunteer@demo.relais").orElseThrow();
		assertThat(response(get("/partner").with(user(volunteer))).getStatus()).isEqualTo(403);
		assertThat(response(get("/partner/services/{id}", serviceId).with(user(volunteer))).getStatus()).isEqualTo(403);
	}

	// validation and joining

	@Test
	void aNewOrganisationWaitsForTheTerritoryAdminsValidation() throws Exception {
		String name = "Maison des solidarités " + unique;
		MockHttpServletResponse r = response(post("/partner/organisations/new").param("nameFr", name)
			.param("kind", "ASSOCIATION")
			.param("legalIdScheme", "RNA")
			.param("legalId", "W691234567")
			.with(user(partner))
			.with(csrf()));
		assertThat(r.getStatus()).isEqualTo(302);
		Organisation created = organisations.findByTerritoryIdAndStatus(lyon, OrganisationStatus.PENDING)
			.stream()
			.filter(o -> name.equals(o.name("fr")))
			.findFirst()
			.orElseThrow();
		assertThat(r.getRedirectedUrl()).isEqualTo("/partner/organisations/" + created.getId());
		assertThat(members.findByOrganisationIdAndUserId(created.getId(), partner.userId())).hasValueSatisfying(m -> {
			assertThat(m.getRole()).isEqualTo(MemberRole.ADMIN);
			assertThat(m.getStatus()).isEqualTo(MemberStatus.ACTIVE);
		});

		assertThat(response(get("/admin/directory/organisations").with(user(partner))).getStatus()).isEqualTo(403);
		assertThat(response(post("/admin/directory/organisations/{id}/validate", created.getId()).with(user(partner))
			.with(csrf())).getStatus()).isEqualTo(403);
		assertThat(body(get("/admin/directory/organisations").with(user(admin)))).contains(name);
		MockHttpServletResponse validated = response(
				post("/admin/directory/organisations/{id}/validate", created.getId()).with(user(admin)).with(csrf()));
		assertThat(validated.getStatus()).isEqualTo(302);
		assertThat(organisations.findById(created.getId()).orElseThrow().getStatus()).isEqualTo(OrganisationStatus.ACTIVE);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ? and target = ?",
				Integer.class, "ORGANISATION_VALIDATED", name)).isEqualTo(1);
		assertThat(history(created.getId())).anyMatch(c -> c.getFieldName().equals("status")
				&& "PENDING".equals(c.getPreviousValue()) && "ACTIVE".equals(c.getReplacementValue()));
		// decided once: a second decision finds nothing pending
		assertThat(response(post("/admin/directory/organisations/{id}/reject", created.getId()).with(user(admin))
			.with(csrf())).getStatus()).isEqualTo(404);
	}

	@Test
	void anAgentCreatesAnOrganisationThatWaitsWithoutBecomingItsMember() throws Exception {
		RelaisPrincipal agent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		String name = "Créée par l’agent " + unique;
		MockHttpServletResponse r = response(post("/partner/organisations/new").param("nameFr", name)
			.param("kind", "SOCIAL_SERVICE")
			.with(user(agent))
			.with(csrf()));
		assertThat(r.getStatus()).isEqualTo(302);
		assertThat(r.getRedirectedUrl()).isEqualTo("/partner");
		Organisation created = organisations.findByTerritoryIdAndStatus(lyon, OrganisationStatus.PENDING)
			.stream()
			.filter(o -> name.equals(o.name("fr")))
			.findFirst()
			.orElseThrow();
		assertThat(members.findByOrganisationId(created.getId())).isEmpty();
		MockHttpServletResponse rejected = response(
				post("/admin/directory/organisations/{id}/reject", created.getId()).with(user(admin)).with(csrf()));
		assertThat(rejected.getStatus()).isEqualTo(302);
		assertThat(organisations.findById(created.getId()).orElseThrow().getStatus())
			.isEqualTo(OrganisationStatus.REJECTED);
	}

	@Test
	void aPartnerAsksToJoinAndTheOrganisationAdminApproves() throws Exception {
		String email = TestAccounts.uniqueEmail("joiner");
		UUID joinerId = testAccounts.createUser(email, "Joséphine Candidate " + unique, lyon, Role.PARTNER);
		RelaisPrincipal joiner = testAccounts.principal(email);

		String found = body(get("/partner/organisations/join").param("q", "epicerie SOLIDAIRE " + unique)
			.with(user(joiner)));
		assertThat(found).contains("Épicerie solidaire " + unique, "/partner/organisations/" + organisationId + "/join");
		assertThat(response(post("/partner/organisations/{id}/join", organisationId).with(user(joiner)).with(csrf()))
			.getStatus()).isEqualTo(302);
		OrganisationMember request = members.findByOrganisationIdAndUserId(organisationId, joinerId).orElseThrow();
		assertThat(request.getStatus()).isEqualTo(MemberStatus.PENDING);
		// not a member yet
		assertThat(response(get("/partner/organisations/{id}", organisationId).with(user(joiner))).getStatus())
			.isEqualTo(404);
		// the joiner cannot approve themselves
		assertThat(response(post("/partner/members/{id}/approve", request.getId()).with(user(joiner)).with(csrf()))
			.getStatus()).isEqualTo(404);

		assertThat(body(get("/partner/organisations/{id}", organisationId).with(user(partner)))).contains(email);
		assertThat(response(post("/partner/members/{id}/approve", request.getId()).with(user(partner)).with(csrf()))
			.getStatus()).isEqualTo(302);
		assertThat(members.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(MemberStatus.ACTIVE);
		assertThat(response(get("/partner/organisations/{id}", organisationId).with(user(joiner))).getStatus())
			.isEqualTo(200);
		assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ? and detail = ?",
				Integer.class, "ORGANISATION_MEMBER_APPROVED", joinerId.toString())).isEqualTo(1);
	}

	@Test
	void theTerritoryAdminRejectsAJoinRequest() throws Exception {
		String email = TestAccounts.uniqueEmail("refused");
		UUID userId = testAccounts.createUser(email, "Refusé " + unique, lyon, Role.PARTNER);
		RelaisPrincipal candidate = testAccounts.principal(email);
		mvc.perform(post("/partner/organisations/{id}/join", organisationId).with(user(candidate)).with(csrf()));
		OrganisationMember request = members.findByOrganisationIdAndUserId(organisationId, userId).orElseThrow();
		assertThat(body(get("/admin/directory/organisations").with(user(admin)))).contains(email);
		assertThat(response(post("/admin/directory/members/{id}/reject", request.getId()).with(user(admin)).with(csrf()))
			.getStatus()).isEqualTo(302);
		assertThat(members.findById(request.getId()).orElseThrow().getStatus()).isEqualTo(MemberStatus.REJECTED);
		assertThat(response(get("/partner/organisations/{id}", organisationId).with(user(candidate))).getStatus())
			.isEqualTo(404);
	}

	// pages in every language

	@Test
	void thePagesRenderInEveryLanguage() throws Exception {
		UUID location = tx.execute(x -> locations
			.save(new Location(null, lyon, organisationId, "FR", Instant.now()))
			.getId());
		List<String> paths = List.of("/partner", "/partner/organisations/" + organisationId,
				"/partner/organisations/new", "/partner/organisations/join?q=epi",
				"/partner/services/" + serviceId, "/partner/services/new?organisation=" + organisationId,
				"/partner/locations/" + location, "/partner/locations/new?organisation=" + organisationId,
				"/partner/services/" + serviceId + "/history", "/partner/organisations/" + organisationId + "/history");
		for (String path : paths) {
			for (String language : Languages.SUPPORTED) {
				MockHttpServletResponse r = response(get(path).with(user(partner)).header("Accept-Language", language));
				assertThat(r.getStatus()).as("%s in %s", path, language).isEqualTo(200);
				assertThat(r.getContentAsString(StandardCharsets.UTF_8)).as("%s in %s", path, language)
					.contains("lang=\"" + language + "\"")
					.doesNotContain("??");
			}
		}
		for (String language : Languages.SUPPORTED) {
			MockHttpServletResponse r = response(
					get("/admin/directory/organisations").with(user(admin)).header("Accept-Language", language));
			assertThat(r.getStatus()).isEqualTo(200);
			assertThat(r.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("??");
		}
	}

	@Test
	void theHomePageCardCountsThePartnersServices() throws Exception {
		mvc.perform(post("/partner/services/{id}/saturation", serviceId).param("level", "FULL")
			.with(user(partner))
			.with(csrf()));
		String home = body(get("/home").with(user(partner)).header("Accept-Language", "en"));
		assertThat(home).contains("My services", "/partner");
		assertThat(body(get("/home").with(user(partner)))).contains("Espace partenaire");
	}

}
