package org.relais.desk.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.desk.DeskStatus;
import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/**
 * One line of a desk request's history: created, triaged, status changed (with the agent's note), assigned, due
 * date moved, or a step reported by the module that works on it (a message key of that module with its arguments).
 */
@PersonalDataRetention("deleted with its request; the note cleared when the person is anonymised (DeskPersonEvents)")
@Entity
@Table(name = "dsk_request_event")
public class DeskRequestEvent {

	/** What happened. */
	public enum Kind {

		CREATED, TRIAGED, STATUS, ASSIGNED, DUE, NOTE, PROGRESS

	}

	private static final String SEPARATOR = "\u001f";

	@Id
	private UUID id;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Column(nullable = false)
	private Instant at;

	@Column(name = "by_user")
	private UUID byUser;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private DeskStatus status;

	@PersonalData
	@Column(length = 2000)
	private String note;

	@Column(name = "note_key", length = 200)
	private String noteKey;

	@PersonalData
	@Column(name = "note_args", length = 1000)
	private String noteArgs;

	protected DeskRequestEvent() {
	}

	public DeskRequestEvent(UUID requestId, Kind kind, DeskStatus status, String note, UUID byUser, Instant at) {
		this.id = UUID.randomUUID();
		this.requestId = requestId;
		this.kind = kind;
		this.status = status;
		this.note = note;
		this.byUser = byUser;
		this.at = at;
	}

	/** A step reported by another module: its message key and plain-text arguments. */
	public static DeskRequestEvent progress(UUID requestId, DeskStatus status, String noteKey, List<String> args,
			UUID byUser, Instant at) {
		DeskRequestEvent e = new DeskRequestEvent(requestId, Kind.PROGRESS, status, null, byUser, at);
		e.noteKey = noteKey;
		e.noteArgs = args == null || args.isEmpty() ? null : String.join(SEPARATOR, args);
		if (e.noteArgs != null && e.noteArgs.length() > 1000) {
			e.noteArgs = e.noteArgs.substring(0, 1000);
		}
		return e;
	}

	public void clearNote() {
		this.note = null;
		this.noteArgs = null;
	}

	public UUID getId() {
		return id;
	}

	public UUID getRequestId() {
		return requestId;
	}

	public Instant getAt() {
		return at;
	}

	public UUID getByUser() {
		return byUser;
	}

	public Kind getKind() {
		return kind;
	}

	public DeskStatus getStatus() {
		return status;
	}

	public String getNote() {
		return note;
	}

	public String getNoteKey() {
		return noteKey;
	}

	public List<String> getNoteArgs() {
		return noteArgs == null ? List.of() : Arrays.asList(noteArgs.split(SEPARATOR, -1));
	}

}
