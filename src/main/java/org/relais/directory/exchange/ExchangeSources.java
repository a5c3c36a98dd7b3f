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

	/**
	 * The id an entry goes out with in a format: its external id when it came from that format's source (so that
	 * the source's own ids stay), else its Relais id (which an import finds again).
	 */
	static String exportId(String formatSource, String source, String externalId, java.util.UUID id) {
		return formatSource.equals(source) && externalId != null ? externalId : id.toString();
	}

	private ExchangeSources() {
	}

}
