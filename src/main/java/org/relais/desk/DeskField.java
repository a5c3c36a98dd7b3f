package org.relais.desk;

import java.util.List;

/**
 * One detail a request type asks for once the agent chose it: few of them, the desk draws them as a form.
 *
 * @param name the form parameter, unique within the type
 * @param labelKey message key of the label
 * @param kind how it is entered
 * @param options the choices of a {@link Kind#CHOICE} (radio buttons), empty otherwise
 * @param defaultValue pre-selected or pre-filled value (e.g. a category suggested from the person's situation), or
 * null
 * @param required whether the desk refuses an empty value (with {@code desk.error.required} next to the field)
 * @param hintKey message key of a hint under the field, or null
 */
public record DeskField(String name, String labelKey, Kind kind, List<Option> options, String defaultValue,
		boolean required, String hintKey) {

	public DeskField {
		options = options == null ? List.of() : List.copyOf(options);
	}

	public enum Kind {

		CHOICE, TEXT, TEXTAREA, DATE

	}

	/** A choice: the submitted value and the message key of its label. */
	public record Option(String value, String labelKey) {
	}

}
