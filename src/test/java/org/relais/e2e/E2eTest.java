package org.relais.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relais.platform.Role;
import org.relais.territory.domain.Totp;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser suite: Relais on a random port, one Chromium per class (Debian's, through Playwright),
 * a fresh browser context per test, axe-core on every page visited, a screenshot when a test fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("e2e")
@ExtendWith(E2eExtension.class)
abstract class E2eTest {

	static final String PASSWORD = "relais-demo";

	static final List<String> LANGUAGES = List.of("fr", "de", "it", "en");

	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update");

	/** TOTP secrets captured at enrolment, by email: the in-memory database outlives a test class. */
	private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

	/** The last TOTP step used, by email: a code is accepted once. */
	private static final Map<String, Long> LAST_STEPS = new ConcurrentHashMap<>();

	private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

	static Playwright playwright;

	static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;

	Page page;

	@BeforeAll
	static void launchBrowser() {
		playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
				.setHeadless(true)
				.setArgs(ARGS));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openContext() {
		context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
			.setLocale("fr-FR")
			.setViewportSize(1280, 900));
		context.setDefaultTimeout(15_000);
		PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	/** Opens a path, expects a page (not a server error), and runs axe on it. */
	Response visit(String path) {
		Response response = page.navigate(path);
		assertThat(response).as("response to %s", path).isNotNull();
		assertThat(response.status()).as("status of %s", path).isLessThan(500);
		axe();
		return response;
	}

	/** Runs axe-core on the current page: WCAG 2.1 A and AA, no violation allowed. */
	void axe() {
		Axe.check(page);
	}

	/** The path (and query) of the current page. */
	String path() {
		URI uri = URI.create(page.url());
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	String lang() {
		return page.locator("html").getAttribute("lang");
	}

	/** Signs in with email and password; the page is then wherever Relais sends the user. */
	void submitPassword(String email) {
		if (!path().startsWith("/login")) {
			visit("/login");
		}
		page.locator("#email").fill(email);
		page.locator("#password").fill(PASSWORD);
		page.locator("main form button[type=submit]").click();
		page.waitForLoadState();
	}

	/** Signs in a member without second factor and expects the home page. */
	void signIn(String email) {
		submitPassword(email);
		assertThat(page).hasURL(Pattern.compile("/home$"));
		axe();
	}

	/**
	 * Signs in an administrator: enrols the second factor on first sign-in (keeping the secret), else types the
	 * current code. Ends on the home page.
	 */
	void signInWithSecondFactor(String email) {
		submitPassword(email);
		page.waitForURL(Pattern.compile("/(account|login)/2fa$"));
		axe();
		if (path().equals("/account/2fa")) {
			String secret = page.locator("#totp-secret").textContent().trim();
			SECRETS.put(email, secret);
			page.locator("#code").fill(nextCode(email));
			page.locator("main form button[type=submit]").click();
			page.waitForLoadState();
			assertThat(page.locator("#codes-heading")).isVisible();
			assertThat(page.locator("ul.codes li")).not().hasCount(0);
			axe();
			page.locator("#codes-heading ~ p a.button").click();
		}
		else {
			assertThat(SECRETS).as("secret of %s captured at enrolment in this JVM", email).containsKey(email);
			page.locator("#code").fill(nextCode(email));
			page.locator("main form button[type=submit]").click();
		}
		assertThat(page).hasURL(Pattern.compile("/home$"));
		axe();
	}

	/** The code of the current step, waiting for the next step when this one was already used. */
	private static String nextCode(String email) {
		long step = Totp.step(System.currentTimeMillis());
		Long last = LAST_STEPS.get(email);
		while (last != null && step <= last) {
			try {
				Thread.sleep(500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			step = Totp.step(System.currentTimeMillis());
		}
		LAST_STEPS.put(email, step);
		return Totp.code(SECRETS.get(email), step);
	}

	void signOut() {
		page.locator(".account-menu form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
		assertThat(page.locator(".account-menu")).hasCount(0);
		axe();
	}

	/** Clicks a language of the switcher and checks the page came back in it. */
	void switchLanguage(String code) {
		page.locator("nav.languages a[hreflang=" + code + "]").click();
		assertThat(page.locator("html")).hasAttribute("lang", code);
		assertThat(page.locator("nav.languages a[hreflang=" + code + "]")).hasAttribute("aria-current", "true");
		axe();
	}

	/** The home page shows a section per role held, titled in the page's language. */
	void assertRoleSections(String lang, Role... roles) {
		assertThat(page.locator("main section[aria-labelledby^=role-] h2")).hasCount(roles.length);
		for (Role role : roles) {
			assertThat(page.locator("#role-" + role.name())).hasText(msg(lang, "territory.role." + role.name()));
		}
	}

	/** The main navigation holds exactly these entries (message keys), labelled in the page's language. */
	void assertNavigation(String lang, List<String> keys) {
		assertThat(page.locator("nav.main-nav a"))
			.hasText(keys.stream().map(k -> msg(lang, k)).toArray(String[]::new));
	}

	/** Follows every link of the main navigation, and the notifications link, running axe on each page. */
	void visitNavigation() {
		List<String> hrefs = page.locator("nav.main-nav a").all().stream().map(a -> a.getAttribute("href")).toList();
		assertThat(hrefs).isNotEmpty();
		for (String href : hrefs) {
			page.locator("nav.main-nav a[href='" + href + "']").click();
			assertThat(href).matches("[a-z0-9/-]+");
			assertThat(page).hasURL(Pattern.compile(href + "$"));
			assertThat(page.locator("nav.main-nav a[href='" + href + "']")).hasAttribute("aria-current", "page");
			assertThat(page.locator("main h1")).isVisible();
			axe();
		}
		page.locator(".account-menu a.bell").click();
		assertThat(page).hasURL(Pattern.compile("/notifications$"));
		assertThat(page.locator("main h1")).isVisible();
		axe();
	}

	/**
	 * On the home page, switches to each of the four languages: the navigation and the role sections follow,
	 * and the choice holds on the next page. Ends back in {@code restore}, on the home page.
	 */
	void switchEachLanguage(List<String> navKeys, String restore, Role... roles) {
		page.locator("nav.main-nav a[href='/home']").click();
		assertThat(page).hasURL(Pattern.compile("/home$"));
		for (String lang : LANGUAGES) {
			switchLanguage(lang);
			assertThat(page.locator("nav.main-nav a[href='/home']")).hasText(msg(lang, "platform.nav.home"));
			assertNavigation(lang, navKeys);
			assertRoleSections(lang, roles);
			page.locator("nav.main-nav a[href='/account']").click();
			assertThat(page).hasURL(Pattern.compile("/account$"));
			assertThat(page.locator("html")).hasAttribute("lang", lang);
			assertThat(page.locator("main h1")).hasText(msg(lang, "territory.account.title"));
			axe();
			page.locator("nav.main-nav a[href='/home']").click();
			assertThat(page.locator("html")).hasAttribute("lang", lang);
		}
		switchLanguage(restore);
	}

	/** A message of a bundle (src/main/resources/i18n/{module}/messages_{lang}.properties). */
	static String msg(String lang, String key) {
		String prefix = key.substring(0, key.indexOf('.'));
		// a module's bundle is named after it; a few keys live in another module's bundle (kit.* in subscription)
		String module = "kit".equals(prefix) ? "subscription" : prefix;
		Properties bundle = BUNDLES.computeIfAbsent(module + "_" + lang, k -> load(module, lang));
		String value = bundle.getProperty(key);
		assertThat(value).as("message %s in %s", key, lang).isNotNull();
		return value;
	}

	private static Properties load(String module, String lang) {
		String resource = "/i18n/" + module + "/messages_" + lang + ".properties";
		try (InputStream in = E2eTest.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			Properties p = new Properties();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return p;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path screenshotDir() {
		return Paths.get("target", "e2e-screenshots");
	}

}
