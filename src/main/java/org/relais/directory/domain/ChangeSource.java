package org.relais.directory.domain;

/** Where a change of a directory entry came from. */
public enum ChangeSource {
	WEB, API, IMPORT, SYSTEM
}
