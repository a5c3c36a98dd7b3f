package org.relais.mutualaid;

/** How worrying a volunteer's wellbeing concern is. Labels: {@code mutualaid.concern.level.<NAME>}. */
public enum ConcernLevel {

	LOW, MEDIUM, HIGH

}
