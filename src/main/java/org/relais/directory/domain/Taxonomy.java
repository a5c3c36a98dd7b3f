package org.relais.directory.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vocabularies of the directory: data·inclusion v1 enumerations (needs grouped in categories, publics, service
 * types, fees, reception and mobilisation modes, who mobilises), Relais' own extra needs, accessibility features,
 * and the terms the instance admin adds ({@link ExtraTerm}). Labels come from the {@code taxonomy} message bundle
 * in four languages; extra terms carry their own.
 */
@Component
public class Taxonomy {

	/** A vocabulary, its data·inclusion file (if any) and the message key prefix of its labels. */
	public enum Vocabulary {
		NEEDS("thematiques", "taxonomy.need."), PUBLICS("publics", "taxonomy.public."),
		SERVICE_TYPES("types-de-services", "taxonomy.serviceType."), FEES("frais", "taxonomy.fee."),
		RECEPTION("modes-accueil", "taxonomy.reception."), MOBILISATION("modes-mobilisation", "taxonomy.mobilisation."),
		MOBILISERS("personnes-mobilisatrices", "taxonomy.mobiliser."), ACCESSIBILITY(null, "taxonomy.accessibility."),
		PREREQUISITES(null, "taxonomy.prerequisite."), DOCUMENTS(null, "taxonomy.document.");

		final String file;

		final String keyPrefix;

		Vocabulary(String file, String keyPrefix) {
			this.file = file;
			this.keyPrefix = keyPrefix;
		}

		public String keyPrefix() {
			return keyPrefix;
		}
	}

	/** Accessibility features a location or service may offer. */
	public static final List<String> ACCESSIBILITY = List.of("wheelchair", "step-free", "accessible-toilet",
			"hearing-loop", "sign-language", "easy-read", "braille", "quiet-space");

	/**
	 * The global list of access conditions a service may set (as in DORA); an organisation adds its own in the
	 * service's free text.
	 */
	public static final List<String> PREREQUISITES = List.of("referral-by-professional", "social-worker-follow-up",
			"residence-in-area", "speaks-local-language", "reads-and-writes", "basic-computer-skills", "email-address",
			"valid-residence-permit", "registered-job-seeker", "appointment-required", "able-to-travel");

	/** The global list of documents to bring; an organisation adds its own in the service's free text. */
	public static final List<String> DOCUMENTS = List.of("identity-document", "residence-permit", "proof-of-address",
			"proof-of-income", "family-record-book", "health-insurance-card", "benefits-certificate",
			"job-seeker-certificate", "bank-details", "referral-letter", "cv", "medical-certificate");

	/** Relais' own mobilisation mode: a referral through Relais with the liaison form. */
	public static final String RELAIS_REFERRAL = "relais-referral";

	/** A category of needs and its needs, in order. */
	public record Category(String code, List<String> needs) {
	}

	private final MessageSource messages;

	private final ExtraTermRepository extraTerms;

	private final Map<Vocabulary, Set<String>> codes = new EnumMap<>(Vocabulary.class);

	private final Map<String, Category> categories = new LinkedHashMap<>();

	private volatile Map<String, ExtraTerm> extras;

	private final Map<String, String> categoryOf = new ConcurrentHashMap<>();

	public Taxonomy(MessageSource messages, ExtraTermRepository extraTerms) {
		this.messages = messages;
		this.extraTerms = extraTerms;
		JsonMapper json = JsonMapper.builder().build();
		for (Vocabulary v : Vocabulary.values()) {
			Set<String> set = new LinkedHashSet<>();
			if (v.file != null) {
				set.addAll(values(json, "directory/taxonomy/" + v.file + ".json"));
			}
			if (v == Vocabulary.NEEDS) {
				set.addAll(values(json, "directory/taxonomy/relais-needs.json"));
			}
			if (v == Vocabulary.ACCESSIBILITY) {
				set.addAll(ACCESSIBILITY);
			}
			if (v == Vocabulary.PREREQUISITES) {
				set.addAll(PREREQUISITES);
			}
			if (v == Vocabulary.DOCUMENTS) {
				set.addAll(DOCUMENTS);
			}
			if (v == Vocabulary.MOBILISATION) {
				set.add(RELAIS_REFERRAL);
			}
			codes.put(v, Collections.unmodifiableSet(set));
		}
		Map<String, List<String>> byCategory = new LinkedHashMap<>();
		for (String need : codes.get(Vocabulary.NEEDS)) {
			String category = need.substring(0, need.indexOf("--"));
			byCategory.computeIfAbsent(category, c -> new ArrayList<>()).add(need);
			categoryOf.put(need, category);
		}
		byCategory.forEach((c, needs) -> categories.put(c, new Category(c, List.copyOf(needs))));
	}

