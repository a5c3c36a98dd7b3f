/**
 * The shared agenda of a territory: events (partner meetings, trainings, joint actions, public events, volunteer
 * meetings) with recurrence, invitations, answers and waiting lists; find-a-slot polls answered without an account;
 * appointment booking on an organisation's bookable slots; and iCalendar (RFC 5545) feeds and mail invitations.
 * Other modules read it through {@link org.relais.agenda.Agenda}; it publishes its events for the notification
 * module and contributes appointments to a person's pathway.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared agenda",
		allowedDependencies = { "directory", "people", "platform", "referral", "shared", "territory" })
package org.relais.agenda;
