package org.relais.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.relais.shared.Languages;
import org.relais.territory.AreaKind;
import org.relais.territory.TerritoryKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Relais speaks French, German, Italian and English everywhere: every bundle is complete in the four languages,
 * templates show no text that is not a message key, every key named by a template or by the code exists, and the
 * main pages render in each language without a missing-message marker.
 */
@SpringBootTest
@AutoConfigureMockMvc
class I18nGuardTest {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path SOURCES = Path.of("src/main/java");

	private static final String MODULE_PREFIX = "(?:platform|territory|notification)";

	/** {@code #{literal.key}} or {@code #{literal.key(args)}} in a template. */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(" + MODULE_PREFIX + "\\.[A-Za-z0-9_.-]+)[(}]");

	/** A quoted literal key, e.g. passed to a fragment: {@code 'territory.account.displayName'}. */
	private static final Pattern QUOTED_KEY = Pattern.compile("'(" + MODULE_PREFIX + "\\.[A-Za-z0-9_.-]+)'");

	/** A Java string literal used as a message key, or a {@code {key}} of a validation annotation. */
	private static final Pattern CODE_KEY = Pattern.compile("\"\\{?(" + MODULE_PREFIX + "\\.[A-Za-z0-9_.-]+)\\}?\"");

	/** Thymeleaf inlined expressions: {@code [[...]]} and {@code [(...)]}. */
	private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/** Attributes a person reads or hears; they must come from a message key. */
	private static final List<String> READ_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label");

	/** Attributes that replace the element's body at render time. */
	private static final List<String> BODY_REPLACING = List.of("th:text", "th:utext", "th:errors");

	/** Attributes that replace the element itself, or remove it (or its body) at render time. */
	private static final List<String> ELEMENT_REPLACING = List.of("th:replace", "th:insert");

	private static final List<Integer> ERROR_PAGES = List.of(400, 401, 403, 404, 405, 413, 429, 500, 503);

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory accounts;

	// (a) bundles

	@Test
	void everyBundleHasTheSameKeysInEveryLanguageAndNoEmptyValue() throws IOException {
		List<Path> modules = modules();
		assertThat(modules).extracting(p -> p.getFileName().toString())
			.contains("platform", "territory", "notification");
		List<String> problems = new ArrayList<>();
		for (Path module : modules) {
			Map<String, Properties> byLanguage = new LinkedHashMap<>();
			for (String language : Languages.SUPPORTED) {
				Path file = module.resolve("messages_" + language + ".properties");
				if (!Files.isRegularFile(file)) {
					problems.add(file + ": missing");
					continue;
				}
				byLanguage.put(language, load(file));
			}
			Set<String> all = new TreeSet<>();
			byLanguage.values().forEach(p -> all.addAll(p.stringPropertyNames()));
			byLanguage.forEach((language, p) -> {
				for (String key : all) {
					String value = p.getProperty(key);
					if (value == null) {
						problems.add(module.getFileName() + "/" + language + ": missing key " + key);
					}
					else if (value.isBlank()) {
						problems.add(module.getFileName() + "/" + language + ": empty value for " + key);
					}
				}
			});
			try (Stream<Path> files = Files.list(module)) {
				files.map(f -> f.getFileName().toString())
					.filter(n -> n.startsWith("messages"))
					.filter(n -> Languages.SUPPORTED.stream().noneMatch(l -> n.equals("messages_" + l + ".properties")))
					.forEach(n -> problems.add(module.getFileName() + "/" + n + ": not a supported language"));
			}
		}
		assertThat(problems).isEmpty();
	}

	// (b) no literal text in templates

	@Test
	void templatesShowNoLiteralText() throws IOException {
		List<Path> templates = htmlTemplates();
		assertThat(templates).hasSizeGreaterThan(20);
		List<String> problems = new ArrayList<>();
		for (Path file : templates) {
			Document doc = Jsoup.parse(Files.readString(file));
			for (Element element : doc.getAllElements()) {
				for (TextNode text : element.textNodes()) {
					String visible = INLINED.matcher(text.text()).replaceAll("").trim();
					if (LETTER.matcher(visible).find() && !replacedAtRenderTime(element, BODY_REPLACING)) {
						problems.add(relative(file) + ": text \"" + visible + "\"");
					}
				}
				for (String name : READ_ATTRIBUTES) {
					String value = element.attr(name);
					if (LETTER.matcher(value).find() && !element.hasAttr("th:" + name)
							&& !element.attr("th:attr").matches("(?s).*\\b" + Pattern.quote(name) + "\\s*=.*")
							&& !replacedAtRenderTime(element, List.of())) {
						problems.add(relative(file) + ": attribute " + name + "=\"" + value + "\" on <"
								+ element.tagName() + ">");
					}
				}
			}
		}
		assertThat(problems).as("visible text must come from message keys").isEmpty();
	}

	@Test
	void theTemplateCheckFindsLiteralText() {
		Document doc = Jsoup.parse("""
				<div><p>Bonjour</p><p th:text="#{k}">Hello</p><span th:replace="~{x}"><b>Gone</b></span>
				<img alt="A logo"><img alt="" th:alt="#{k}"><p>[[#{k}]] · 12</p></div>""");
		List<String> found = new ArrayList<>();
		for (Element element : doc.getAllElements()) {
			element.textNodes()
				.stream()
				.map(t -> INLINED.matcher(t.text()).replaceAll("").trim())
				.filter(t -> LETTER.matcher(t).find() && !replacedAtRenderTime(element, BODY_REPLACING))
				.forEach(found::add);
			if (LETTER.matcher(element.attr("alt")).find() && !element.hasAttr("th:alt")) {
				found.add("alt=" + element.attr("alt"));
			}
		}
		assertThat(found).containsExactly("Bonjour", "alt=A logo");
	}

