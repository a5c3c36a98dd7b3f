package org.relais.notification.mail;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;
import org.springframework.data.domain.Persistable;

/** A mail that left: its id is the event's mail id, so that a replayed event sends nothing more. */
@PersonalDataRetention("deleted after relais.notification.sent-mail-retention (90 days) by SentMailRetention")
@Entity
@Table(name = "sent_mail")
class SentMail implements Persistable<UUID> {

	@Id
	@Column(name = "mail_id")
	private UUID mailId;

	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;

	@PersonalData
	private String recipient;

	private String template;

	/** Always inserted, never merged: a second insert of the same id fails instead of passing silently. */
	@Transient
	private boolean fresh;

	protected SentMail() {
	}

	SentMail(UUID mailId, Instant sentAt, String recipient, String template) {
		this.mailId = mailId;
		this.sentAt = sentAt;
		this.recipient = recipient;
		this.template = template;
		this.fresh = true;
	}

	@Override
	public UUID getId() {
		return mailId;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	Instant sentAt() {
		return sentAt;
	}

	String recipient() {
		return recipient;
	}

}