	private static List<String> values(JsonMapper json, String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			List<String> values = new ArrayList<>();
			for (JsonNode item : json.readTree(in)) {
				values.add(item.get("value").asString());
			}
			return values;
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + resource, ex);
		}
	}

	private Map<String, ExtraTerm> extras() {
		Map<String, ExtraTerm> e = extras;
		if (e == null) {
			e = new LinkedHashMap<>();
			for (ExtraTerm t : extraTerms.findAll()) {
				e.put(t.getCode(), t);
			}
			extras = e;
		}
		return e;
	}

	/** Forget the cached extra terms (after the instance admin changed them). */
	public void refresh() {
		extras = null;
	}

	/** Every code of a vocabulary, extra terms included. */
	public Set<String> codes(Vocabulary vocabulary) {
		String taxonomy = vocabulary == Vocabulary.NEEDS ? "needs" : vocabulary == Vocabulary.PUBLICS ? "publics" : null;
		if (taxonomy == null) {
			return codes.get(vocabulary);
		}
		Set<String> all = new LinkedHashSet<>(codes.get(vocabulary));
		extras().values().stream().filter(t -> t.getTaxonomy().equals(taxonomy)).forEach(t -> all.add(t.getCode()));
		return all;
	}

	public boolean isValid(Vocabulary vocabulary, String code) {
		if (codes.get(vocabulary).contains(code)) {
			return true;
		}
		String taxonomy = vocabulary == Vocabulary.NEEDS ? "needs" : vocabulary == Vocabulary.PUBLICS ? "publics" : null;
		ExtraTerm extra = taxonomy == null ? null : extras().get(code);
		return extra != null && extra.getTaxonomy().equals(taxonomy);
	}

	/** The codes not in the vocabulary (empty when all are known). */
	public List<String> unknown(Vocabulary vocabulary, Collection<String> candidates) {
		if (candidates == null || candidates.isEmpty()) {
			return List.of();
		}
		return candidates.stream().filter(c -> !isValid(vocabulary, c)).toList();
	}

	/** Need categories in order, each with its needs (extra needs under their category). */
	public List<Category> needCategories() {
		Map<String, List<String>> all = new LinkedHashMap<>();
		categories.values().forEach(c -> all.put(c.code(), new ArrayList<>(c.needs())));
		for (ExtraTerm t : extras().values()) {
			if (t.getTaxonomy().equals("needs")) {
				all.computeIfAbsent(t.getParentCode() == null ? "relais" : t.getParentCode(), c -> new ArrayList<>())
					.add(t.getCode());
			}
		}
		List<Category> list = new ArrayList<>();
		all.forEach((c, needs) -> list.add(new Category(c, List.copyOf(needs))));
		return list;
	}

	/** The category of a need, or null for an unknown code. */
	public String categoryOf(String need) {
		String c = categoryOf.get(need);
		if (c == null) {
			ExtraTerm t = extras().get(need);
			c = t == null ? null : t.getParentCode() == null ? "relais" : t.getParentCode();
		}
		return c;
	}

	/** The label of a code in a language; an unknown code is shown as it is. */
	public String label(Vocabulary vocabulary, String code, Locale locale) {
		ExtraTerm t = extras().get(code);
		if (t != null) {
			String l = t.getLabel().get(locale.getLanguage(), "fr");
			return l == null ? code : l;
		}
		try {
			return messages.getMessage(vocabulary.keyPrefix + code, null, locale);
		}
		catch (NoSuchMessageException ex) {
			return code;
		}
	}

	public String categoryLabel(String category, Locale locale) {
		try {
			return messages.getMessage("taxonomy.needCategory." + category, null, locale);
		}
		catch (NoSuchMessageException ex) {
			return category;
		}
	}

}
