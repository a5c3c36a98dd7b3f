package org.relais.territory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Passwords are judged by length and by how easily they are guessed, the person's own words included. */
class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\t" })
	void missingPasswordIsRequired(String password) {
		assertThat(policy.problem(password)).contains("territory.password.required");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a", "Xq7#pL2!vZ9", "shortphrase" })
	void underTwelveCharactersIsTooShort(String password) {
		assertThat(password).hasSizeLessThan(12);
		assertThat(policy.problem(password)).contains("territory.password.tooShort");
	}

	@Test
	void twelveCharactersAreEnoughWhenNotGuessable() {
		assertThat(policy.problem("Xq7#pL2!vZ9m")).isEmpty();
	}

	@Test
	void over128CharactersIsTooLong() {
		assertThat(policy.problem("Tangerine tramway sleeps. ".repeat(5))).contains("territory.password.tooLong");
		assertThat(policy.problem("Tangerine tramway sleeps. ".repeat(4) + "Ok, violet bridge!")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "azertyuiop12", "qwertyuiop123", "123456789012", "motdepasse123",
			"aaaaaaaaaaaa", "Password2024!" })
	void commonPasswordsAndKeyboardRunsAreTooGuessable(String password) {
		assertThat(password).hasSizeGreaterThanOrEqualTo(12);
		assertThat(policy.problem(password)).contains("territory.password.tooGuessable");
	}

	@Test
	void thePersonsOwnEmailAndNameAreRefused() {
		String email = "quentin.varbolski@orbitel.fr";
		String name = "Quentin Varbolski";
		String password = "varbolskiorbitel";
		// strong enough from a stranger…
		assertThat(policy.problem(password)).isEmpty();
		// …but not from the person whose email and name it is made of
		assertThat(policy.problem(password, email, name)).contains("territory.password.tooGuessable");
		assertThat(policy.problem(password, null, name)).contains("territory.password.tooGuessable");
		assertThat(policy.problem(password, email)).contains("territory.password.tooGuessable");
	}

	@Test
	void theNameOfTheApplicationIsRefused() {
		assertThat(policy.problem("relaisrelais")).contains("territory.password.tooGuessable");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Tangerine tramway sleeps under 7 violet bridges", "gravier-lanterne-pivoine-ourson",
			"Brume sur le quai 14, la mouette rit" })
	void longUnexpectedPassphrasesAreAccepted(String password) {
		assertThat(policy.problem(password, "claire.fontaine@demo.relais", "Claire Fontaine")).isEmpty();
	}

}
