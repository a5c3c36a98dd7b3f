package org.relais.mutualaid;

import java.util.Set;

/**
 * An action request's life. Labels: {@code mutualaid.request.status.<NAME>}.
 * <ul>
 * <li>{@code NEW}: taken, not yet offered to volunteers (or back from a failed dispatch, with an alert to the
 * desk: {@code UNANSWERED}).</li>
 * <li>{@code DISPATCHED}: offered to the top volunteers, waiting for acceptances.</li>
 * <li>{@code ACCEPTED}: enough volunteers accepted (two for a two-person request): it is a mission.</li>
 * <li>{@code DONE}: reported; {@code CANCELLED}: withdrawn by the desk.</li>
 * </ul>
 */
public enum ActionStatus {

	NEW, DISPATCHED, UNANSWERED, ACCEPTED, DONE, CANCELLED;

	public boolean open() {
		return this != DONE && this != CANCELLED;
	}

	public boolean canGoTo(ActionStatus next) {
		return switch (this) {
			case NEW, UNANSWERED -> Set.of(DISPATCHED, ACCEPTED, CANCELLED).contains(next);
			case DISPATCHED -> Set.of(DISPATCHED, ACCEPTED, UNANSWERED, CANCELLED).contains(next);
			case ACCEPTED -> Set.of(DONE, DISPATCHED, CANCELLED).contains(next);
			case DONE, CANCELLED -> false;
		};
	}

}
