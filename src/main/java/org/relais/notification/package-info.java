/**
 * Notifications: mails (invitations, password resets, role changes, security notices) in the reader's language,
 * and the in-app inbox behind the bell of the page header. Listens to the territory module's events through the
 * persisted event publication registry, so that a crash between commit and sending loses nothing; each mail is
 * sent once (the {@code sent_mail} table remembers it). Also mails the directory's freshness reminders
 * ({@code FreshnessReminderDue}) and the referral events to both sides of a referral ({@code ReferralSent},
 * {@code ReferralStatusChanged}). Nobody calls this module back: it has no public API.
 * <ul>
 * <li>{@code mail}: templates (Thymeleaf, HTML and plain text), SMTP or {@code .eml} files under
 * {@code RELAIS_DATA_DIR/mail} when no SMTP server is configured.</li>
 * <li>{@code inbox}: notifications stored as message keys and arguments, read in the reader's current
 * language; the page {@code /notifications}, the unread count and the home page card.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "platform", "shared", "territory", "directory", "referral", "agenda", "desk", "devices", "partnership",
				"mutualaid", "subscription" })
package org.relais.notification;
