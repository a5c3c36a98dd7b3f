package org.relais.referral.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.relais.referral.LiaisonAnswer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON texts of a referral: the liaison answers, keyed by the question's position in the form
 * ({@code {"0":{"label":…,"type":…,"value":…}}}), and the service's names by language.
 */
final class Json {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> NAMES = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Answer>> ANSWERS = new TypeReference<>() {
	};

	/** An answer as stored. */
	record Answer(String label, String type, String value) {
	}

	private Json() {
	}

	static String writeNames(Map<String, String> names) {
		return names == null || names.isEmpty() ? null : JSON.writeValueAsString(new TreeMap<>(names));
	}

	static Map<String, String> readNames(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		try {
			return JSON.readValue(json, NAMES);
		}
		catch (JacksonException ex) {
			return Map.of();
		}
	}

	static String writeAnswers(List<LiaisonAnswer> answers) {
		Map<String, Answer> out = new LinkedHashMap<>();
		for (LiaisonAnswer a : answers) {
			out.put(Integer.toString(a.position()), new Answer(a.label(), a.type(), a.value()));
		}
		return JSON.writeValueAsString(out);
	}

	static List<LiaisonAnswer> readAnswers(String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		try {
			List<LiaisonAnswer> out = new ArrayList<>();
			JSON.readValue(json, ANSWERS)
				.forEach((k, a) -> out.add(new LiaisonAnswer(Integer.parseInt(k), a.label(), a.type(), a.value())));
			out.sort((x, y) -> Integer.compare(x.position(), y.position()));
			return out;
		}
		catch (JacksonException | NumberFormatException ex) {
			return List.of();
		}
	}

}
