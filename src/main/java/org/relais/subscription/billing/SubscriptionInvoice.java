package org.relais.subscription.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A yearly invoice of a subscription ("REL-2026-0001"), due 30 days after issue; marked paid by the platform admin. */
@Entity
@Table(name = "sub_invoice")
public class SubscriptionInvoice {

	/** Days between issue and due date. */
	public static final int PAYMENT_DAYS = 30;

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "subscription_id", nullable = false)
	private UUID subscriptionId;

	@Column(nullable = false, length = 32)
	private String number;

	@Column(name = "issued_on", nullable = false)
	private LocalDate issuedOn;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(nullable = false, precision = 14, scale = 2)
	private BigDecimal amount;

	@Column(nullable = false, length = 3)
	private String currency;

	@Column(name = "issued_by")
	private UUID issuedBy;

	@Column(name = "paid_on")
	private LocalDate paidOn;

	@Column(name = "paid_by")
	private UUID paidBy;

	@Version
	private long version;

	protected SubscriptionInvoice() {
	}

	SubscriptionInvoice(TerritorySubscription subscription, String number, LocalDate issuedOn, UUID issuedBy) {
		this.id = UUID.randomUUID();
		this.territoryId = subscription.getTerritoryId();
		this.subscriptionId = subscription.getId();
		this.number = number;
		this.issuedOn = issuedOn;
		this.dueOn = issuedOn.plusDays(PAYMENT_DAYS);
		this.amount = subscription.amount();
		this.currency = subscription.getCurrency();
		this.issuedBy = issuedBy;
	}

	void markPaid(LocalDate on, UUID by) {
		this.paidOn = on;
		this.paidBy = by;
	}

	public boolean isPaid() {
		return paidOn != null;
	}

	/** Unpaid after its due date. */
	public boolean overdueOn(LocalDate day) {
		return paidOn == null && day.isAfter(dueOn);
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public UUID getSubscriptionId() {
		return subscriptionId;
	}

	public String getNumber() {
		return number;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getCurrency() {
		return currency;
	}

	public LocalDate getPaidOn() {
		return paidOn;
	}

}
