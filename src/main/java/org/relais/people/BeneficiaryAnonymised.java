package org.relais.people;

import java.time.Instant;
import java.util.UUID;

/** A person's identity was removed after the territory's retention period: clear your copies of it. */
public record BeneficiaryAnonymised(UUID territoryId, UUID beneficiaryId, Instant at) {
}
