package org.relais.mutualaid.carpool;

/** A seat request: waiting for a driver, confirmed in an offer, or cancelled. */
public enum CarpoolSeatStatus {

	REQUESTED, CONFIRMED, CANCELLED

}
