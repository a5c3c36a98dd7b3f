package org.relais.desk;

/**
 * Where a desk request stands. {@code NEW}: to triage or to (re)route; {@code IN_PROGRESS}: handed to whoever does
 * the work; {@code WAITING}: waiting for the person or for stock; {@code DONE} and {@code CANCELLED} close it.
 */
public enum DeskStatus {

	NEW, IN_PROGRESS, WAITING, DONE, CANCELLED;

	public boolean isOpen() {
		return this != DONE && this != CANCELLED;
	}

}
