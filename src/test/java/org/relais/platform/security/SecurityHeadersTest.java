package org.relais.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relais.testing.TestAccounts.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relais.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The security headers of OWASP ASVS level 2, and security.txt. */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/login", "/password/forgot" })
	void publicPagesSendTheSecurityHeaders(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();

		Map<String, String> csp = directives(response.getHeader("Content-Security-Policy"));
		assertThat(csp.get("script-src")).isNotNull().doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*");
		assertThat(csp.get("default-src")).isEqualTo("'self'");
		assertThat(csp.get("frame-ancestors")).isEqualTo("'none'");
		assertThat(csp.get("object-src")).isEqualTo("'none'");
		assertThat(csp.get("base-uri")).isEqualTo("'self'");
		assertThat(csp.get("form-action")).isEqualTo("'self'");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Permissions-Policy")).contains("camera=()", "microphone=()");
	}

	@Test
	void httpsResponsesAskForStrictTransport() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/login").secure(true)).andReturn().getResponse();
		assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
	}

	@Test
	void signedInPagesAreNeverCached() throws Exception {
		var agent = new TestAccounts(context).principal("agent@demo.relais");
		for (String path : new String[] { "/account", "/home" }) {
			MockHttpServletResponse response = mvc.perform(get(path).with(as(agent)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			assertThat(response.getHeader("Cache-Control")).as(path).contains("no-store");
			assertThat(response.getHeader("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
		}
	}

	@Test
	void securityTxtSaysWhomToTellAndUntilWhen() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/.well-known/security.txt"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();

		assertThat(response.getContentType()).startsWith("text/plain");
		Map<String, String> fields = response.getContentAsString()
			.lines()
			.filter(l -> l.contains(": "))
			.collect(Collectors.toMap(l -> l.substring(0, l.indexOf(": ")), l -> l.substring(l.indexOf(": ") + 2)));
		assertThat(fields.get("Contact")).matches("(mailto:|https://).+");
		Instant expires = Instant.parse(fields.get("Expires"));
		// RFC 9116: in the future, and less than a year away
		assertThat(expires).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofDays(366)));
		assertThat(fields.get("Canonical")).endsWith("/.well-known/security.txt");
	}

	private static Map<String, String> directives(String csp) {
		assertThat(csp).as("Content-Security-Policy").isNotBlank();
		return Arrays.stream(csp.split(";"))
			.map(String::trim)
			.filter(d -> !d.isEmpty())
			.collect(Collectors.toMap(d -> d.split("\\s+", 2)[0], d -> d.contains(" ") ? d.split("\\s+", 2)[1] : "",
					(a, b) -> a, java.util.LinkedHashMap::new));
	}


}
