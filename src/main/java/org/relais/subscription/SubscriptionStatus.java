package org.relais.subscription;

/**
 * A territory's subscription for a period. Labels: {@code subscription.status.<NAME>}. {@code TRIAL} before the first
 * paid period, {@code ACTIVE} while a period runs and its invoice is issued or paid, {@code OVERDUE} when the invoice
 * of the running period is unpaid after its due date, {@code ENDED} when the territory stopped.
 */
public enum SubscriptionStatus {

	TRIAL, ACTIVE, OVERDUE, ENDED

}
