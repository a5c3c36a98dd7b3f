package org.relais.testing;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A minimal browser over real HTTP: keeps cookies, does not follow redirects, sends an Accept-Language, and
 * takes the CSRF token from the form it just read.
 */
public final class Browser {

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private String language = "fr";

	public Browser(int port) {
		this.base = "http://localhost:" + port;
	}

	public Browser language(String language) {
		this.language = language;
		return this;
	}

	public String cookie(String name) {
		return cookies.get(name);
	}

	public void setCookie(String name, String value) {
		cookies.put(name, value);
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(request(path).GET().build());
	}

	public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Reads the page, then posts the form with this action, with the page's CSRF token. */
	public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields)
			throws IOException, InterruptedException {
		HttpResponse<String> page = get(pagePath);
		Element form = Jsoup.parse(page.body()).selectFirst("form[action=" + action + "]");
		if (form == null) {
			throw new IllegalStateException("no form posting to " + action + " on " + pagePath + ": " + page.body());
		}
		Map<String, String> data = new LinkedHashMap<>();
		Element token = form.selectFirst("input[name=_csrf]");
		if (token != null) {
			data.put("_csrf", token.val());
		}
		data.putAll(fields);
		return post(action, data);
	}

	/** Signs in through the login page. */
	public HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
		return submit("/login", "/login", Map.of("email", email, "password", password));
	}

	public static List<String> setCookies(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie");
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "text/html,application/xhtml+xml")
			.header("Accept-Language", language);
		if (!cookies.isEmpty()) {
			b.header("Cookie", cookies.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining("; ")));
		}
		return b;
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		for (String header : setCookies(response)) {
			for (HttpCookie c : HttpCookie.parse(header)) {
				if (c.getMaxAge() == 0) {
					cookies.remove(c.getName());
				}
				else {
					cookies.put(c.getName(), c.getValue());
				}
			}
		}
		return response;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
