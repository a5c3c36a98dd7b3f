package org.relais.directory.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.relais.directory.domain.Taxonomy;
import org.springframework.stereotype.Component;

/**
 * The vocabularies Relais publishes as HSDS taxonomies: data·inclusion needs (categories as parent terms), publics
 * and service types, with French labels (the standard's language) and stable ids.
 */
@Component
class HsdsTaxonomies {

	/** A published taxonomy: its key, name, description, URI and vocabulary. */
	record Published(String key, String name, String description, String uri, Taxonomy.Vocabulary vocabulary) {

		UUID id() {
			return HsdsIds.taxonomy(key);
		}
	}

	/** A term: its taxonomy, code, label, description and parent term (need categories). */
	record Term(Published taxonomy, String code, String name, UUID parentId) {

		UUID id() {
			return HsdsIds.term(taxonomy.key(), code);
		}
	}

	static final List<Published> TAXONOMIES = List.of(
			new Published("thematiques", "data·inclusion thématiques",
					"Besoins auxquels répond un service (data·inclusion v1), et besoins ajoutés par Relais",
					"https://www.data.inclusion.beta.gouv.fr/schemas/thematiques", Taxonomy.Vocabulary.NEEDS),
			new Published("publics", "data·inclusion publics", "Publics auxquels un service s’adresse",
					"https://www.data.inclusion.beta.gouv.fr/schemas/publics", Taxonomy.Vocabulary.PUBLICS),
			new Published("types-de-services", "data·inclusion types de services", "Nature du service rendu",
					"https://www.data.inclusion.beta.gouv.fr/schemas/types-de-services", Taxonomy.Vocabulary.SERVICE_TYPES));

	private final Taxonomy taxonomy;

	HsdsTaxonomies(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	Optional<Published> taxonomy(UUID id) {
		return TAXONOMIES.stream().filter(t -> t.id().equals(id)).findFirst();
	}

	Published of(Taxonomy.Vocabulary vocabulary) {
		return TAXONOMIES.stream().filter(t -> t.vocabulary() == vocabulary).findFirst().orElseThrow();
	}

	/** Every term, categories of needs first. */
	List<Term> terms() {
		Map<UUID, Term> terms = new LinkedHashMap<>();
		Locale fr = Locale.FRENCH;
		for (Published p : TAXONOMIES) {
			if (p.vocabulary() == Taxonomy.Vocabulary.NEEDS) {
				for (Taxonomy.Category c : taxonomy.needCategories()) {
					Term category = new Term(p, c.code(), taxonomy.categoryLabel(c.code(), fr), null);
					terms.put(category.id(), category);
					for (String need : c.needs()) {
						Term t = new Term(p, need, taxonomy.label(p.vocabulary(), need, fr), category.id());
						terms.put(t.id(), t);
					}
				}
			}
			else {
				for (String code : taxonomy.codes(p.vocabulary())) {
					Term t = new Term(p, code, taxonomy.label(p.vocabulary(), code, fr), null);
					terms.put(t.id(), t);
				}
			}
		}
		return new ArrayList<>(terms.values());
	}

	Optional<Term> term(UUID id) {
		return terms().stream().filter(t -> t.id().equals(id)).findFirst();
	}

	Term term(Taxonomy.Vocabulary vocabulary, String code) {
		Published p = of(vocabulary);
		UUID parent = vocabulary == Taxonomy.Vocabulary.NEEDS && taxonomy.categoryOf(code) != null
				? HsdsIds.term(p.key(), taxonomy.categoryOf(code)) : null;
		return new Term(p, code, taxonomy.label(vocabulary, code, Locale.FRENCH), parent);
	}

}
