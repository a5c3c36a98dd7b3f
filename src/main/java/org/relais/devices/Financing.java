package org.relais.devices;

/** Who pays the device's contribution (the territory's price per device). */
public enum Financing {

	SOCIAL_AID, PARTNER, FREE

}
