package org.relais.subscription.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.relais.shared.NotFoundException;
import org.relais.subscription.SubscriptionStatus;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions and their yearly invoices: the instance-wide rate, what a territory pays for a calendar year
 * (population × rate), issuing the year's invoice (population and rate frozen) and marking it paid. No payment
 * processing.
 */
@Service
@Transactional
public class Billing {

	private final SubscriptionSettingsRepository settings;

	private final TerritorySubscriptionRepository subscriptions;

	private final SubscriptionInvoiceRepository invoices;

	private final TerritoryCatalog territories;

	private final Clock clock;

	Billing(SubscriptionSettingsRepository settings, TerritorySubscriptionRepository subscriptions,
			SubscriptionInvoiceRepository invoices, TerritoryCatalog territories, Clock clock) {
		this.settings = settings;
		this.subscriptions = subscriptions;
		this.invoices = invoices;
		this.territories = territories;
		this.clock = clock;
	}

	/** The rate and currency: the stored row, or the defaults (0.25 EUR), not written. */
	@Transactional(readOnly = true)
	public SubscriptionSettings settings() {
		return settings.findById(SubscriptionSettings.ROW).orElseGet(() -> new SubscriptionSettings(clock.instant()));
	}

	/** Changes the rate (above 0, at most 100, four decimals at most) and the currency (ISO 4217). */
	public void changeSettings(BigDecimal rate, String currency, UUID by) {
		if (rate == null || rate.signum() <= 0 || rate.compareTo(SubscriptionSettings.MAX_RATE) > 0
				|| rate.stripTrailingZeros().scale() > 4) {
			throw new BillingException("subscription.platform.error.rate");
		}
		if (!validCurrency(currency)) {
			throw new BillingException("subscription.platform.error.currency");
		}
		SubscriptionSettings s = settings.findById(SubscriptionSettings.ROW)
			.orElseGet(() -> new SubscriptionSettings(clock.instant()));
		s.change(rate, currency, by, clock.instant());
		settings.save(s);
	}

	public static boolean validCurrency(String code) {
		if (code == null || !code.matches("[A-Z]{3}")) {
			return false;
		}
		try {
			java.util.Currency.getInstance(code);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** Today in the territory's time zone. */
	@Transactional(readOnly = true)
	public LocalDate today(TerritorySummary territory) {
		return LocalDate.now(clock.withZone(ZoneId.of(territory.timeZone())));
	}

	/** The territory's subscription for the current calendar year. */
	@Transactional(readOnly = true)
	public SubscriptionOverview overview(UUID territoryId) {
		TerritorySummary territory = territory(territoryId);
		LocalDate today = today(territory);
		LocalDate start = today.withDayOfYear(1);
		List<SubscriptionInvoice> all = invoices.findByTerritoryIdOrderByIssuedOnDescNumberDesc(territoryId);
		Optional<TerritorySubscription> issued = subscriptions.findByTerritoryIdAndPeriodStart(territoryId, start);
		if (issued.isPresent()) {
			TerritorySubscription s = issued.get();
			SubscriptionInvoice current = invoices.findBySubscriptionId(s.getId()).orElse(null);
			SubscriptionStatus status = current != null && current.overdueOn(today) ? SubscriptionStatus.OVERDUE
					: s.getStatus();
			return new SubscriptionOverview(territory, s.getPopulation(), s.getRate(), s.getCurrency(), s.amount(),
					s.getPeriodStart(), s.getPeriodEnd(), status, current, all);
		}
		SubscriptionSettings rate = settings();
		Integer population = knownPopulation(territory);
		BigDecimal annual = population == null ? null : Pricing.annual(population, rate.getRate());
		return new SubscriptionOverview(territory, population, rate.getRate(), rate.getCurrency(), annual, start,
				start.plusYears(1).minusDays(1), SubscriptionStatus.TRIAL, null, all);
	}

	/** Every territory's subscription for the current year, for the platform admin. */
	@Transactional(readOnly = true)
	public List<SubscriptionOverview> all() {
		return territories.all().stream().map(t -> overview(t.id())).toList();
	}

	/**
	 * Issues the invoice of the current calendar year: the subscription is written with the population and rate of
	 * today, the invoice numbered REL-year-NNNN, due 30 days later. Refused without a population, or when the year's
	 * invoice exists.
	 */
	public SubscriptionInvoice issue(UUID territoryId, UUID by) {
		TerritorySummary territory = territory(territoryId);
		LocalDate today = today(territory);
		LocalDate start = today.withDayOfYear(1);
		Optional<TerritorySubscription> existing = subscriptions.findByTerritoryIdAndPeriodStart(territoryId, start);
		if (existing.isPresent() && invoices.findBySubscriptionId(existing.get().getId()).isPresent()) {
			throw new BillingException("subscription.error.alreadyIssued");
		}
		Integer population = knownPopulation(territory);
		if (population == null) {
			throw new BillingException("subscription.error.population");
		}
		SubscriptionSettings rate = settings();
		TerritorySubscription subscription = existing.orElseGet(() -> subscriptions.save(new TerritorySubscription(
				territoryId, start, start.plusYears(1).minusDays(1), population, rate.getRate(), rate.getCurrency(),
				clock.instant())));
		String prefix = "REL-" + today.getYear() + "-";
		String number = prefix + String.format(Locale.ROOT, "%04d", invoices.countByNumberStartingWith(prefix) + 1);
		return invoices.save(new SubscriptionInvoice(subscription, number, today, by));
	}

	/** Marks an invoice paid today; refused when it already is. */
	public void markPaid(UUID invoiceId, UUID by) {
		SubscriptionInvoice invoice = invoices.findById(invoiceId)
			.orElseThrow(() -> NotFoundException.of("invoice", invoiceId));
		if (invoice.isPaid()) {
			throw new BillingException("subscription.error.alreadyPaid");
		}
		invoice.markPaid(today(territory(invoice.getTerritoryId())), by);
	}

	/** An invoice of the territory, or 404. */
	@Transactional(readOnly = true)
	public SubscriptionInvoice invoice(UUID territoryId, UUID invoiceId) {
		return invoices.findByIdAndTerritoryId(invoiceId, territoryId)
			.orElseThrow(() -> NotFoundException.of("invoice", invoiceId));
	}

	/** The subscription an invoice bills. */
	@Transactional(readOnly = true)
	public TerritorySubscription subscriptionOf(SubscriptionInvoice invoice) {
		return subscriptions.findById(invoice.getSubscriptionId()).orElseThrow();
	}

	private static Integer knownPopulation(TerritorySummary territory) {
		Integer p = territory.population();
		return p == null || p <= 0 ? null : p;
	}

	private TerritorySummary territory(UUID territoryId) {
		return territories.find(territoryId).orElseThrow(() -> NotFoundException.of("territory", territoryId));
	}

}
