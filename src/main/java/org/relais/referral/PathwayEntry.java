package org.relais.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of a person's pathway, as a module contributes it: when, what kind, a title (a message key with plain
 * arguments, so each reader gets it in their language), an optional detail key, a link, and which receiving
 * organisation may see it besides the agents of the territory ({@code null}: agents only).
 *
 * @param kind a short stable code of the contributing thing, e.g. {@code referral}, {@code note}, {@code appointment}
 * @param titleArgs plain-text arguments of the title (names, dates already formatted are not expected: pass text)
 * @param detailKey a message key for a second line (e.g. the status), or null
 * @param text free text written by a person (a note), shown as is (escaped), or null
 */
public record PathwayEntry(Instant at, String kind, String titleKey, List<String> titleArgs, String detailKey,
		String text, String link, UUID visibleToOrganisationId) {

	public PathwayEntry {
		titleArgs = titleArgs == null ? List.of() : List.copyOf(titleArgs);
	}

}
