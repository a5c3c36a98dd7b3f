package org.relais.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.relais.subscription.billing.Pricing;
import org.relais.subscription.kit.Kits;

/** The price rule (population × rate, half up to the cent), how prices are written, the desk phone rule. */
class PricingTest {

	@Test
	void aCommuneOf16420InhabitantsPays4105AtTheDefaultRate() {
		assertThat(Pricing.annual(16_420, new BigDecimal("0.25"))).isEqualByComparingTo("4105.00")
			.hasToString("4105.00");
	}

	@Test
	void roundsHalfUpToTheCent() {
		assertThat(Pricing.annual(3, new BigDecimal("0.125"))).hasToString("0.38");
		assertThat(Pricing.annual(1, new BigDecimal("0.0049"))).hasToString("0.00");
		assertThat(Pricing.annual(1_416_545, new BigDecimal("0.25"))).hasToString("354136.25");
	}

	@Test
	void pricesAreWrittenAsEachLanguageDoes() {
		BigDecimal price = new BigDecimal("4105.00");
		assertThat(Pricing.format(price, "EUR", Locale.ENGLISH)).isEqualTo("€4,105.00");
		assertThat(Pricing.format(price, "EUR", Locale.FRENCH)).matches("4[\\u00A0\\u202F ]105,00[\\u00A0\\u202F ]€");
		assertThat(Pricing.format(price, "EUR", Locale.GERMAN)).matches("4\\.105,00[\\u00A0 ]€");
		assertThat(Pricing.formatRate(new BigDecimal("0.2500"), "EUR", Locale.ENGLISH)).isEqualTo("€0.25");
		assertThat(Pricing.formatRate(new BigDecimal("0.125"), "EUR", Locale.ENGLISH)).isEqualTo("€0.125");
	}

	@Test
	void aDeskPhoneIsDigitsSpacesAndALeadingPlus() {
		assertThat(Kits.validPhone("04 72 00 00 00")).isTrue();
		assertThat(Kits.validPhone("+41 44 000 00 00")).isTrue();
		assertThat(Kits.validPhone("123456")).isTrue();
		assertThat(Kits.validPhone("12345")).isFalse();
		assertThat(Kits.validPhone("04-72-00-00-00")).isFalse();
		assertThat(Kits.validPhone("call 0472000000")).isFalse();
		assertThat(Kits.validPhone("0472 + 00")).isFalse();
		assertThat(Kits.validPhone("+ + + + + + +")).isFalse();
		assertThat(Kits.validPhone("0".repeat(21))).isFalse();
		assertThat(Kits.validPhone(null)).isFalse();
	}

}
