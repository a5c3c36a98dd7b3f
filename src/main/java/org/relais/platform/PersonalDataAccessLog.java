package org.relais.platform;

import java.util.UUID;

/**
 * Writes every read of a personal record (who, when, what) so that the territory admin can read and export
 * it. Modules that show personal data call {@link #recordRead} from the page or API that shows it.
 */
public interface PersonalDataAccessLog {

	/**
	 * @param subjectType what kind of record was read, e.g. {@code user}, {@code beneficiary}
	 * @param subjectId its id
	 * @param what which part was shown, e.g. {@code profile}, {@code sensitive:MIGRATION}
	 */
	void recordRead(String subjectType, UUID subjectId, String what);

}
