package org.relais.subscription.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.relais.subscription.SubscriptionStatus;
import org.relais.territory.TerritorySummary;

/**
 * A territory's subscription for a calendar year as its pages show it: the issued subscription's frozen population
 * and rate when there is one, else the territory's population and the current rate.
 *
 * @param population null when the territory's population is not known (no price then)
 * @param annual population × rate, or null without a population
 * @param current the invoice of this period, or null before it is issued
 * @param invoices every invoice of the territory, newest first
 */
public record SubscriptionOverview(TerritorySummary territory, Integer population, BigDecimal rate, String currency,
		BigDecimal annual, LocalDate periodStart, LocalDate periodEnd, SubscriptionStatus status,
		SubscriptionInvoice current, List<SubscriptionInvoice> invoices) {

	public boolean priced() {
		return annual != null;
	}

}
