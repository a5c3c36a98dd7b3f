package org.relais.directory.exchange;

import java.util.Locale;
import java.util.Optional;

/** The file formats the directory imports. */
public enum ImportFormat {

	/** HSDS 3.0 JSON: a service, a list of services, an organisation with nested services, a list, a Page. */
	HSDS("hsds"),
	/** The HSDS 3.0 tabular datapackage: a zip of CSV files (organizations.csv, services.csv…). */
	HSDS_CSV("hsds-csv"),
	/** data·inclusion v1: one object {@code {"structures": […], "services": […]}}. */
	DATA_INCLUSION("datainclusion"),
	/** Relais' own CSV template: one row per service, with its organisation's columns. */
	CSV("csv");

	private final String code;

	ImportFormat(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Optional<ImportFormat> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String c = code.trim().toLowerCase(Locale.ROOT);
		for (ImportFormat f : values()) {
			if (f.code.equals(c)) {
				return Optional.of(f);
			}
		}
		return Optional.empty();
	}

}
