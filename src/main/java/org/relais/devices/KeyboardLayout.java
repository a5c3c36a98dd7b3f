package org.relais.devices;

/** Physical keyboard layouts a laptop may have; an order asks for one, allocation must match it. */
public enum KeyboardLayout {

	CH_DE, CH_FR, CH_IT, DE, FR, BE, IT, UK, US

}
