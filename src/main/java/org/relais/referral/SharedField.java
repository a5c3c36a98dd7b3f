package org.relais.referral;

import java.util.List;

/**
 * A field of the person's record a referral shares with the receiving organisation (labels:
 * {@code referral.referral.field.CODE}). A referral stores which fields were shared, never their values: pages read
 * the values through {@code People.read} when they show them.
 *
 * <p>
 * A service's liaison form (directory) asks questions but does not say which fields of the person it needs, so
 * every referral offers the same minimal set, {@link #DEFAULT}: the name, the birth year and how to reach the
 * person. Nothing sensitive (situations, notes) is ever shared.
 */
public enum SharedField {

	NAME, BIRTH_YEAR, PHONE, EMAIL;

	public static final List<SharedField> DEFAULT = List.of(NAME, BIRTH_YEAR, PHONE, EMAIL);

}
