package org.relais.directory.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Legal identifiers and free text as partners type them. */
class EntryRulesTest {

	@Test
	void siretIsFourteenDigitsWithALuhnKey() {
		assertThat(LegalIds.normalise("SIRET", "732 829 320 00074")).isEqualTo("73282932000074");
		assertThat(LegalIds.normalise("SIRET", "73282932000075")).isNull();
		assertThat(LegalIds.normalise("SIRET", "7328293200007")).isNull();
		assertThat(LegalIds.normalise("SIRET", "35600000000001")).as("La Poste: digit sum").isEqualTo("35600000000001");
	}

	@Test
	void rnaIsAWAndNineDigits() {
		assertThat(LegalIds.normalise("RNA", "w691234567")).isEqualTo("W691234567");
		assertThat(LegalIds.normalise("RNA", "W69123456")).isNull();
		assertThat(LegalIds.normalise("RNA", "691234567X")).isNull();
	}

	@Test
	void swissUidHasAModElevenKey() {
		assertThat(LegalIds.normalise("CHE", "CHE-116.281.710")).isEqualTo("CHE-116.281.710");
		assertThat(LegalIds.normalise("CHE", "che116281710")).isEqualTo("CHE-116.281.710");
		assertThat(LegalIds.normalise("CHE", "CHE-116.281.711")).isNull();
	}

	@Test
	void belgianNumberHasAModNinetySevenKey() {
		// 0403.170.701: 97 - (4031707 mod 97) = 1
		assertThat(LegalIds.normalise("BCE", "0403.170.701")).isEqualTo("0403.170.701");
		assertThat(LegalIds.normalise("BCE", "0403.170.702")).isNull();
		assertThat(LegalIds.normalise("BCE", "403170701")).isNull();
	}

	@Test
	void htmlIsStrippedAndScriptsAreCaught() {
		assertThat(EntryText.clean("Le <b>mardi</b> & le *jeudi*\n- a < b")).isEqualTo("Le mardi & le *jeudi*\n- a < b");
		assertThat(EntryText.clean("  ")).isNull();
		assertThat(EntryText.hasScript("Bonjour <script>alert(1)</script>")).isTrue();
		assertThat(EntryText.hasScript("<img src=x onerror=alert(1)>")).isTrue();
		assertThat(EntryText.hasScript("[lien](javascript:alert(1))")).isTrue();
		assertThat(EntryText.hasScript("Ouvert le lundi, fermé le mardi.")).isFalse();
	}

}
