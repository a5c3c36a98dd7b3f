package org.relais.directory.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.relais.directory.SaturationLevel;

/**
 * Whether a service can take new people now, optionally with numbers (places available / maximum and their unit,
 * HSDS 3.1 {@code service_capacity}), and who set it when.
 */
@Embeddable
public record Saturation(
		@Enumerated(EnumType.STRING) @Column(name = "saturation_level", nullable = false, length = 16) SaturationLevel level,
		@Column(name = "places_available") Integer available,
		@Column(name = "places_maximum") Integer maximum,
		@Column(name = "places_unit", length = 40) String unit,
		@Column(name = "saturation_set_by") UUID setBy,
		@Column(name = "saturation_set_by_name", length = 200) String setByName,
		@Column(name = "saturation_set_at") Instant setAt) {

	public Saturation {
		if (level == null) {
			throw new IllegalArgumentException("level is required");
		}
		if ((available != null && available < 0) || (maximum != null && maximum < 0)) {
			throw new IllegalArgumentException("negative places");
		}
		if (available != null && maximum != null && available > maximum) {
			throw new IllegalArgumentException("more places available than the maximum");
		}
	}

	public static Saturation initial() {
		return new Saturation(SaturationLevel.AVAILABLE, null, null, null, null, null, null);
	}

}
