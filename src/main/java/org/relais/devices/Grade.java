package org.relais.devices;

/** Cosmetic grade of a refurbished device (eReuse DeviceHub): A as new … E heavily marked. */
public enum Grade {

	A, B, C, D, E

}
