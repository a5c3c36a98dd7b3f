package org.relais.agenda;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * What a new or changed event says. Times are wall-clock times in {@code timeZone} (null: the territory's). An
 * all-day event runs from the start's date to the end's date, both included (times ignored). The place is a
 * directory location, an address or an online link (any of them, or none). The organiser is an organisation of the
 * territory, or the territory itself when null. {@code recurrence} null: a single event.
 */
public record EventDraft(String title, String description, LocalDateTime start, LocalDateTime end, boolean allDay,
		String timeZone, UUID locationId, String address, String onlineUrl, UUID organiserOrganisationId,
		EventCategory category, EventVisibility visibility, Integer capacity, Recurrence recurrence) {

	public static final int MAX_TITLE = 200;

	public static final int MAX_DESCRIPTION = 10_000;

	public static final int MAX_ADDRESS = 300;

	public static final int MAX_URL = 500;

	public static final int MAX_CAPACITY = 100_000;

}
