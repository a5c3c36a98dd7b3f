package org.relais.referral.partner;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A territory's periods for the referral jobs; a territory without a row uses the defaults (issue 5: a reminder
 * every 10 days, expiry after 30 days without an answer, attachments kept 6 months after closure).
 */
@Entity
@Table(name = "ref_settings")
class ReferralSettings {

	static final int DEFAULT_REMINDER_DAYS = 10;

	static final int DEFAULT_EXPIRY_DAYS = 30;

	static final int DEFAULT_RETENTION_MONTHS = 6;

	@Id
	@Column(name = "territory_id")
	private UUID territoryId;

	@Column(name = "reminder_days", nullable = false)
	private int reminderDays;

	@Column(name = "expiry_days", nullable = false)
	private int expiryDays;

	@Column(name = "attachment_retention_months", nullable = false)
	private int retentionMonths;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by")
	private UUID updatedBy;

	protected ReferralSettings() {
	}

	ReferralSettings(UUID territoryId) {
		this.territoryId = territoryId;
		this.reminderDays = DEFAULT_REMINDER_DAYS;
		this.expiryDays = DEFAULT_EXPIRY_DAYS;
		this.retentionMonths = DEFAULT_RETENTION_MONTHS;
		this.updatedAt = Instant.EPOCH;
	}

	void change(int reminderDays, int expiryDays, int retentionMonths, UUID by, Instant now) {
		this.reminderDays = reminderDays;
		this.expiryDays = expiryDays;
		this.retentionMonths = retentionMonths;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	UUID getTerritoryId() {
		return territoryId;
	}

	int getReminderDays() {
		return reminderDays;
	}

	int getExpiryDays() {
		return expiryDays;
	}

	int getRetentionMonths() {
		return retentionMonths;
	}

}
