package org.relais.devices.stock;

import java.time.LocalDate;

/** An erasure record as entered: passes only for an overwrite, who verified only when verified. */
public record ErasureDraft(ErasureMethod method, Integer passes, String tool, LocalDate erasedOn, String operatorName,
		boolean verified, String verifiedBy, String notes) {
}
