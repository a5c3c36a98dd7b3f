/**
 * The partner directory: organisations, their services, locations and opening hours, saturation, liaison form
 * templates and freshness, kept up to date by the partners themselves; professional and public search; imports
 * and exports (HSDS 3.0, data·inclusion v1, CSV) and the Open Referral HSDS 3.0 API under {@code /api/hsds}.
 * Other modules read it through {@link org.relais.directory.DirectoryCatalog}; it publishes
 * {@link org.relais.directory.FreshnessReminderDue} for the notification module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner directory",
		allowedDependencies = { "platform", "shared", "territory" })
package org.relais.directory;
