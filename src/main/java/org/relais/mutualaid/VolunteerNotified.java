package org.relais.mutualaid;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/**
 * Something a volunteer must hear of, by mail (to {@code email}) and in the app (to {@code userId}, when they have an
 * account): their account was activated, a document was verified or rejected (with the reason), a document expires
 * soon (then the coordinators, {@code coordinatorIds}, hear of it in the app too), a new charter version awaits their
 * signature. The proof's label is {@code mutualaid.proof.type.<proofCode>} unless the territory named it
 * ({@code proofName}).
 *
 * @param id the notice's own id (a mail is sent once per id)
 * @param date the expiry date (EXPIRING), else null
 * @param charterVersion the new version (CHARTER), else null
 */
@PersonalDataRetention("not stored: read from the volunteer's record when the notice is issued")
public record VolunteerNotified(UUID id, UUID territoryId, UUID volunteerId, UUID userId, @PersonalData String email,
		@PersonalData String name, String language, Kind kind, String proofCode, String proofName, LocalDate date,
		String reason, Integer charterVersion, List<UUID> coordinatorIds) {

	public enum Kind {

		ACTIVATED, PROOF_VERIFIED, PROOF_REJECTED, PROOF_EXPIRING, CHARTER

	}

	public VolunteerNotified {
		coordinatorIds = coordinatorIds == null ? List.of() : List.copyOf(coordinatorIds);
	}

}
