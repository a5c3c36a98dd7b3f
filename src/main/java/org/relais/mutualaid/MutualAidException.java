package org.relais.mutualaid;

import org.relais.shared.RuleRefusal;

/**
 * A step the mutual-aid rules refuse (an expired insurance, an acceptance that came too late, a seat beyond
 * capacity…): thrown before anything is written; the web layer shows the message next to {@code field} (or on top
 * when null).
 *
 * @param messageKey a key of the mutualaid bundle
 */
public class MutualAidException extends RuleRefusal {

	public MutualAidException(String field, String messageKey, Object... args) {
		super(field, messageKey, args);
	}

}
