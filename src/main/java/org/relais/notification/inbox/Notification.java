package org.relais.notification.inbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A message in a user's inbox. The text is kept as a message key and its arguments, never rendered, so that each
 * user reads it in the language they use now.
 */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false)
	private UUID userId;

	@Column(name = "territory_id")
	private UUID territoryId;

	@Column(name = "message_key", nullable = false)
	private String messageKey;

	@Column(name = "message_args")
	private String messageArgs;

	private String link;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	Notification(UUID id, UUID userId, UUID territoryId, String messageKey, String messageArgs, String link,
			Instant createdAt) {
		this.id = id;
		this.userId = userId;
		this.territoryId = territoryId;
		this.messageKey = messageKey;
		this.messageArgs = messageArgs;
		this.link = link;
		this.createdAt = createdAt;
	}

	void markRead(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	UUID getId() {
		return id;
	}

	UUID getUserId() {
		return userId;
	}

	UUID getTerritoryId() {
		return territoryId;
	}

	String getMessageKey() {
		return messageKey;
	}

	String getMessageArgs() {
		return messageArgs;
	}

	String getLink() {
		return link;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getReadAt() {
		return readAt;
	}

}
