package org.relais.directory;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;

/** When a place is open, in its territory's time zone (weekly hours, holidays and exceptions taken into account). */
public interface OpeningTimes {

	/** Hours not given: neither open nor closed at any time. */
	OpeningTimes UNKNOWN = new OpeningTimes() {

		@Override
		public boolean known() {
			return false;
		}

		@Override
		public boolean isOpen(Instant at) {
			return false;
		}

		@Override
		public Optional<ZonedDateTime> nextOpening(Instant from) {
			return Optional.empty();
		}

	};

	/** Whether hours are given at all. */
	boolean known();

	boolean isOpen(Instant at);

	/** The next time it opens at or after {@code from} (now, when it is open). */
	Optional<ZonedDateTime> nextOpening(Instant from);

}
