package org.relais.devices.shipment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relais.devices.DeviceType;
import org.relais.devices.KeyboardLayout;

/**
 * Which waiting orders a batch can serve from the READY stock: orders first-in-first-out (ordered at); each needs
 * {@code quantity} devices of its type and, for a laptop, its keyboard layout (none asked: any layout); devices are
 * taken first received first (the order of the stock list); an order is served wholly or not at all, and one that
 * the stock cannot cover waits without blocking later orders of other kinds or smaller size.
 */
final class AllocationRule {

	/** A waiting order. */
	record OrderLine(UUID id, DeviceType type, KeyboardLayout layout, int quantity, Instant orderedAt) {
	}

	/** A READY device. */
	record StockDevice(UUID id, DeviceType type, KeyboardLayout layout) {
	}

	/** Devices given to one order. */
	record Allocation(UUID orderId, List<UUID> deviceIds) {
	}

	/** What a batch would contain, and the orders left waiting, both oldest first. */
	record Plan(List<Allocation> allocations, List<UUID> waiting) {

		boolean isEmpty() {
			return allocations.isEmpty();
		}

	}

	private AllocationRule() {
	}

	/**
	 * @param orders the waiting orders, in any order
	 * @param stock the READY devices, first received first
	 */
	static Plan plan(List<OrderLine> orders, List<StockDevice> stock) {
		Set<StockDevice> left = new LinkedHashSet<>(stock);
		List<Allocation> allocations = new ArrayList<>();
		List<UUID> waiting = new ArrayList<>();
		List<OrderLine> fifo = orders.stream()
			.sorted(Comparator.comparing(OrderLine::orderedAt).thenComparing(o -> o.id().toString()))
			.toList();
		for (OrderLine order : fifo) {
			List<StockDevice> taken = left.stream().filter(d -> fits(order, d)).limit(order.quantity()).toList();
			if (order.quantity() > 0 && taken.size() == order.quantity()) {
				taken.forEach(left::remove);
				allocations.add(new Allocation(order.id(), taken.stream().map(StockDevice::id).toList()));
			}
			else {
				waiting.add(order.id());
			}
		}
		return new Plan(List.copyOf(allocations), List.copyOf(waiting));
	}

	static boolean fits(OrderLine order, StockDevice device) {
		if (order.type() != device.type()) {
			return false;
		}
		return !order.type().hasKeyboard() || order.layout() == null || order.layout() == device.layout();
	}

}
