package org.relais.devices.stock;

import org.relais.devices.Grade;
import org.relais.devices.KeyboardLayout;

/**
 * What refurbishment finds out about a device: hardware, keyboard layout (laptops), cosmetic grade, functional
 * checks (true works, false fails, null not checked) and notes.
 */
public record DeviceSpecs(String cpu, Integer ramGb, Integer storageGb, KeyboardLayout keyboardLayout, Grade grade,
		Boolean battery, Boolean screen, Boolean keyboard, Boolean camera, Boolean microphone, Boolean wifi,
		String notes) {

	void applyTo(Device device, java.time.Instant now) {
		device.describe(cpu, ramGb, storageGb, keyboardLayout, grade, notes, now);
		device.checks(battery, screen, keyboard, camera, microphone, wifi, now);
	}

}
