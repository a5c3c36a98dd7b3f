package org.relais.directory.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Over real HTTP (the servlet container enforces its multipart limits, which MockMvc does not), a file over 50 MB
 * gets the import's own answer: the page with the message, a 413 problem on the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportUploadLimitHttpTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	static byte[] multipart(String boundary, String slug) throws java.io.IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nhsds\r\n" + "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"territory\"\r\n\r\n" + slug + "\r\n" + "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n";
		body.write(head.getBytes(StandardCharsets.UTF_8));
		body.write(new byte[50 * 1024 * 1024 + 10]);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	@Test
	void thePageShowsTheMessageNextToTheField() throws Exception {
		ImportFixtures f = new ImportFixtures(context);
		org.relais.testing.Browser browser = new org.relais.testing.Browser(port).language("en");
		HttpResponse<String> signedIn = browser.signIn(f.adminEmail, org.relais.testing.TestAccounts.PASSWORD);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		// territory admins enrol a second factor first
		String secret = org.jsoup.Jsoup.parse(browser.get("/account/2fa").body()).select("#totp-secret").text();
		browser.submit("/account/2fa", "/account/2fa", java.util.Map.of("code", org.relais.territory.domain.Totp
			.code(secret, org.relais.territory.domain.Totp.step(System.currentTimeMillis()))));
		HttpResponse<String> page = browser.get("/admin/directory/imports");
		assertThat(page.statusCode()).as(signedIn.headers().firstValue("Location") + " then " + page.headers().firstValue("Location")).isEqualTo(200);
		String action = org.jsoup.Jsoup.parse(page.body()).selectFirst("form[enctype=multipart/form-data]").attr("action");
		String boundary = "----relais" + System.nanoTime();
		HttpResponse<String> r = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
				.header("Cookie", "RELAIS_SESSION=" + browser.cookie("RELAIS_SESSION"))
				.header("Accept-Language", "en")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, f.territory.slug())))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
		assertThat(r.headers().firstValue("Location")).hasValueSatisfying(
				l -> assertThat(l).endsWith("/admin/directory/imports?error=tooLarge"));
		// the page speaks the account's language (French)
		String message = context.getBean(org.springframework.context.MessageSource.class)
			.getMessage("directory.imports.error.tooLarge", new Object[] { 50 }, java.util.Locale.FRENCH);
		String form = browser.get("/admin/directory/imports?error=tooLarge").body();
		assertThat(form).contains(message, "id=\"file-error\"", "aria-invalid=\"true\"");
	}

	@Test
	void theApiAnswers413WithTheMessage() throws Exception {
		ImportFixtures f = new ImportFixtures(context);
		String boundary = "----relais" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nhsds\r\n" + "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"territory\"\r\n\r\n" + f.territory.slug() + "\r\n" + "--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n";
		body.write(head.getBytes(StandardCharsets.UTF_8));
		body.write(new byte[50 * 1024 * 1024 + 10]);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> r = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/directory/imports"))
				.header("Authorization", "Bearer " + f.adminToken)
				.header("Accept-Language", "en")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).isEqualTo(413);
		assertThat(r.body()).contains("The file is larger than 50 MB");
		assertThat(f.count("dir_service")).isZero();
	}

}
