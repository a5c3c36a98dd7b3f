package org.relais.agenda;

import java.time.Instant;

/** A slot proposed by a find-a-slot poll, as mails list it: its start and end instants. */
public record PollSlotTime(Instant startsAt, Instant endsAt) {
}
