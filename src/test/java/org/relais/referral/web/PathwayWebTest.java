package org.relais.referral.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.relais.testing.TestAccounts.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.people.ContactPreference;
import org.relais.people.NewBeneficiary;
import org.relais.people.People;
import org.relais.platform.RelaisPrincipal;
import org.relais.referral.Pathway;
import org.relais.referral.PathwayContributor;
import org.relais.referral.PathwayEntry;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pathway page on the real database: agents see every line and add notes (validated), a contributed line
 * from another module shows in order, a partner sees only what its organisation received, another territory gets
 * 404, reads are logged, and the person's PDF comes in the language asked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(PathwayWebTest.Contributions.class)
class PathwayWebTest {

	/** Stands for a later module (appointments, device requests) plugging into the pathway. */
	@TestConfiguration
	static class Contributions {

		static final java.util.Map<UUID, List<PathwayEntry>> LINES = new java.util.concurrent.ConcurrentHashMap<>();

		@Bean
		PathwayContributor testContributor() {
			return (territory, person) -> LINES.getOrDefault(person, List.of());
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Pathway pathway;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	RelaisPrincipal agent;

	UUID lyon;

	UUID person;

	@BeforeEach
	void person() {
		accounts = new TestAccounts(context);
		lyon = accounts.lyon();
		agent = accounts.principal("agent@demo.relais");
		person = people.create(lyon, new NewBeneficiary("Odile", "Pathway" + UUID.randomUUID().toString().substring(0, 6),
				false, null, 1961, "69003", null, null, null, Set.of("fr"), ContactPreference.PHONE, Set.of(), 10, false,
				null), agent.userId()).id();
	}

	@Test
	void anAgentSeesTheLinesOfEveryModuleNewestFirstAndAddsANote() throws Exception {
		UUID someOrganisation = UUID.randomUUID();
		Contributions.LINES.put(person, List.of(new PathwayEntry(java.time.Instant.parse("2026-01-05T10:00:00Z"),
				"appointment", "referral.pathway.note.title", List.of("Agenda"), null, null, null, someOrganisation)));

		mvc.perform(post("/people/{id}/pathway/notes", person).param("body", "  ").with(as(agent)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(pathway.entries(lyon, person)).as("an empty note writes nothing").hasSize(1);
		mvc.perform(post("/people/{id}/pathway/notes", person).param("body", "x".repeat(2001)).with(as(agent)).with(csrf()))
			.andExpect(status().isOk());
		assertThat(pathway.entries(lyon, person)).as("a note too long writes nothing").hasSize(1);

		mvc.perform(post("/people/{id}/pathway/notes", person).param("body", "Called back <b>Monday</b>")
			.with(as(agent))
			.with(csrf())).andExpect(redirectedUrl("/people/" + person + "/pathway"));

		int readsBefore = reads();
		String html = mvc.perform(get("/people/{id}/pathway", person).with(as(agent)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		List<String> lines = page.select("ol.timeline > li").eachText();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).as("the note, newest first, escaped").contains("Called back <b>Monday</b>");
		assertThat(lines.get(1)).contains("2026-01-05").contains("Agenda");
		assertThat(reads()).as("the read is logged").isGreaterThan(readsBefore);
	}

	@Test
	void aPartnerSeesOnlyWhatItsOrganisationReceivedAndAnotherTerritoryNothing() throws Exception {
		RelaisPrincipal partner = accounts.principal("partner@demo.relais");
		mvc.perform(get("/people/{id}/pathway", person).with(as(partner))).andExpect(status().isNotFound());
		mvc.perform(get("/people/{id}/pathway", person).with(as(accounts.principal("agent@ch.demo.relais"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/people/{id}/pathway.pdf", person).with(as(accounts.principal("agent@ch.demo.relais"))))
			.andExpect(status().isNotFound());
		mvc.perform(post("/people/{id}/pathway/notes", person).param("body", "x").with(as(partner)).with(csrf()))
			.andExpect(status().isNotFound());

		UUID theirs = jdbc.queryForObject("select m.organisation_id from dir_organisation_member m join app_user u on u.id = m.user_id"
				+ " where u.email = 'partner@demo.relais' and m.status = 'ACTIVE' fetch first 1 rows only", UUID.class);
		Contributions.LINES.put(person,
				List.of(new PathwayEntry(java.time.Instant.parse("2026-02-01T09:00:00Z"), "referral",
						"referral.pathway.note.title", List.of("Received"), null, null, null, theirs),
						new PathwayEntry(java.time.Instant.parse("2026-02-02T09:00:00Z"), "referral",
								"referral.pathway.note.title", List.of("Elsewhere"), null, null, null, UUID.randomUUID())));
		pathway.addNote(lyon, person, "Private note", agent.userId(), "Agent");
		String html = mvc.perform(get("/people/{id}/pathway", person).with(as(partner)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> lines = Jsoup.parse(html).select("ol.timeline > li").eachText();
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0)).contains("Received");
		assertThat(html).doesNotContain("Private note").doesNotContain("Elsewhere");
	}

	@Test
	void thePersonsPdfComesInTheLanguageAsked() throws Exception {
		pathway.addNote(lyon, person, "Dossier complet", agent.userId(), "Agent");
		for (var expected : java.util.Map.of("fr", "Parcours de", "de", "Verlauf von", "it", "Percorso di", "en",
				"Pathway of").entrySet()) {
			byte[] pdf = mvc.perform(get("/people/{id}/pathway.pdf", person).param("lang", expected.getKey()).with(as(agent)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
			assertThat(text).contains(expected.getValue()).contains("Odile").contains("Dossier complet");
		}
	}

	@Test
	void erasingThePersonDeletesTheNotesOfTheirPathway() throws Exception {
		pathway.addNote(lyon, person, "To be erased", agent.userId(), "Agent");
		assertThat(pathway.notes(lyon, person)).hasSize(1);
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
					accounts.principal("admin@demo.relais"), null, java.util.List.of()));
		try {
			assertThat(people.erase(lyon, person)).isTrue();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(pathway.notes(lyon, person)).isEmpty());
	}

	private int reads() {
		return jdbc.queryForObject("select count(*) from personal_data_access where subject_id = ?", Integer.class, person);
	}

}
