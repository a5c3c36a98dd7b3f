package org.relais.agenda;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment was booked (by an agent for a known person, or by an inhabitant on the public page). Carries ids
 * only: the listener reads the appointment through {@link Appointments#notice(UUID)}, so no contact detail travels
 * through the event publication registry.
 */
public record AppointmentBooked(UUID appointmentId, UUID territoryId, Instant at) {
}
