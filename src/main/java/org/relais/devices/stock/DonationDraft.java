package org.relais.devices.stock;

import java.time.LocalDate;

/** A donation as entered at reception. */
public record DonationDraft(DonorKind donorKind, String donorName, String contactEmail, String contactPhone,
		String donorLanguage, LocalDate receivedOn, String notes) {
}
