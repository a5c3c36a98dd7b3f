/**
 * The device programme (Wir lernen weiter): device requests taken at the desk, classified and routed to the partner
 * that judges the need and orders; the stock of donated, wiped and refurbished devices; fortnightly shipments to
 * partners until the hand-over to the person. Core records and rules: {@code request} (DeviceRequest and its steps),
 * {@code order} (DeviceOrder), {@code stock} (Device and its recorded transitions), settings per territory.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Device programme",
		allowedDependencies = { "desk", "directory", "people", "platform", "referral", "shared", "territory" })
package org.relais.devices;
