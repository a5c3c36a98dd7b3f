package org.relais.territory.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.relais.platform.Role;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.domain.Membership;
import org.relais.territory.domain.MembershipRepository;
import org.relais.territory.domain.UserAccount;
import org.relais.territory.domain.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The REST API over real HTTP: tokens, who am I, and JSON problems (never HTML) for everything that fails. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApiTest {

	private static final String PROBLEM_JSON = "application/problem+json";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	UserAccountRepository users;

	@Autowired
	MembershipRepository memberships;

	@Autowired
	TerritoryCatalog territories;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void aTokenForEmailAndPasswordOpensTheApi() throws Exception {
		HttpResponse<String> created = createToken("agent@demo.relais", "relais-demo");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
		String token = JsonPath.read(created.body(), "$.token");
		String expiresAt = JsonPath.read(created.body(), "$.expiresAt");
		assertThat(token).startsWith("rls_").hasSizeGreaterThan(30);
		assertThat(Instant.parse(expiresAt)).isAfter(Instant.now().plusSeconds(86_400));

		HttpResponse<String> me = send(get("/api/v1/me").header("Authorization", "Bearer " + token));
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(me.body(), "$.email")).isEqualTo("agent@demo.relais");
		assertThat((List<String>) JsonPath.read(me.body(), "$.territories[*].slug"))
			.containsExactly("metropole-de-lyon");
		assertThat((List<String>) JsonPath.read(me.body(), "$.territories[0].roles")).containsExactly("AGENT");
		assertThat(me.body()).doesNotContain("password", "passwordHash", "rls_");
	}

	@Test
	void aWrongPasswordIsAProblem() throws Exception {
		String email = freshAccount();
		HttpResponse<String> response = createToken(email, "not-the-password");
		assertProblem(response, 401);
		assertThat(response.body()).doesNotContain("not-the-password");
	}

	@Test
	void repeatedWrongPasswordsAreThrottled() throws Exception {
		String email = freshAccount();
		for (int i = 1; i <= 5; i++) {
			assertProblem(createToken(email, "wrong-" + i), 401);
		}
		HttpResponse<String> throttled = createToken(email, "wrong-6");
		assertProblem(throttled, 429);
		assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
		// Past the limit even the right password is refused: guessing stops, whatever the guess.
		assertProblem(createToken(email, "correct horse battery staple"), 429);
	}

	@Test
	void aMissingOrGarbageBearerIsUnauthorized() throws Exception {
		assertProblem(send(get("/api/v1/me")), 401);
		HttpResponse<String> garbage = send(get("/api/v1/me").header("Authorization", "Bearer garbage"));
		assertProblem(garbage, 401);
		assertThat(garbage.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				v -> assertThat(v).startsWith("Bearer"));
		assertProblem(send(get("/api/v1/me").header("Authorization", "Bearer rls_" + "x".repeat(300))), 401);
		assertProblem(send(get("/api/v1/me").header("Authorization", "Basic YWdlbnQ6cmVsYWlz")), 401);
	}

	@Test
	void anUnknownApiAddressAnswersJsonNeverHtml() throws Exception {
		for (HttpRequest.Builder request : List.of(get("/api/v1/nope"),
				get("/api/v1/nope").header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"))) {
			HttpResponse<String> response = send(request);
			assertThat(response.statusCode()).isIn(401, 404);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					t -> assertThat(t).contains("json"));
			assertThat(response.body()).doesNotContain("<html", "<!DOCTYPE");
		}
		String token = JsonPath.read(createToken("agent@demo.relais", "relais-demo").body(), "$.token");
		HttpResponse<String> signedIn = send(get("/api/v1/nope").header("Authorization", "Bearer " + token)
			.header("Accept", "text/html"));
		assertThat(signedIn.statusCode()).isEqualTo(404);
		assertThat(signedIn.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
		assertThat(signedIn.body()).doesNotContain("<html", "<!DOCTYPE");
	}

	@Test
	void deletingTheCurrentTokenRevokesIt() throws Exception {
		String token = JsonPath.read(createToken("agent@demo.relais", "relais-demo").body(), "$.token");
		String other = JsonPath.read(createToken("agent@demo.relais", "relais-demo").body(), "$.token");
		assertThat(send(get("/api/v1/me").header("Authorization", "Bearer " + token)).statusCode()).isEqualTo(200);

		HttpResponse<String> deleted = send(request("/api/v1/tokens/current").DELETE()
			.header("Authorization", "Bearer " + token));
		assertThat(deleted.statusCode()).isEqualTo(204);

		assertProblem(send(get("/api/v1/me").header("Authorization", "Bearer " + token)), 401);
		// Only that token: the user's other token still works.
		assertThat(send(get("/api/v1/me").header("Authorization", "Bearer " + other)).statusCode()).isEqualTo(200);
	}

	@Test
	void malformedJsonIsABadRequestProblem() throws Exception {
		for (String body : List.of("{\"email\": \"agent@demo.relais\", ", "not json", "[1, 2]")) {
			HttpResponse<String> response = send(request("/api/v1/tokens").header("Content-Type", "application/json")
				.POST(BodyPublishers.ofString(body)));
			assertProblem(response, 400);
			assertThat(response.body()).doesNotContain("Exception", "at org.");
		}
		assertProblem(send(request("/api/v1/tokens").header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"email\": \"agent@demo.relais\"}"))), 400);
	}

	@Test
	void otherClientErrorsAreProblemsToo() throws Exception {
		// Not JSON: unsupported media type.
		assertProblem(send(request("/api/v1/tokens").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString("email=agent%40demo.relais&password=relais-demo"))), 415);
		// A method the address does not allow, with a valid token so that authentication is not the answer.
		String token = JsonPath.read(createToken("agent@demo.relais", "relais-demo").body(), "$.token");
		assertProblem(send(request("/api/v1/me").DELETE().header("Authorization", "Bearer " + token)), 405);
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() throws Exception {
		HttpResponse<String> response = send(get("/api/v1/openapi"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
		assertThat((String) JsonPath.read(response.body(), "$.openapi")).startsWith("3.");
		Map<String, Object> paths = JsonPath.read(response.body(), "$.paths");
		assertThat(paths).containsKeys("/api/v1/tokens", "/api/v1/me", "/api/v1/tokens/current");
	}

	// helpers

	/** A new account of the Métropole de Lyon with its own password, so that its failures count for it alone. */
	private String freshAccount() {
		UUID lyon = territories.findBySlug("metropole-de-lyon").orElseThrow().id();
		String email = "api-" + UUID.randomUUID() + "@example.org";
		UserAccount account = users
			.save(new UserAccount(email, "Api Tester", encoder.encode("correct horse battery staple"), "en",
					Instant.now()));
		memberships.save(new Membership(account.getId(), lyon, Role.VOLUNTEER, Instant.now()));
		return email;
	}

	private HttpResponse<String> createToken(String email, String password) throws IOException, InterruptedException {
		String json = "{\"email\": \"" + email + "\", \"password\": \"" + password + "\", \"name\": \"api-test\"}";
		return send(request("/api/v1/tokens").header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json)));
	}

	private void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as("content type")
			.hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM_JSON));
		assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(status);
		assertThat((String) JsonPath.read(response.body(), "$.title")).isNotBlank();
	}

	private HttpRequest.Builder get(String path) {
		return request(path).GET();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), BodyHandlers.ofString());
	}

}
