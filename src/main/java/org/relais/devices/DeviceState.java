package org.relais.devices;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A device's life in the programme (Labdoo, Snipe-IT): received from a donor, refurbished (wiped, checked), ready,
 * reserved for an order, shipped in a parcel, delivered to the partner, handed over to the person; side exits
 * recycled, rejected (not worth refurbishing), returned (came back from a partner or a person). Every transition
 * is recorded with who and when.
 */
public enum DeviceState {

	RECEIVED, IN_REFURBISHMENT, READY, RESERVED, SHIPPED, DELIVERED_TO_PARTNER, HANDED_OVER, RECYCLED, REJECTED,
	RETURNED;

	private static final Map<DeviceState, Set<DeviceState>> NEXT = Map.of(RECEIVED,
			EnumSet.of(IN_REFURBISHMENT, REJECTED, RECYCLED), IN_REFURBISHMENT, EnumSet.of(READY, REJECTED, RECYCLED),
			READY, EnumSet.of(RESERVED, IN_REFURBISHMENT, RECYCLED), RESERVED, EnumSet.of(SHIPPED, READY), SHIPPED,
			EnumSet.of(DELIVERED_TO_PARTNER, RETURNED), DELIVERED_TO_PARTNER, EnumSet.of(HANDED_OVER, RETURNED),
			HANDED_OVER, EnumSet.of(RETURNED), RETURNED, EnumSet.of(IN_REFURBISHMENT, RECYCLED), RECYCLED,
			EnumSet.noneOf(DeviceState.class), REJECTED, EnumSet.of(RECYCLED));

	/** The states a device may go to from this one. */
	public Set<DeviceState> next() {
		return NEXT.get(this);
	}

	public boolean canGoTo(DeviceState target) {
		return NEXT.get(this).contains(target);
	}

	/** Whether the device is still in the programme's hands (counted in the stock). */
	public boolean inStock() {
		return this == RECEIVED || this == IN_REFURBISHMENT || this == READY || this == RESERVED;
	}

}
