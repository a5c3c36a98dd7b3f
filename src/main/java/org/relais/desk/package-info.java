/**
 * The single desk: every request that comes in by phone, at the counter, by mail, through the public web form or
 * from a partner, whatever it is about. Other modules contribute their kinds of request through
 * {@link org.relais.desk.DeskRequestType} (device request, mutual-aid action…) and report progress with
 * {@link org.relais.desk.DeskRequestProgressed}; the desk never depends on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Single desk",
		allowedDependencies = { "people", "platform", "referral", "shared", "territory" })
package org.relais.desk;
