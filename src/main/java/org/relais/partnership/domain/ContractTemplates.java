package org.relais.partnership.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.relais.shared.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership contract's text per territory and language: the territory's latest saved version, else the
 * default shipped with Relais ({@code partnership/contract_<lang>.txt}, version 0). Placeholders in braces are
 * filled from the request when the contract is made. Text format: a line starting with "# " is the title, "## " a
 * heading; paragraphs are separated by an empty line.
 */
@Service
public class ContractTemplates {

	/** The placeholders a template may use. */
	public static final List<String> PLACEHOLDERS = List.of("organisation", "legalId", "address", "representative",
			"representativeFunction", "territory", "date", "reference");

	static final int MAX_LENGTH = 30_000;

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]*)\\}");

	private final ContractTemplateRepository templates;

	private final Clock clock;

	ContractTemplates(ContractTemplateRepository templates, Clock clock) {
		this.templates = templates;
		this.clock = clock;
	}

	/** A template's current text and version (0: Relais' default, never saved by the territory). */
	public record Current(int version, String body) {
	}

	@Transactional(readOnly = true)
	public Current current(UUID territoryId, String language) {
		return templates.findFirstByTerritoryIdAndLanguageOrderByVersionDesc(territoryId, language)
			.map(t -> new Current(t.getVersion(), t.getBody()))
			.orElseGet(() -> new Current(0, defaultBody(language)));
	}

	/** Saves a new version; refuses an empty or too long text and unknown placeholders. */
	@Transactional
	public int save(UUID territoryId, String language, String body, UUID by) {
		if (!Languages.isSupported(language)) {
			throw new PartnershipRejected("language", "partnership.error.language");
		}
		String text = body == null ? "" : body.replace("\r\n", "\n").strip();
		if (text.isEmpty()) {
			throw new PartnershipRejected("body", "platform.validation.required");
		}
		if (text.length() > MAX_LENGTH) {
			throw new PartnershipRejected("body", "platform.validation.tooLong");
		}
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			if (!PLACEHOLDERS.contains(m.group(1))) {
				throw new PartnershipRejected("body", "partnership.template.error.placeholder");
			}
		}
		int next = current(territoryId, language).version() + 1;
		if (text.equals(current(territoryId, language).body().strip())) {
			return next - 1;
		}
		templates.save(new ContractTemplate(territoryId, language, next, text, by, clock.instant()));
		return next;
	}

	/** Replaces the placeholders by their values (an unknown or missing value by an empty text). */
	static String fill(String body, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(body);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String v = values.get(m.group(1));
			m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : v));
		}
		m.appendTail(out);
		return out.toString();
	}

	static Map<String, String> values(PartnershipRequest r, String territoryName, String date) {
		Map<String, String> v = new LinkedHashMap<>();
		v.put("organisation", r.getOrganisationName());
		v.put("legalId", r.getLegalId() == null ? "–" : r.getLegalId());
		v.put("address", r.fullAddress());
		v.put("representative", r.getRepresentativeName());
		v.put("representativeFunction", r.getRepresentativeFunction());
		v.put("territory", territoryName);
		v.put("date", date);
		v.put("reference", r.getReference());
		return v;
	}

	static String defaultBody(String language) {
		String lang = Languages.isSupported(language) ? language : Languages.DEFAULT;
		try (InputStream in = ContractTemplates.class.getResourceAsStream("/partnership/contract_" + lang + ".txt")) {
			if (in == null) {
				throw new IllegalStateException("no default contract for " + lang);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
