package org.relais.directory.domain;

/** The kinds of answers a liaison form question takes. */
public enum QuestionType {
	TEXT, CHOICE, DATE, YES_NO
}
