package org.relais.people;

import java.time.Instant;
import java.util.UUID;

/** A person's record and consents were erased at their request (right to erasure): erase what you hold on them. */
public record BeneficiaryErased(UUID territoryId, UUID beneficiaryId, Instant at) {
}
