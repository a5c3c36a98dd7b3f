package org.relais.desk;

/**
 * What a request type did with a submission.
 *
 * @param detailLink the page of the record it made (shown in the queue and the pathway), or null
 * @param redirect where the agent goes next (e.g. the orientation page, pre-filled), or null to stay on the desk
 * @param status the desk request's status now (e.g. {@link DeskStatus#IN_PROGRESS} once routed)
 */
public record DeskOutcome(String detailLink, String redirect, DeskStatus status) {

	public static DeskOutcome stay(String detailLink, DeskStatus status) {
		return new DeskOutcome(detailLink, null, status);
	}

}
