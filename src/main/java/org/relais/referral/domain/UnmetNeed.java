package org.relais.referral.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A need for which no service of the territory could take the person, asked on a day in an area (commune code,
 * postal code, or none). Nothing identifies the person or the asker.
 */
@Entity
@Table(name = "ref_unmet_need")
public class UnmetNeed {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "need_code", nullable = false, length = 120)
	private String needCode;

	@Column(name = "area_code", length = 10)
	private String areaCode;

	@Column(name = "recorded_on", nullable = false)
	private LocalDate recordedOn;

	protected UnmetNeed() {
	}

	public UnmetNeed(UUID territoryId, String needCode, String areaCode, LocalDate recordedOn) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.needCode = needCode;
		this.areaCode = areaCode;
		this.recordedOn = recordedOn;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public String getNeedCode() {
		return needCode;
	}

	public String getAreaCode() {
		return areaCode;
	}

	public LocalDate getRecordedOn() {
		return recordedOn;
	}

}
