package org.relais.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceStatus;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@Import(DirectoryFixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryFixtures fixtures;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	AccountDirectory accounts;

	String tag;

	Service published;

	Service draft;

	RelaisPrincipal agent;

	RelaisPrincipal swissAgent;

	RelaisPrincipal volunteer;

	@BeforeAll
	void data() {
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		tag = "wq" + UUID.randomUUID().toString().substring(0, 5);
		Organisation org = fixtures.organisation(lyon, "fr", "Maison des solidarités " + tag);
		Location place = fixtures.location(org, "FR", "69003", "Lyon", 45.7597, 4.8422);
		published = fixtures.service(org, "fr", "Aide alimentaire " + tag, Set.of("equipement-et-alimentation--alimentation"),
				List.of(place), s -> {
					s.setDescription(LocalizedText.of("fr", "Colis **chaque mardi**.\n\n<script>alert(1)</script>"));
					s.setContactName("Renée Contact-" + tag);
					s.setContactPublic(false);
					s.setPhone("04 00 00 00 00");
					s.setFeesFree(true);
				});
		draft = fixtures.service(org, "fr", "Brouillon " + tag, Set.of("sante--acces-aux-soins"), List.of(),
				s -> s.setStatus(ServiceStatus.DRAFT, null));
		agent = accounts.findByEmail("agent@demo.relais").orElseThrow();
		swissAgent = accounts.findByEmail("agent@ch.demo.relais").orElseThrow();
		volunteer = accounts.findByEmail("volunteer@demo.relais").orElseThrow();
	}

	private MockHttpServletResponse call(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	@Test
	void professionalsFindTheServiceAndSeeTheProfessionalContact() throws Exception {
		var list = call(get("/directory").param("q", tag).param("need", "equipement-et-alimentation").with(user(agent)));
		assertThat(list.getStatus()).isEqualTo(200);
		String html = list.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Aide alimentaire " + tag).doesNotContain("Brouillon " + tag);
		var page = call(get("/directory/services/{id}", published.getId()).with(user(agent)));
		String body = page.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(body).contains("Renée Contact-" + tag, "<strong>chaque mardi</strong>").doesNotContain("<script>alert");
		assertThat(body).as("an agent can refer a person from the service page")
			.contains("/referrals/new?service=" + published.getId());
		String partnerView = call(get("/directory/services/{id}", published.getId())
			.with(user(accounts.findByEmail("partner@demo.relais").orElseThrow()))).getContentAsString(StandardCharsets.UTF_8);
		assertThat(partnerView).as("a partner does not refer").doesNotContain("/referrals/new");
	}

	@Test
	void anHtmxRequestGetsOnlyTheResults() throws Exception {
		var r = call(get("/directory").param("q", tag).header("HX-Request", "true").with(user(agent)));
		String html = r.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).startsWith("<section id=\"results\"").contains("Aide alimentaire " + tag).doesNotContain("<form");
	}

	@Test
	void inhabitantsSeeThePublicDirectoryWithoutProfessionalFields() throws Exception {
		var list = call(get("/t/metropole-de-lyon/directory").param("q", tag).header("Accept-Language", "de"));
		assertThat(list.getStatus()).isEqualTo(200);
		assertThat(list.getContentAsString(StandardCharsets.UTF_8)).contains("Aide alimentaire " + tag, "lang=\"de\"",
				"Partnerverzeichnis");
		var page = call(get("/t/metropole-de-lyon/directory/services/{id}", published.getId()));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("Aide alimentaire " + tag)
			.doesNotContain("Renée Contact-" + tag);
		var volunteerPage = call(get("/directory/services/{id}", published.getId()).with(user(volunteer)));
		assertThat(volunteerPage.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Renée Contact-" + tag);
	}

	@Test
	void draftsAndOtherTerritoriesAreNotFound() throws Exception {
		assertThat(call(get("/t/metropole-de-lyon/directory/services/{id}", draft.getId())).getStatus()).isEqualTo(404);
		assertThat(call(get("/directory/services/{id}", draft.getId()).with(user(agent))).getStatus()).isEqualTo(404);
		assertThat(call(get("/directory/services/{id}", published.getId()).with(user(swissAgent))).getStatus())
			.isEqualTo(404);
		assertThat(call(get("/t/kanton-zuerich/directory/services/{id}", published.getId())).getStatus()).isEqualTo(404);
		assertThat(call(get("/t/nowhere/directory")).getStatus()).isEqualTo(404);
		String swissList = call(get("/directory").param("q", tag).with(user(swissAgent)))
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(swissList).doesNotContain("Aide alimentaire " + tag);
	}

	@Test
	void badInputIsAnsweredNextToTheField() throws Exception {
		var r = call(get("/directory").param("age", "abc").param("near", "Atlantis").with(user(agent)));
		assertThat(r.getStatus()).isEqualTo(200);
		String html = r.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"age-error\"", "id=\"near-error\"", "aria-invalid=\"true\"", "error-summary");
		var far = call(get("/directory").param("age", "400").param("openOn", "2026-13-45").with(user(agent)));
		assertThat(far.getStatus()).isEqualTo(200);
		assertThat(far.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"age-error\"", "id=\"openOn-error\"");
	}

	@Test
	void theSheetIsAPdfInTheReadersLanguage() throws Exception {
		var fr = call(get("/t/metropole-de-lyon/directory/services/{id}/sheet.pdf", published.getId()));
		assertThat(fr.getStatus()).isEqualTo(200);
		assertThat(fr.getContentType()).isEqualTo("application/pdf");
		String text = new PdfTextExtractor(new PdfReader(fr.getContentAsByteArray())).getTextFromPage(1);
		assertThat(text).contains("Aide alimentaire " + tag, "Besoins", "Alimentation").doesNotContain("Renée Contact");
		var de = call(get("/directory/services/{id}/sheet.pdf", published.getId()).with(user(agent))
			.header("Accept-Language", "de"));
		String deText = new PdfTextExtractor(new PdfReader(de.getContentAsByteArray())).getTextFromPage(1);
		assertThat(deText).contains("Bedarf", "Lebensmittel", "Renée Contact-" + tag);
	}

}
