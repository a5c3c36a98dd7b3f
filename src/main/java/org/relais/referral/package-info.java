/**
 * Orientation: matching a person's profile and needs against the directory (with every reason a service is
 * excluded), referrals with their liaison form and closed loop, and the person's pathway.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referral",
		allowedDependencies = { "directory", "people", "platform", "shared", "territory" })
package org.relais.referral;
