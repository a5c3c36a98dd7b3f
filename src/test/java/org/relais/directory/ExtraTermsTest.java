package org.relais.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.directory.domain.ExtraTermRepository;
import org.relais.directory.domain.Taxonomy;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The platform admin extends the needs vocabulary; the new term is then valid, labelled and offered by search. */
@SpringBootTest
@AutoConfigureMockMvc
class ExtraTermsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	ExtraTermRepository terms;

	@Autowired
	Taxonomy taxonomy;

	@Test
	void aPlatformAdminAddsANeedInFourLanguages() throws Exception {
		String slug = "pret-" + UUID.randomUUID().toString().substring(0, 6);
		MockHttpServletResponse created = mvc
			.perform(form(platformAdmin(), "needs", "numerique", slug, "Prêt d’ordinateur " + slug))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).isEqualTo(302);
		String code = "numerique--" + slug;
		assertThat(terms.findByCode(code)).isPresent();
		assertThat(taxonomy.isValid(Taxonomy.Vocabulary.NEEDS, code)).isTrue();
		assertThat(taxonomy.categoryOf(code)).isEqualTo("numerique");
		assertThat(taxonomy.label(Taxonomy.Vocabulary.NEEDS, code, Locale.GERMAN)).isEqualTo("de " + slug);

		String page = body(get("/platform/directory/terms").with(user(platformAdmin())));
		assertThat(page).contains(code, "Prêt d’ordinateur " + slug);
		String search = body(get("/directory").with(user(accounts.findByEmail("agent@demo.relais").orElseThrow())));
		assertThat(search).contains(code);
	}

	@Test
	void badInputIsExplainedNextToTheFieldAndStoresNothing() throws Exception {
		long before = terms.count();
		MockHttpServletResponse bad = mvc.perform(form(platformAdmin(), "needs", "numerique", "Pas Bon!", ""))
			.andReturn()
			.getResponse();
		assertThat(bad.getStatus()).isEqualTo(422);
		String html = bad.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"code-error\"", "id=\"labelFr-error\"", "tirets");
		MockHttpServletResponse noCategory = mvc.perform(form(platformAdmin(), "needs", "nope", "ok-code", "Libellé"))
			.andReturn()
			.getResponse();
		assertThat(noCategory.getStatus()).isEqualTo(422);
		assertThat(noCategory.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"category-error\"");
		MockHttpServletResponse taken = mvc
			.perform(form(platformAdmin(), "publics", "", "seniors", "Seniors"))
			.andReturn()
			.getResponse();
		assertThat(taken.getStatus()).isEqualTo(422);
		assertThat(taken.getContentAsString(StandardCharsets.UTF_8)).contains("existe déjà");
		assertThat(terms.count()).isEqualTo(before);
	}

	@Test
	void onlyPlatformAdminsManageTheVocabulary() throws Exception {
		RelaisPrincipal territoryAdmin = accounts.findByEmail("admin@demo.relais").orElseThrow();
		assertThat(mvc.perform(get("/platform/directory/terms").with(user(territoryAdmin))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		long before = terms.count();
		assertThat(mvc.perform(form(territoryAdmin, "publics", "", "intrus", "Intrus")).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(terms.count()).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder form(RelaisPrincipal as, String vocabulary, String category, String code,
			String labelFr) {
		return post("/platform/directory/terms").with(user(as))
			.with(csrf())
			.param("taxonomy", vocabulary)
			.param("category", category)
			.param("code", code)
			.param("labelFr", labelFr)
			.param("labelDe", "de " + code)
			.param("labelIt", "it " + code)
			.param("labelEn", "en " + code);
	}

	private RelaisPrincipal platformAdmin() {
		return accounts.findByEmail("platform@demo.relais").orElseThrow();
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
