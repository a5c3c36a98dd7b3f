package org.relais.devices.shipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.devices.DeviceType;
import org.relais.devices.KeyboardLayout;
import org.relais.devices.shipment.AllocationRule.Allocation;
import org.relais.devices.shipment.AllocationRule.OrderLine;
import org.relais.devices.shipment.AllocationRule.Plan;
import org.relais.devices.shipment.AllocationRule.StockDevice;

class AllocationRuleTest {

	private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

	private static OrderLine order(DeviceType type, KeyboardLayout layout, int quantity, int minutes) {
		return new OrderLine(UUID.randomUUID(), type, layout, quantity, T0.plusSeconds(60L * minutes));
	}

	private static StockDevice device(DeviceType type, KeyboardLayout layout) {
		return new StockDevice(UUID.randomUUID(), type, layout);
	}

	@Test
	void theOldestOrderIsServedFirstWithTheFirstReceivedDevice() {
		OrderLine late = order(DeviceType.LAPTOP, KeyboardLayout.CH_DE, 1, 10);
		OrderLine early = order(DeviceType.LAPTOP, KeyboardLayout.CH_DE, 1, 0);
		StockDevice first = device(DeviceType.LAPTOP, KeyboardLayout.CH_DE);
		StockDevice second = device(DeviceType.LAPTOP, KeyboardLayout.CH_DE);

		Plan plan = AllocationRule.plan(List.of(late, early), List.of(first));

		assertThat(plan.allocations()).containsExactly(new Allocation(early.id(), List.of(first.id())));
		assertThat(plan.waiting()).containsExactly(late.id());

		Plan both = AllocationRule.plan(List.of(late, early), List.of(first, second));
		assertThat(both.allocations()).containsExactly(new Allocation(early.id(), List.of(first.id())),
				new Allocation(late.id(), List.of(second.id())));
		assertThat(both.waiting()).isEmpty();
	}

	@Test
	void aLaptopGetsItsKeyboardLayoutAndOtherKindsIgnoreIt() {
		OrderLine swissGerman = order(DeviceType.LAPTOP, KeyboardLayout.CH_DE, 1, 0);
		OrderLine french = order(DeviceType.LAPTOP, KeyboardLayout.FR, 1, 1);
		OrderLine anyLayout = order(DeviceType.LAPTOP, null, 1, 2);
		OrderLine tablet = order(DeviceType.TABLET, null, 1, 3);
		StockDevice fr = device(DeviceType.LAPTOP, KeyboardLayout.FR);
		StockDevice chDe = device(DeviceType.LAPTOP, KeyboardLayout.CH_DE);
		StockDevice it = device(DeviceType.LAPTOP, KeyboardLayout.IT);
		StockDevice pad = device(DeviceType.TABLET, null);

		Plan plan = AllocationRule.plan(List.of(swissGerman, french, anyLayout, tablet), List.of(fr, chDe, it, pad));

		assertThat(plan.allocations()).containsExactly(new Allocation(swissGerman.id(), List.of(chDe.id())),
				new Allocation(french.id(), List.of(fr.id())), new Allocation(anyLayout.id(), List.of(it.id())),
				new Allocation(tablet.id(), List.of(pad.id())));
	}

	@Test
	void anOrderIsServedWhollyOrNotAtAllAndDoesNotBlockASmallerLaterOne() {
		OrderLine three = order(DeviceType.LAPTOP, KeyboardLayout.CH_DE, 3, 0);
		OrderLine one = order(DeviceType.LAPTOP, KeyboardLayout.CH_DE, 1, 5);
		StockDevice a = device(DeviceType.LAPTOP, KeyboardLayout.CH_DE);
		StockDevice b = device(DeviceType.LAPTOP, KeyboardLayout.CH_DE);

		Plan plan = AllocationRule.plan(List.of(three, one), List.of(a, b));

		assertThat(plan.allocations()).containsExactly(new Allocation(one.id(), List.of(a.id())));
		assertThat(plan.waiting()).containsExactly(three.id());
	}

	@Test
	void withoutEnoughStockEveryOrderWaitsAndThePlanIsEmpty() {
		OrderLine phone = order(DeviceType.PHONE, null, 1, 0);
		OrderLine wrongLayout = order(DeviceType.LAPTOP, KeyboardLayout.CH_FR, 1, 1);

		Plan plan = AllocationRule.plan(List.of(phone, wrongLayout),
				List.of(device(DeviceType.LAPTOP, KeyboardLayout.CH_DE), device(DeviceType.TABLET, null)));

		assertThat(plan.isEmpty()).isTrue();
		assertThat(plan.waiting()).containsExactly(phone.id(), wrongLayout.id());
		assertThat(AllocationRule.plan(List.of(), List.of()).isEmpty()).isTrue();
	}

}