	/**
	 * Whether the element's own text is replaced at render time: the element replaces its body (th:text…), or it
	 * or an ancestor is replaced, inserted elsewhere or removed. The layout call of a page, {@code <html
	 * th:replace="~{layout/base :: layout(~{::title}, ~{::main})}">}, does not count: it renders this template's
	 * own title and main inside the layout.
	 */
	private static boolean replacedAtRenderTime(Element element, List<String> bodyReplacing) {
		if (bodyReplacing.stream().anyMatch(element::hasAttr)) {
			return true;
		}
		for (Element e = element; e != null; e = e.parent()) {
			if (BODY_REPLACING.stream().anyMatch(e::hasAttr) && e != element) {
				return true;
			}
			for (String a : ELEMENT_REPLACING) {
				if (e.hasAttr(a) && !e.attr(a).contains("~{::")) {
					return true;
				}
			}
			// th:remove="tag" and "none" keep the content; all, body and all-but-first drop it.
			if (e.hasAttr("th:remove") && !List.of("tag", "none").contains(e.attr("th:remove").trim())) {
				return true;
			}
		}
		return false;
	}

	// (c) keys named by templates and code exist

	@Test
	void everyKeyNamedByTemplatesExists() throws IOException {
		Set<String> keys = allKeys();
		Map<String, String> missing = new TreeMap<>();
		int named = 0;
		for (Path file : allTemplates()) {
			String source = Files.readString(file);
			for (Pattern pattern : List.of(TEMPLATE_KEY, QUOTED_KEY)) {
				Matcher m = pattern.matcher(source);
				while (m.find()) {
					String key = m.group(1);
					if (key.endsWith(".")) {
						continue; // a prefix completed at render time: see the enum-driven keys
					}
					named++;
					if (!keys.contains(key)) {
						missing.put(key, relative(file));
					}
				}
			}
		}
		assertThat(named).isGreaterThan(200);
		assertThat(missing).as("keys named by templates, with the template").isEmpty();
	}

	@Test
	void everyKeyNamedByTheCodeExists() throws IOException {
		Set<String> keys = allKeys();
		Map<String, String> missing = new TreeMap<>();
		int named = 0;
		List<Path> sources;
		try (Stream<Path> files = Files.walk(SOURCES)) {
			sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
		}
		for (Path file : sources) {
			Matcher m = CODE_KEY.matcher(Files.readString(file));
			while (m.find()) {
				String key = m.group(1);
				if (key.endsWith(".")) {
					continue;
				}
				named++;
				if (!keys.contains(key)) {
					missing.put(key, relative(file));
				}
			}
		}
		assertThat(named).isGreaterThan(80);
		assertThat(missing).as("keys named by the code (flash, InvalidInput, FileRejected, validation, nav, cards)")
			.isEmpty();
	}

	@Test
	void everyEnumDrivenKeyExists() throws IOException {
		Set<String> keys = allKeys();
		List<String> expected = new ArrayList<>();
		Role.TERRITORY_ROLES.forEach(r -> expected.add("territory.role." + r));
		Arrays.stream(Role.values()).forEach(r -> expected.add("territory.home.role." + r));
		Arrays.stream(AuditAction.values()).forEach(a -> expected.add("platform.audit.action." + a));
		Arrays.stream(TerritoryKind.values()).forEach(k -> expected.add("territory.kind." + k));
		Arrays.stream(AreaKind.values()).forEach(k -> expected.add("territory.areaKind." + k));
		Languages.SUPPORTED.forEach(l -> expected.add("platform.language." + l));
		for (int code : ERROR_PAGES) {
			expected.add("platform.error." + code + ".title");
			expected.add("platform.error." + code + ".text");
		}
		assertThat(keys).containsAll(expected);
	}

	// (d) pages render in every language

	@Test
	void publicPagesRenderInEveryLanguage() throws Exception {
		for (String path : List.of("/", "/login", "/t/metropole-de-lyon", "/password/forgot")) {
			for (String language : Languages.SUPPORTED) {
				assertRendered(get(path), path, language);
			}
		}
	}

	@Test
	void signedInPagesRenderInEveryLanguage() throws Exception {
		RelaisPrincipal admin = accounts.findByEmail("admin@demo.relais").orElseThrow();
		for (String path : List.of("/home", "/account", "/territory")) {
			for (String language : Languages.SUPPORTED) {
				assertRendered(get(path).with(user(admin)), path, language);
			}
		}
	}

	private void assertRendered(MockHttpServletRequestBuilder request, String path, String language)
			throws Exception {
		var response = mvc.perform(request.header("Accept-Language", language)).andReturn().getResponse();
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as("%s in %s", path, language).isEqualTo(200);
		assertThat(html).as("%s in %s", path, language)
			.contains("lang=\"" + language + "\"")
			.doesNotContain("??");
	}

	// helpers

	private static List<Path> modules() throws IOException {
		try (Stream<Path> dirs = Files.list(BUNDLES)) {
			return dirs.filter(Files::isDirectory).sorted().toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties p = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		return p;
	}

	/** Keys of every bundle; completeness across languages is checked by the bundle test. */
	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Path module : modules()) {
			for (String language : Languages.SUPPORTED) {
				Path file = module.resolve("messages_" + language + ".properties");
				if (Files.isRegularFile(file)) {
					keys.addAll(load(file).stringPropertyNames());
				}
			}
		}
		return keys;
	}

	private static List<Path> allTemplates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static List<Path> htmlTemplates() throws IOException {
		return allTemplates().stream().filter(f -> f.toString().endsWith(".html")).toList();
	}

	private static String relative(Path file) {
		return file.toString().replace('\\', '/');
	}

}
