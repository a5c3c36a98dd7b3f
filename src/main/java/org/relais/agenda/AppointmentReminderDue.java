package org.relais.agenda;

import java.time.Instant;
import java.util.UUID;

/** A booked appointment starts within the reminder delay: remind the person, once (the job flags it). */
public record AppointmentReminderDue(UUID appointmentId, UUID territoryId, Instant at) {
}
