package org.relais.desk;

import java.util.Set;
import java.util.UUID;

/**
 * What a request type may know when the desk draws its fields: the territory, the person (already read by the
 * desk, which logged the read) and the reader's language.
 *
 * @param situations the person's situation codes ({@code org.relais.people.Situations}), to suggest a category
 */
public record DeskContext(UUID territoryId, UUID personId, Set<String> situations, String language) {

	public DeskContext {
		situations = situations == null ? Set.of() : Set.copyOf(situations);
	}

}
