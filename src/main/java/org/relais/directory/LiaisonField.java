package org.relais.directory;

import java.util.List;

/**
 * A question of a service's liaison form as other modules read it: its position in the form, label, type
 * ({@code TEXT}, {@code CHOICE}, {@code DATE} or {@code YES_NO}), choices (for CHOICE) and whether it must be
 * answered.
 */
public record LiaisonField(int position, String label, String type, List<String> choices, boolean required) {

	public LiaisonField {
		choices = choices == null ? List.of() : List.copyOf(choices);
	}

}
