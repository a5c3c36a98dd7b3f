package org.relais.mutualaid.carpool;

/** A driver's offer: open (seats may be taken) or cancelled by the driver or the staff. */
public enum CarpoolOfferStatus {

	OPEN, CANCELLED

}
