package org.relais.directory;

/** Whether a service can take new people now (HSDS 3.1 {@code service_capacity} carries the numbers). */
public enum SaturationLevel {
	AVAILABLE, LIMITED, WAITLIST, FULL
}
