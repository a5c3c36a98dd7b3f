package org.relais.agenda.event;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file joined to an event (PDF or image), served only through the event's page, to those who see the event. */
@Entity
@Table(name = "agd_event_attachment")
public class EventAttachment {

	@Id
	private UUID id;

	@Column(name = "event_id", nullable = false)
	private UUID eventId;

	@Column(name = "file_id", nullable = false)
	private UUID fileId;

	@Column(name = "file_name", nullable = false, length = 255)
	private String fileName;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	protected EventAttachment() {
	}

	EventAttachment(UUID eventId, UUID fileId, String fileName, Instant now) {
		this.id = UUID.randomUUID();
		this.eventId = eventId;
		this.fileId = fileId;
		this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
		this.addedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getEventId() {
		return eventId;
	}

	public UUID getFileId() {
		return fileId;
	}

	public String getFileName() {
		return fileName;
	}

	public Instant getAddedAt() {
		return addedAt;
	}

}
