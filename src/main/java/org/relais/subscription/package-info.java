/**
 * What a territory pays for its coordination platform (as Bip Pop: population × rate per inhabitant and year, free
 * for beneficiaries, volunteers and associations), with a yearly invoice PDF and no payment processing; and the
 * communication kit that keeps the single desk known: printable flyers with the desk's phone number and a QR code to
 * the territory's page, and a reminder every three months to renew flyers and post news.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subscription and communication kit",
		allowedDependencies = { "platform", "shared", "territory" })
package org.relais.subscription;
