package org.relais.territory.domain;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.territory.AreaKind;
import org.relais.territory.AreaSummary;

@Entity
@Table(name = "reference_area")
public class ReferenceArea {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "parent_id")
	private UUID parentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AreaKind kind;

	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "postal_codes")
	private String postalCodes;

	private Double latitude;

	private Double longitude;

	private Integer population;

	protected ReferenceArea() {
	}

	public ReferenceArea(UUID territoryId, UUID parentId, AreaKind kind, String code, String name,
			List<String> postalCodes, Double latitude, Double longitude, Integer population) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.parentId = parentId;
		this.kind = kind;
		this.code = code;
		this.name = name;
		this.postalCodes = String.join(",", postalCodes);
		this.latitude = latitude;
		this.longitude = longitude;
		this.population = population;
	}

	public UUID getId() {
		return id;
	}

	public AreaSummary toSummary() {
		return new AreaSummary(id, parentId, kind, code, name,
				postalCodes == null || postalCodes.isBlank() ? List.of() : Arrays.asList(postalCodes.split(",")),
				latitude, longitude, population);
	}

}
