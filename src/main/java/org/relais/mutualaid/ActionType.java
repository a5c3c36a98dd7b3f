package org.relais.mutualaid;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a volunteer does for a person. Labels: {@code mutualaid.action.<NAME>}. {@link #driving()} actions need a
 * driving licence and car insurance by default; {@link #homeVisit()} actions are the ones a territory may require in
 * pairs.
 */
public enum ActionType {

	VISIT, WALK, ACCOMPANIMENT, SHOPPING, READING, PHONE_CALL, ERRANDS, CARPOOL, DIGITAL_HELP;

	public boolean driving() {
		return this == CARPOOL;
	}

	public boolean homeVisit() {
		return this == VISIT || this == READING || this == DIGITAL_HELP;
	}

	/** Whether it happens at the person's place or with them (a phone call does not need a place or a distance). */
	public boolean inPerson() {
		return this != PHONE_CALL;
	}

	/** "VISIT,WALK" → the set; unknown names are ignored. */
	public static Set<ActionType> parse(String csv) {
		if (csv == null || csv.isBlank()) {
			return EnumSet.noneOf(ActionType.class);
		}
		Set<ActionType> set = EnumSet.noneOf(ActionType.class);
		for (String s : csv.split(",")) {
			Arrays.stream(values()).filter(v -> v.name().equals(s.strip())).findFirst().ifPresent(set::add);
		}
		return set;
	}

	public static String format(Set<ActionType> types) {
		return types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	public static Set<ActionType> all() {
		return new LinkedHashSet<>(Arrays.asList(values()));
	}

}
