package org.relais.referral;

/**
 * The answer to one question of the service's liaison form, with the question as it was asked (its position in
 * the form, label and type: TEXT, CHOICE, DATE or YES_NO) so that a later change of the form does not change
 * what was sent.
 */
public record LiaisonAnswer(int position, String label, String type, String value) {
}
