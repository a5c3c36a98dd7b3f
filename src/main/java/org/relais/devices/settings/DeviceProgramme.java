package org.relais.devices.settings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the programme's settings are read: a territory without a settings row gets defaults from its country
 * (CHF 150 in Switzerland, 150 EUR elsewhere, every two weeks, cut-off on Wednesday).
 */
@Service
public class DeviceProgramme {

	/** The default cycles are counted from this Monday, so that "every two weeks" means the same weeks every day. */
	static final LocalDate DEFAULT_ANCHOR = LocalDate.of(2026, 1, 5);

	private final DeviceSettingsRepository settings;

	private final TerritoryCatalog territories;

	private final Clock clock;

	DeviceProgramme(DeviceSettingsRepository settings, TerritoryCatalog territories, Clock clock) {
		this.settings = settings;
		this.territories = territories;
		this.clock = clock;
	}

	/**
	 * The territory's settings, or its defaults when the admin never saved any. The defaults are not written: two
	 * first uses at the same time must not race to insert the same row (the admin's page and the demo save them).
	 */
	@Transactional(readOnly = true)
	public DeviceSettings settings(UUID territoryId) {
		return settings.findById(territoryId).orElseGet(() -> defaults(territoryId));
	}

	@Transactional(readOnly = true)
	public Optional<DeviceSettings> existing(UUID territoryId) {
		return settings.findById(territoryId);
	}

	/** The territory's own date today (its time zone). */
	public LocalDate today(UUID territoryId) {
		return LocalDate.now(clock.withZone(zone(territoryId)));
	}

	public ZoneId zone(UUID territoryId) {
		return territories.find(territoryId).map(t -> ZoneId.of(t.timeZone())).orElse(ZoneId.of("Europe/Zurich"));
	}

	private DeviceSettings defaults(UUID territoryId) {
		String country = territories.find(territoryId).map(TerritorySummary::country).orElse("CH");
		String currency = "CH".equals(country) || "LI".equals(country) ? "CHF" : "EUR";
		return new DeviceSettings(territoryId, new BigDecimal("150.00"), currency, DEFAULT_ANCHOR, clock.instant());
	}

}
