package org.relais.directory.exchange;

/** The {@code source} values imports give entries; with the external id they make the upsert key. */
final class ExchangeSources {

	/** HSDS JSON and HSDS tabular files share their ids. */
	static final String HSDS = "hsds";

	static final String DATA_INCLUSION = "data-inclusion";

	/** Rows of the Relais CSV template without a source of their own. */
	static final String CSV = "csv";

	/** Entries made in Relais itself: their external id is their Relais id. */
	static final String RELAIS = "relais";

	private ExchangeSources() {
	}

}
