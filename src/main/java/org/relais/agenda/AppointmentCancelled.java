package org.relais.agenda;

import java.time.Instant;
import java.util.UUID;

/**
 * A booked appointment was cancelled, by the organisation or an agent ({@code byInhabitant} false) or by the
 * inhabitant through the link of the confirmation ({@code byInhabitant} true).
 */
public record AppointmentCancelled(UUID appointmentId, UUID territoryId, boolean byInhabitant, Instant at) {
}
