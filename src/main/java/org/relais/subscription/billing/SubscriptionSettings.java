package org.relais.subscription.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The instance-wide price of a subscription: a rate per inhabitant and year, in a currency. One row, id 1. */
@Entity
@Table(name = "sub_settings")
public class SubscriptionSettings {

	/** Bip Pop's rate: 0.25 per inhabitant and year. */
	public static final BigDecimal DEFAULT_RATE = new BigDecimal("0.25");

	public static final String DEFAULT_CURRENCY = "EUR";

	/** A rate above this is a typing error (100 per inhabitant and year). */
	public static final BigDecimal MAX_RATE = new BigDecimal("100");

	static final int ROW = 1;

	@Id
	private int id;

	@Column(nullable = false, precision = 12, scale = 4)
	private BigDecimal rate;

	@Column(nullable = false, length = 3)
	private String currency;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by")
	private UUID updatedBy;

	protected SubscriptionSettings() {
	}

	SubscriptionSettings(Instant now) {
		this.id = ROW;
		this.rate = DEFAULT_RATE;
		this.currency = DEFAULT_CURRENCY;
		this.updatedAt = now;
	}

	void change(BigDecimal rate, String currency, UUID by, Instant now) {
		this.rate = rate;
		this.currency = currency;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	public BigDecimal getRate() {
		return rate;
	}

	public String getCurrency() {
		return currency;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
