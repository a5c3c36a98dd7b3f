package org.relais.territory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.testing.TestAccounts.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.StoredFile;
import org.relais.platform.StoredFiles;
import org.relais.territory.TerritoryCatalog;
import org.relais.testing.Pages;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Uploads through the one upload service, seen from the territory logo form. */
@SpringBootTest
@AutoConfigureMockMvc
class LogoUploadTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	TerritoryCatalog catalog;

	@Autowired
	StoredFiles files;

	TestAccounts accounts;

	RelaisPrincipal admin;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		admin = accounts.principal("admin@demo.relais");
	}

	@Test
	void realPngIsAcceptedAndServedAsAnImage() throws Exception {
		byte[] png = png();
		mvc.perform(multipart("/admin/territory/logo").file(new MockMultipartFile("logo", "Logo Métropole.png",
				"image/png", png)).with(csrf()).with(as(admin)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/territory"))
			.andExpect(flash().attribute("flash", "territory.settings.logoSaved"));

		UUID logo = catalog.find(accounts.lyon()).orElseThrow().logoFileId();
		assertThat(logo).isNotNull();
		MockHttpServletResponse served = mvc.perform(get("/files/" + logo))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(served.getContentType()).isEqualTo("image/png");
		assertThat(served.getHeader("Content-Disposition")).startsWith("inline;").contains("filename=");
		assertThat(served.getHeader("Content-Disposition")).contains("UTF-8''Logo%20M%C3%A9tropole.png");
		assertThat(served.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(served.getContentAsByteArray()).isEqualTo(png);

		// the settings page shows it
		Document settings = Pages.page(mvc.perform(get("/admin/territory").with(as(admin))).andReturn());
		assertThat(settings.select("img[src=/files/" + logo + "]")).hasSize(1);
	}

	@Test
	void textFileNamedPngIsRefusedWithTheReasonNextToTheField() throws Exception {
		UUID before = catalog.find(accounts.lyon()).orElseThrow().logoFileId();
		MvcResult result = upload("logo.png", "image/png",
				"Just some text pretending to be an image.\n".getBytes(StandardCharsets.UTF_8));
		assertThat(result.getFlashMap().get("logoError")).isEqualTo("platform.upload.contentMismatch");

		Document page = Pages.page(mvc.perform(get("/admin/territory").flashAttrs(result.getFlashMap()).with(as(admin)))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select("#logo-error").text()).contains(text("platform.upload.contentMismatch"));
		assertThat(page.select("#logo").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#logo").attr("aria-describedby").split(" ")).contains("logo-error");
		assertThat(catalog.find(accounts.lyon()).orElseThrow().logoFileId()).isEqualTo(before);
	}

	@Test
	void imageOfAnotherKindThanItsNameIsRefused() throws Exception {
		MvcResult result = upload("logo.jpg", "image/jpeg", png());
		assertThat(result.getFlashMap().get("logoError")).isEqualTo("platform.upload.contentMismatch");
	}

	@Test
	void programIsRefused() throws Exception {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		MvcResult result = upload("setup.exe", "application/octet-stream", exe);
		assertThat(result.getFlashMap().get("logoError")).isEqualTo("platform.upload.typeNotAllowed");
		// renaming it does not help
		assertThat(upload("setup.png", "image/png", exe).getFlashMap().get("logoError"))
			.isEqualTo("platform.upload.contentMismatch");
	}

	@Test
	void emptyFileIsRefused() throws Exception {
		MvcResult result = upload("logo.png", "image/png", new byte[0]);
		assertThat(result.getFlashMap().get("logoError")).isEqualTo("platform.upload.empty");
		Document page = Pages.page(mvc.perform(get("/admin/territory").flashAttrs(result.getFlashMap()).with(as(admin)))
			.andReturn());
		assertThat(page.select("#logo-error").text()).contains(text("platform.upload.empty"));
	}

	@Test
	void privateFileIsServedOnlyInsideItsTerritory() throws Exception {
		byte[] png = png();
		StoredFile file = files.store(accounts.lyon(), "plan.png", new ByteArrayInputStream(png), png.length,
				Set.of(StoredFiles.Kind.IMAGE), false);

		MockHttpServletResponse own = mvc.perform(get("/files/" + file.id()).with(as(accounts.principal("agent@demo.relais"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(own.getHeader("Cache-Control")).contains("no-store");
		mvc.perform(get("/files/" + file.id()).with(as(accounts.principal("agent@ch.demo.relais"))))
			.andExpect(status().isNotFound());
		mvc.perform(get("/files/" + file.id())).andExpect(status().isNotFound());
		mvc.perform(get("/files/" + UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("/files/not-a-uuid")).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheAdminMayChangeTheLogo() throws Exception {
		mvc.perform(multipart("/admin/territory/logo").file(new MockMultipartFile("logo", "logo.png", "image/png", png()))
			.with(csrf())
			.with(as(accounts.principal("agent@demo.relais")))).andExpect(status().isForbidden());
	}

	private MvcResult upload(String name, String type, byte[] content) throws Exception {
		return mvc
			.perform(multipart("/admin/territory/logo").file(new MockMultipartFile("logo", name, type, content))
				.with(csrf())
				.with(as(admin)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/territory"))
			.andReturn();
	}

	private static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, Color.ORANGE.getRGB());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.FRENCH);
	}

}
