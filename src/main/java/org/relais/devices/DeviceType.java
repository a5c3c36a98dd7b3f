package org.relais.devices;

/** The kinds of devices the programme gives. */
public enum DeviceType {

	LAPTOP, TABLET, PHONE;

	/** Whether a keyboard layout matters for this kind (only laptops have a physical keyboard). */
	public boolean hasKeyboard() {
		return this == LAPTOP;
	}

}
