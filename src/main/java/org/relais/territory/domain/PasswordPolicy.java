package org.relais.territory.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

import org.springframework.stereotype.Component;

/**
 * Passwords are judged by how easily they are guessed (nbvcxz: dictionaries of common passwords, names and
 * words, keyboard patterns, dates, the person's own email and name), not by composition rules; at least 12
 * characters.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	/** The message key of the first problem, or empty when the password is acceptable. */
	public Optional<String> problem(String password, String... personalWords) {
		if (password == null || password.isBlank()) {
			return Optional.of("territory.password.required");
		}
		if (password.length() < MIN_LENGTH) {
			return Optional.of("territory.password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("territory.password.tooLong");
		}
		Result result = estimator(personalWords).estimate(password);
		if (!result.isMinimumEntropyMet()) {
			return Optional.of("territory.password.tooGuessable");
		}
		return Optional.empty();
	}

	private Nbvcxz estimator(String... personalWords) {
		List<String> words = new ArrayList<>();
		for (String w : personalWords) {
			if (w != null) {
				for (String part : w.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
					if (part.length() >= 3) {
						words.add(part);
					}
				}
			}
		}
		words.add("relais");
		DictionaryBuilder exclusions = new DictionaryBuilder().setDictionaryName("exclude").setExclusion(true);
		words.forEach(w -> exclusions.addWord(w, 0));
		List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
		dictionaries.add(exclusions.createDictionary());
		Configuration configuration = new ConfigurationBuilder().setDictionaries(dictionaries)
			.setMinimumEntropy(40d)
			.createConfiguration();
		return new Nbvcxz(configuration);
	}

}
