package org.relais.subscription.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** The price rule and how prices are written: population × rate per inhabitant and year, to the cent. */
public final class Pricing {

	private Pricing() {
	}

	/** population × rate, rounded half up to the cent: 16,420 × 0.25 = 4,105.00. */
	public static BigDecimal annual(int population, BigDecimal rate) {
		return rate.multiply(BigDecimal.valueOf(population)).setScale(2, RoundingMode.HALF_UP);
	}

	/** An amount in a currency as the language writes it ("4 105,00 €", "€4,105.00", "4.105,00 €"). */
	public static String format(BigDecimal amount, String currency, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		Currency c = Currency.getInstance(currency);
		format.setCurrency(c);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(amount);
	}

	/** A rate per inhabitant, with as many decimals as it has (at least two): "0,25 €", "€0.125". */
	public static String formatRate(BigDecimal rate, String currency, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(Currency.getInstance(currency));
		format.setMinimumFractionDigits(Math.max(2, rate.stripTrailingZeros().scale()));
		format.setMaximumFractionDigits(4);
		return format.format(rate);
	}

	/** A whole number as the language writes it ("16 420", "16,420"). */
	public static String formatCount(long n, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(n);
	}

}
