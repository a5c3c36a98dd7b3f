package org.relais.devices.stock;

/** Who gave the devices: a company, a private person or a public body (administration, school, hospital…). */
public enum DonorKind {

	COMPANY, PERSON, PUBLIC_BODY

}
