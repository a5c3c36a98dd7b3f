package org.relais.mutualaid;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What a volunteer may know of an action before accepting it: its reference, type, when and the commune. Never the
 * place, the notes or the person's name.
 *
 * @param commune the name of the person's commune, or null when unknown
 */
public record ActionNotice(String reference, ActionType actionType, WhenKind whenKind, LocalDate onDate,
		DayPart dayPart, LocalTime exactTime, String commune) {
}
