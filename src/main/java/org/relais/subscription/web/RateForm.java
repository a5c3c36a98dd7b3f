package org.relais.subscription.web;

import java.math.BigDecimal;

/** The platform admin's rate form: kept as text so that bad input comes back as typed. */
class RateForm {

	private String rate;

	private String currency;

	public String getRate() {
		return rate;
	}

	public void setRate(String rate) {
		this.rate = rate;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	/** The rate typed with a point or a comma, or null when it is not a number. */
	BigDecimal rateValue() {
		if (rate == null || rate.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(rate.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	String currencyValue() {
		return currency == null ? null : currency.strip().toUpperCase(java.util.Locale.ROOT);
	}

}
