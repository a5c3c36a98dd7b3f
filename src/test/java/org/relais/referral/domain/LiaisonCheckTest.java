package org.relais.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.relais.directory.LiaisonField;
import org.relais.referral.LiaisonAnswer;

class LiaisonCheckTest {

	static final List<LiaisonField> FORM = List.of(new LiaisonField(0, "Situation", "TEXT", List.of(), true),
			new LiaisonField(1, "Household", "CHOICE", List.of("Alone", "Couple"), false),
			new LiaisonField(2, "Available from", "DATE", List.of(), false),
			new LiaisonField(3, "Interpreter", "YES_NO", List.of(), true));

	@Test
	void requiredQuestionsMustBeAnsweredAndValuesMustFitTheirType() {
		assertThat(LiaisonCheck.errors(FORM, Map.of(1, "Alone, with a dog", 2, "next week", 3, "maybe")))
			.containsEntry(0, "referral.referral.error.answerRequired")
			.containsEntry(1, "referral.referral.error.answerChoice")
			.containsEntry(2, "referral.referral.error.answerDate")
			.containsEntry(3, "referral.referral.error.answerChoice");
		assertThat(LiaisonCheck.errors(FORM, Map.of(0, "x".repeat(LiaisonCheck.MAX_ANSWER + 1), 3, "NO")))
			.containsOnlyKeys(0);
	}

	@Test
	void rightAnswersKeepTheQuestionsAsAskedAndLeaveOutTheRest() {
		Map<Integer, String> values = Map.of(0, " Unemployed ", 2, "2026-12-01", 3, "YES", 9, "not a question");
		assertThat(LiaisonCheck.errors(FORM, values)).isEmpty();
		assertThat(LiaisonCheck.answers(FORM, values)).containsExactly(
				new LiaisonAnswer(0, "Situation", "TEXT", "Unemployed"),
				new LiaisonAnswer(2, "Available from", "DATE", "2026-12-01"),
				new LiaisonAnswer(3, "Interpreter", "YES_NO", "YES"));
	}

}
