package org.relais.directory.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/** Reads a file of one format into records, handing each over as soon as it is read. */
interface RecordReader {

	/** What a reader needs to know of the territory: the language of texts without one, the country. */
	record Context(String language, String country) {
	}

	/**
	 * @throws UnreadableFileException when the file is not of this format at all
	 */
	void read(InputStream in, Context context, Consumer<ImportRecord> sink) throws IOException;

	/** The file as a whole cannot be read; the message key says why. */
	final class UnreadableFileException extends RuntimeException {

		private final ImportMessage reason;

		UnreadableFileException(String key, Object... args) {
			super(key, null, false, false);
			this.reason = ImportMessage.of(key, args);
		}

		ImportMessage reason() {
			return reason;
		}

	}

}
