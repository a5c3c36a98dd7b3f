package org.relais.devices;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A device request from the desk to the hand-over: {@code TO_ROUTE} (at the desk, new or declined by a partner),
 * {@code ROUTED} (a partner judges the need), {@code APPROVED}, {@code ORDERED}, {@code ALLOCATED} (devices reserved
 * in a shipment batch), {@code SHIPPED}, {@code RECEIVED} (by the partner), {@code HANDED_OVER} (closed);
 * {@code CANCELLED} at any open step.
 */
public enum DeviceRequestStatus {

	TO_ROUTE, ROUTED, APPROVED, ORDERED, ALLOCATED, SHIPPED, RECEIVED, HANDED_OVER, CANCELLED;

	private static final Map<DeviceRequestStatus, Set<DeviceRequestStatus>> NEXT = Map.of(TO_ROUTE,
			EnumSet.of(ROUTED, CANCELLED), ROUTED, EnumSet.of(APPROVED, TO_ROUTE, CANCELLED), APPROVED,
			EnumSet.of(ORDERED, CANCELLED), ORDERED, EnumSet.of(ALLOCATED, CANCELLED), ALLOCATED,
			EnumSet.of(SHIPPED, ORDERED, CANCELLED), SHIPPED, EnumSet.of(RECEIVED), RECEIVED, EnumSet.of(HANDED_OVER),
			HANDED_OVER, EnumSet.noneOf(DeviceRequestStatus.class), CANCELLED,
			EnumSet.noneOf(DeviceRequestStatus.class));

	public boolean canGoTo(DeviceRequestStatus target) {
		return NEXT.get(this).contains(target);
	}

	public boolean isOpen() {
		return this != HANDED_OVER && this != CANCELLED;
	}

}
