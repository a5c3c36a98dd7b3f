package org.relais.directory.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A question of a service's liaison form: what the partner wants to know when someone is referred to it.
 * Choices (for {@link QuestionType#CHOICE}) are kept one per line.
 */
@Embeddable
public record LiaisonQuestion(@Column(name = "label", nullable = false, length = 300) String label,
		@Enumerated(EnumType.STRING) @Column(name = "type", nullable = false, length = 16) QuestionType type,
		@Column(name = "choices", length = 2000) String choices,
		@Column(name = "required", nullable = false) boolean required) {

	public LiaisonQuestion {
		if (label == null || label.isBlank() || type == null) {
			throw new IllegalArgumentException("a question needs a label and a type");
		}
		if (type == QuestionType.CHOICE && choiceList(choices).size() < 2) {
			throw new IllegalArgumentException("a choice question needs at least two choices");
		}
	}

	public List<String> choiceList() {
		return choiceList(choices);
	}

	private static List<String> choiceList(String choices) {
		return choices == null ? List.of()
				: Arrays.stream(choices.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
