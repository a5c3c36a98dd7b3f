package org.relais.platform;

import java.io.InputStream;
import java.util.Set;
import java.util.UUID;

/**
 * The one upload service of Relais. A file is accepted only when its size is within the limit and its
 * extension, declared type and actual content (magic bytes) agree with one of the allowed kinds. Files are
 * stored outside the web root under {@code RELAIS_DATA_DIR/files} and served by {@code /files/{id}} with
 * {@code Content-Disposition}, only to the territory that owns them unless public.
 */
public interface StoredFiles {

	/** Kinds of files a module may accept. */
	enum Kind {

		IMAGE, PDF, DOCUMENT

	}

	/**
	 * @throws FileRejectedException with a message key when the file is refused
	 */
	StoredFile store(UUID territoryId, String originalName, InputStream content, long declaredSize,
			Set<Kind> allowed, boolean publicFile);

	java.util.Optional<StoredFile> find(UUID id);

	void delete(UUID id);

	/** The content of a stored file, for a module that serves it under its own access rules. */
	java.util.Optional<org.springframework.core.io.Resource> content(UUID id);

	/** Thrown when a file is refused; {@link #messageKey()} says why, in the reader's language. */
	final class FileRejectedException extends RuntimeException {

		private final String messageKey;

		public FileRejectedException(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}

	}

}
