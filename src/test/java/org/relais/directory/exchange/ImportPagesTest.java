package org.relais.directory.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The territory admin's imports page: upload, preview of every record, apply, progress, bad files. */
@SpringBootTest
@AutoConfigureMockMvc
class ImportPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	ImportFixtures f;

	RelaisPrincipal admin;

	@BeforeEach
	void territory() {
		f = new ImportFixtures(context);
		admin = f.admin();
	}

	MockHttpServletResponse upload(String format, String name, byte[] content) throws Exception {
		var request = multipart("/admin/directory/imports").param("format", format);
		if (content != null) {
			request.file(new MockMultipartFile("file", name, "application/octet-stream", content));
		}
		return mvc.perform(request.with(user(admin)).with(csrf()).locale(Locale.ENGLISH)).andReturn().getResponse();
	}

	/** Waits for the job's background run, polling its status as the page does with htmx. */
	String finished(String jobUrl) throws Exception {
		for (int i = 0; i < 300; i++) {
			MockHttpServletResponse poll = mvc.perform(get(jobUrl).header("HX-Request", "true").with(user(admin)))
				.andReturn()
				.getResponse();
			assertThat(poll.getStatus()).isEqualTo(200);
			if ("true".equals(poll.getHeader("HX-Refresh"))) {
				return mvc.perform(get(jobUrl).with(user(admin)).locale(Locale.ENGLISH))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
			}
			assertThat(poll.getContentAsString()).contains("<progress", "hx-trigger=\"every 1s\"");
			Thread.sleep(100);
		}
		throw new AssertionError("the import did not finish");
	}

	@Test
	void previewListsEveryRecordAndStoresNothingThenApplyWritesThem() throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/admin/directory/imports").with(user(admin)))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("enctype=\"multipart/form-data\"", "name=\"format\"");

		MockHttpServletResponse uploaded = upload("datainclusion", "lyon.json",
				ImportFixtures.resource("directory/datainclusion-lyon.json"));
		assertThat(uploaded.getStatus()).isEqualTo(302);
		String job = uploaded.getRedirectedUrl();
		assertThat(job).startsWith("/admin/directory/imports/");

		String preview = finished(job);
		assertThat(preview).contains("Café des parents", "Atelier CV et lettre de motivation",
				"dora--epicerie-aide-alimentaire", "Maison de l’emploi de Vénissieux", "/apply");
		assertThat(preview).contains("Zone codes outside the territory, ignored: 75056.");
		assertThat(f.count("dir_service") + f.count("dir_organisation") + f.count("dir_location")
				+ f.count("dir_field_change")).as("a preview writes nothing").isZero();

		MockHttpServletResponse applied = mvc.perform(post(job + "/apply").with(user(admin)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(applied.getRedirectedUrl()).isEqualTo(job);
		String done = finished(job);
		assertThat(done).doesNotContain("/apply\"");
		assertThat(f.count("dir_organisation")).isEqualTo(3);
		assertThat(f.count("dir_service")).isEqualTo(5);

		MockHttpServletResponse again = mvc.perform(post(job + "/apply").with(user(admin)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(again.getRedirectedUrl()).as("an applied file is not applied twice").isEqualTo(job);
		assertThat(f.count("dir_service")).isEqualTo(5);
	}

	@Test
	void rejectedRecordsShowTheirReasonsAndAreNotWritten() throws Exception {
		String file = """
				[{"id": "ages-1", "name": "Âges à l’envers", "status": "active", "minimum_age": 50, "maximum_age": 10,
				  "organization": {"id": "ages-org", "name": "Organisation des âges"}},
				 {"id": "script-1", "name": "Description piégée", "status": "active",
				  "description": "<img src=x onerror=alert(1)>", "organization": {"id": "ages-org", "name": "Organisation des âges"}}]
				""";
		String job = upload("hsds", "bad.json", file.getBytes(StandardCharsets.UTF_8)).getRedirectedUrl();
		String preview = finished(job);
		assertThat(preview).contains("The minimum age (50) is above the maximum age (10).",
				"The field description_fr holds a script: entry rejected.");
		assertThat(preview).doesNotContain("<img src=x");
		mvc.perform(post(job + "/apply").with(user(admin)).with(csrf()));
		finished(job);
		assertThat(f.count("dir_service")).isZero();
	}

	@Test
	void missingFileHugeFileAndUnreadableFileAreAnsweredClearly() throws Exception {
		MockHttpServletResponse none = upload("hsds", null, null);
		assertThat(none.getStatus()).isEqualTo(422);
		assertThat(none.getContentAsString(StandardCharsets.UTF_8)).contains("Choose a file.", "aria-invalid=\"true\"");

		MockHttpServletResponse huge = upload("hsds", "big.json", new byte[50 * 1024 * 1024 + 1]);
		assertThat(huge.getStatus()).isEqualTo(413);
		assertThat(huge.getContentAsString(StandardCharsets.UTF_8))
			.contains("The file is larger than 50 MB: split it or use the command line.");

		String job = upload("datainclusion", "notes.txt", "just some notes".getBytes(StandardCharsets.UTF_8))
			.getRedirectedUrl();
		String report = finished(job);
		assertThat(report).contains("The file could not be read:", "Invalid JSON");
		assertThat(report).doesNotContain("/apply\"");
	}

	@Test
	void aFileTheContainerRefusesIsExplainedOnTheImportRoutesOnly() throws Exception {
		ImportUploadLimit limit = new ImportUploadLimit(context.getBean(org.springframework.context.MessageSource.class));
		var tooLarge = new org.springframework.web.multipart.MaxUploadSizeExceededException(50L * 1024 * 1024);
		Object api = limit.tooLarge(tooLarge,
				new org.springframework.mock.web.MockHttpServletRequest("POST", "/api/v1/directory/imports"), Locale.ENGLISH);
		assertThat(api).isInstanceOfSatisfying(org.springframework.http.ResponseEntity.class, r -> {
			assertThat(r.getStatusCode().value()).isEqualTo(413);
			assertThat(r.getBody().toString()).contains("The file is larger than 50 MB");
		});
		assertThat(limit.tooLarge(tooLarge,
				new org.springframework.mock.web.MockHttpServletRequest("POST", "/admin/directory/imports"), Locale.ENGLISH))
			.isEqualTo("redirect:/admin/directory/imports?error=tooLarge");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> limit.tooLarge(tooLarge,
					new org.springframework.mock.web.MockHttpServletRequest("POST", "/admin/territory/logo"), Locale.ENGLISH))
			.isSameAs(tooLarge);

		MockHttpServletResponse page = mvc
			.perform(get("/admin/directory/imports").param("error", "tooLarge").with(user(admin)).locale(Locale.ENGLISH))
			.andReturn()
			.getResponse();
		assertThat(page.getContentAsString(StandardCharsets.UTF_8))
			.contains("The file is larger than 50 MB: split it or use the command line.", "aria-invalid=\"true\"");
	}

	@Test
	void onlyTerritoryAdminsMayImport() throws Exception {
		org.relais.testing.TestAccounts accounts = new org.relais.testing.TestAccounts(context);
		String email = org.relais.testing.TestAccounts.uniqueEmail("import-agent");
		accounts.createUser(email, "Import Agent", f.territory.id(), Role.AGENT, Role.COORDINATOR);
		RelaisPrincipal agent = accounts.principal(email);
		assertThat(mvc.perform(get("/admin/directory/imports").with(user(agent))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc
			.perform(multipart("/admin/directory/imports").file(new MockMultipartFile("file", "x.json", "application/json",
					"[]".getBytes(StandardCharsets.UTF_8))).param("format", "hsds").with(user(agent)).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

}
