package org.relais.agenda.poll;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/**
 * Somebody asked to answer a poll: a user of the territory ({@code userId}) or anyone by email. Holds the hashes
 * of their personal links (the invitation's, and the reminder's once sent), when they were reminded (once at most)
 * and their answers, one per slot.
 */
@Entity
@Table(name = "agd_poll_invitee")
@PersonalDataRetention("deleted with its poll, " + PollJobs.RETENTION_MONTHS_TEXT + " after the poll's last slot, by PollJobs")
class PollInvitee {

	@Id
	private UUID id;

	@Column(name = "user_id")
	private UUID userId;

	@PersonalData
	@Column(nullable = false, length = 320)
	private String email;

	@PersonalData
	@Column(name = "display_name", nullable = false, length = 200)
	private String displayName;

	@Column(nullable = false, length = 8)
	private String language;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "reminder_token_hash", length = 64)
	private String reminderTokenHash;

	@Column(name = "invited_at", nullable = false)
	private Instant invitedAt;

	@Column(name = "reminded_at")
	private Instant remindedAt;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "agd_poll_answer", joinColumns = @JoinColumn(name = "invitee_id"))
	@MapKeyColumn(name = "slot_id")
	@Column(name = "choice", nullable = false, length = 16)
	@Enumerated(EnumType.STRING)
	private Map<UUID, Choice> answers = new HashMap<>();

	protected PollInvitee() {
	}

	PollInvitee(UUID userId, String email, String displayName, String language, String tokenHash, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.email = email;
		this.displayName = displayName;
		this.language = language;
		this.tokenHash = tokenHash;
		this.invitedAt = now;
	}

	/** Replaces this invitee's answers (one per slot) and, when given, the name others see. */
	void answer(Map<UUID, Choice> choices, String name, Instant now) {
		answers.clear();
		answers.putAll(choices);
		if (name != null && !name.isBlank()) {
			displayName = name.strip();
		}
		answeredAt = now;
	}

	/** Records the one reminder and the hash of the link it carries; false if it was reminded already. */
	boolean remind(String hash, Instant now) {
		if (remindedAt != null) {
			return false;
		}
		reminderTokenHash = hash;
		remindedAt = now;
		return true;
	}

	boolean answered() {
		return answeredAt != null;
	}

	UUID getId() {
		return id;
	}

	UUID getUserId() {
		return userId;
	}

	String getEmail() {
		return email;
	}

	String getDisplayName() {
		return displayName;
	}

	String getLanguage() {
		return language;
	}

	String getTokenHash() {
		return tokenHash;
	}

	String getReminderTokenHash() {
		return reminderTokenHash;
	}

	Instant getInvitedAt() {
		return invitedAt;
	}

	Instant getRemindedAt() {
		return remindedAt;
	}

	Instant getAnsweredAt() {
		return answeredAt;
	}

	Map<UUID, Choice> getAnswers() {
		return answers;
	}

}
