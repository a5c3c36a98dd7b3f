package org.relais.subscription.web;

import java.util.Locale;

import org.relais.subscription.billing.Pricing;
import org.relais.subscription.billing.SubscriptionInvoice;
import org.relais.subscription.billing.SubscriptionOverview;

/** A subscription's figures written in the reader's language; {@code annual} and {@code population} null if unknown. */
record PriceView(SubscriptionOverview overview, String population, String rate, String annual) {

	static PriceView of(SubscriptionOverview o, Locale locale) {
		return new PriceView(o, o.population() == null ? null : Pricing.formatCount(o.population(), locale),
				Pricing.formatRate(o.rate(), o.currency(), locale),
				o.annual() == null ? null : Pricing.format(o.annual(), o.currency(), locale));
	}

	public String amount(SubscriptionInvoice invoice, Locale locale) {
		return Pricing.format(invoice.getAmount(), invoice.getCurrency(), locale);
	}

}
