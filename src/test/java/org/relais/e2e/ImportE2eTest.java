package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

/**
 * A territory admin imports a data·inclusion file in a browser: the form refuses a missing file next to the
 * field, the preview lists what would be created and writes nothing, applying writes it, and the imported service
 * is then found in the professional search; axe runs on every page.
 */
class ImportE2eTest extends E2eTest {

	@Test
	void aTerritoryAdminPreviewsThenAppliesAnImport() throws IOException {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String serviceName = "Atelier CV " + unique;
		byte[] file = dataInclusionFile(unique, serviceName);

		signInWithSecondFactor("admin@demo.relais");
		page.locator("nav.main-nav a[href='/admin/directory/imports']").click();
		assertThat(page.locator("main h1")).hasText(msg("fr", "directory.imports.title"));
		axe();

		// no file: the message stands next to the field, nothing starts
		page.locator("#format").selectOption("datainclusion");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#file-error")).containsText(msg("fr", "directory.imports.error.fileRequired"));
		assertThat(page.locator("#file")).hasAttribute("aria-invalid", "true");
		axe();

		page.locator("#file").setInputFiles(new FilePayload("lyon-" + unique + ".json", "application/json", file));
		page.locator("#format").selectOption("datainclusion");
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("/admin/directory/imports/[0-9a-f-]+$"));
		LocatorAssertions.ContainsTextOptions slow = new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
		assertThat(page.locator("main")).containsText(msg("fr", "directory.imports.job.previewReady"), slow);
		assertThat(page.locator("main table")).containsText(serviceName);
		assertThat(page.locator("main table")).containsText(msg("fr", "directory.imports.outcome.CREATED"));
		axe();
		String job = path();

		// the preview wrote nothing
		visit("/directory?q=" + unique);
		assertThat(page.locator("main")).not().containsText(serviceName);
		visit(job);

		assertThat(page.locator("main form[action$='/apply'] button")).hasText(msg("fr", "directory.imports.job.apply"));
		page.locator("main form[action$='/apply'] button").click();
		assertThat(page.locator("main")).containsText(msg("fr", "directory.imports.job.applied"), slow);
		axe();

		visit("/directory?q=" + unique);
		assertThat(page.locator("main")).containsText(serviceName);
	}

	/** The data·inclusion test file with ids and one service name made unique, so that every run creates. */
	private static byte[] dataInclusionFile(String unique, String serviceName) throws IOException {
		try (InputStream in = ImportE2eTest.class.getResourceAsStream("/directory/datainclusion-lyon.json")) {
			String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
				.replace("\"dora--", "\"dora-" + unique + "--")
				.replace("\"soliguide--", "\"soliguide-" + unique + "--")
				.replace("Atelier CV et lettre de motivation", serviceName);
			return json.getBytes(StandardCharsets.UTF_8);
		}
	}

}
