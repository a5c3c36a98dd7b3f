package org.relais.mutualaid.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.relais.mutualaid.MutualAidException;
import org.relais.territory.TerritoryCatalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the mutual-aid settings and the territory's clock are read: a territory without a settings row gets the
 * defaults (not written: two first uses must not race to insert the same row).
 */
@Service
public class MutualAid {

	private final MutualAidSettingsRepository settings;

	private final TerritoryCatalog territories;

	private final Clock clock;

	MutualAid(MutualAidSettingsRepository settings, TerritoryCatalog territories, Clock clock) {
		this.settings = settings;
		this.territories = territories;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public MutualAidSettings settings(UUID territoryId) {
		return settings.findById(territoryId).orElseGet(() -> new MutualAidSettings(territoryId, clock.instant()));
	}

	/**
	 * Saves a change, writing the row the first time.
	 * @throws MutualAidException (fields {@code topN}, {@code delayHours}, {@code meetingMonths}) out of range
	 */
	@Transactional
	public MutualAidSettings change(UUID territoryId, boolean twoPerson, int topN, int delayHours, int meetingMonths,
			boolean concernsToPartner, UUID by) {
		if (topN < MutualAidSettings.MIN_TOP_N || topN > MutualAidSettings.MAX_TOP_N) {
			throw new MutualAidException("topN", "mutualaid.error.settings.topN", MutualAidSettings.MIN_TOP_N,
					MutualAidSettings.MAX_TOP_N);
		}
		if (delayHours < MutualAidSettings.MIN_DELAY_HOURS || delayHours > MutualAidSettings.MAX_DELAY_HOURS) {
			throw new MutualAidException("delayHours", "mutualaid.error.settings.delay",
					MutualAidSettings.MIN_DELAY_HOURS, MutualAidSettings.MAX_DELAY_HOURS);
		}
		if (meetingMonths < MutualAidSettings.MIN_MEETING_MONTHS
				|| meetingMonths > MutualAidSettings.MAX_MEETING_MONTHS) {
			throw new MutualAidException("meetingMonths", "mutualaid.error.settings.meeting",
					MutualAidSettings.MIN_MEETING_MONTHS, MutualAidSettings.MAX_MEETING_MONTHS);
		}
		MutualAidSettings s = settings.findById(territoryId)
			.orElseGet(() -> settings.save(new MutualAidSettings(territoryId, clock.instant())));
		s.change(twoPerson, topN, delayHours, meetingMonths, concernsToPartner, by, clock.instant());
		return s;
	}

	public ZoneId zone(UUID territoryId) {
		return territories.find(territoryId).map(t -> ZoneId.of(t.timeZone())).orElse(ZoneId.of("Europe/Paris"));
	}

	/** The territory's own date today. */
	public LocalDate today(UUID territoryId) {
		return LocalDate.now(clock.withZone(zone(territoryId)));
	}

	public ZonedDateTime now(UUID territoryId) {
		return ZonedDateTime.now(clock.withZone(zone(territoryId)));
	}

}
