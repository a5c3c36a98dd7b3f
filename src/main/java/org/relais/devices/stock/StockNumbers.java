package org.relais.devices.stock;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritoryKind;
import org.relais.territory.TerritorySummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readable numbers printed on labels and documents: a territory prefix, the two-digit year and a sequence, e.g.
 * asset tag {@code ZH-26-00042}, donation {@code ZH-26-D0003}, erasure certificate {@code ZH-26-E0017}. A Swiss
 * canton's prefix is its usual abbreviation; another territory's, the first two letters of its slug's last word.
 * Each series is a counter row locked while a number is taken.
 */
@Component
class StockNumbers {

	/** The cantons' abbreviations in the order of their BFS numbers (1 Zürich … 26 Jura). */
	private static final List<String> CANTONS = List.of("ZH", "BE", "LU", "UR", "SZ", "OW", "NW", "GL", "ZG", "FR",
			"SO", "BS", "BL", "SH", "AR", "AI", "SG", "GR", "AG", "TG", "TI", "VD", "VS", "NE", "GE", "JU");

	private final StockCounterRepository counters;

	private final DeviceRepository devices;

	private final TerritoryCatalog territories;

	StockNumbers(StockCounterRepository counters, DeviceRepository devices, TerritoryCatalog territories) {
		this.counters = counters;
		this.devices = devices;
		this.territories = territories;
	}

	/** A new asset tag, never one already on a device (a tag given by other means is skipped). */
	@Transactional(propagation = Propagation.MANDATORY)
	String assetTag(UUID territoryId, LocalDate day) {
		String series = series(territoryId, day);
		String tag;
		do {
			tag = series + "-" + String.format(Locale.ROOT, "%05d", next(series));
		}
		while (devices.findByAssetTag(tag).isPresent());
		return tag;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String donationReference(UUID territoryId, LocalDate day) {
		String series = series(territoryId, day) + "-D";
		return series + String.format(Locale.ROOT, "%04d", next(series));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String certificateNumber(UUID territoryId, LocalDate day) {
		String series = series(territoryId, day) + "-E";
		return series + String.format(Locale.ROOT, "%05d", next(series));
	}

	private int next(String series) {
		StockCounter counter = counters.lock(series).orElseGet(() -> counters.saveAndFlush(new StockCounter(series)));
		return counter.next();
	}

	private String series(UUID territoryId, LocalDate day) {
		return prefix(territories.find(territoryId).orElseThrow()) + "-"
				+ String.format(Locale.ROOT, "%02d", day.getYear() % 100);
	}

	static String prefix(TerritorySummary territory) {
		if (territory.kind() == TerritoryKind.CANTON && "CH".equals(territory.country())
				&& territory.officialCode() != null && territory.officialCode().matches("\\d{1,2}")) {
			int bfs = Integer.parseInt(territory.officialCode());
			if (bfs >= 1 && bfs <= CANTONS.size()) {
				return CANTONS.get(bfs - 1);
			}
		}
		String slug = territory.slug();
		String word = slug.substring(slug.lastIndexOf('-') + 1);
		String ascii = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
		return (ascii.length() >= 2 ? ascii.substring(0, 2) : (ascii + "XX").substring(0, 2)).toUpperCase(Locale.ROOT);
	}

}
