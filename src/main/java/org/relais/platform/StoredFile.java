package org.relais.platform;

import java.util.UUID;

/** A file accepted by {@link StoredFiles}. Public files are served to anyone; others to their territory only. */
public record StoredFile(UUID id, UUID territoryId, String originalName, String contentType, long size,
		boolean publicFile) {

	public String url() {
		return "/files/" + id;
	}

}
