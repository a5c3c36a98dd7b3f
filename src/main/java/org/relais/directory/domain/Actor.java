package org.relais.directory.domain;

import java.util.UUID;

/** Who changes a directory entry: a user (id and display name) or a process (null id), and through what. */
public record Actor(UUID userId, String name, ChangeSource source) {

	public static Actor system(String name) {
		return new Actor(null, name, ChangeSource.SYSTEM);
	}

}
