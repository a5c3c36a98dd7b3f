package org.relais.people.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many months without activity a territory keeps a person's identity before anonymising it. */
@Entity
@Table(name = "ppl_retention_setting")
public class RetentionSetting {

	public static final int DEFAULT_MONTHS = 24;

	public static final int MIN_MONTHS = 6;

	public static final int MAX_MONTHS = 120;

	@Id
	@Column(name = "territory_id")
	private UUID territoryId;

	@Column(nullable = false)
	private int months;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by")
	private UUID updatedBy;

	protected RetentionSetting() {
	}

	public RetentionSetting(UUID territoryId, int months, UUID by, Instant now) {
		this.territoryId = territoryId;
		change(months, by, now);
	}

	public void change(int newMonths, UUID by, Instant now) {
		if (newMonths < MIN_MONTHS || newMonths > MAX_MONTHS) {
			throw new IllegalArgumentException("retention months out of range: " + newMonths);
		}
		this.months = newMonths;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public int getMonths() {
		return months;
	}

}
