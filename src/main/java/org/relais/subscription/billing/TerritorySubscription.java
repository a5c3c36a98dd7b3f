package org.relais.subscription.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.relais.subscription.SubscriptionStatus;

/**
 * A territory's subscription for one period (a calendar year by default), written when its invoice is issued: the
 * population and rate are frozen then, so that a later census or a new rate does not change an issued price.
 */
@Entity
@Table(name = "sub_subscription")
public class TerritorySubscription {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "period_start", nullable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", nullable = false)
	private LocalDate periodEnd;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private SubscriptionStatus status;

	@Column(nullable = false)
	private int population;

	@Column(nullable = false, precision = 12, scale = 4)
	private BigDecimal rate;

	@Column(nullable = false, length = 3)
	private String currency;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected TerritorySubscription() {
	}

	TerritorySubscription(UUID territoryId, LocalDate periodStart, LocalDate periodEnd, int population,
			BigDecimal rate, String currency, Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.status = SubscriptionStatus.ACTIVE;
		this.population = population;
		this.rate = rate;
		this.currency = currency;
		this.createdAt = now;
	}

	/** The price of the period: population × rate, rounded half up to the cent. */
	public BigDecimal amount() {
		return Pricing.annual(population, rate);
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public LocalDate getPeriodStart() {
		return periodStart;
	}

	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	public SubscriptionStatus getStatus() {
		return status;
	}

	public int getPopulation() {
		return population;
	}

	public BigDecimal getRate() {
		return rate;
	}

	public String getCurrency() {
		return currency;
	}

}
