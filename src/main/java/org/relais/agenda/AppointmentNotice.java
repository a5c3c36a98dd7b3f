package org.relais.agenda;

import java.time.ZonedDateTime;
import java.util.UUID;

import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/**
 * What a confirmation, reminder or cancellation notice needs to say about one appointment: when (in the territory's
 * time zone), what, where, the reference, the booked state, how to reach the person (name, phone, email: each may be
 * null) and in which language, and the path of the inhabitant's own page (to make absolute with the base URL), where
 * the appointment can be cancelled.
 */
@PersonalDataRetention("not stored: read from the appointment when a notice is sent")
public record AppointmentNotice(UUID id, UUID territoryId, String reference, String title, String organisationName,
		String place, ZonedDateTime start, ZonedDateTime end, boolean booked, @PersonalData String contactName,
		@PersonalData String contactPhone, @PersonalData String contactEmail, String language, String ownPagePath) {
}
