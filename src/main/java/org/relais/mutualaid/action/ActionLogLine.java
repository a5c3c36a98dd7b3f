package org.relais.mutualaid.action;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

import org.relais.mutualaid.ActionStatus;

/**
 * One line of an action request's history: what happened (label {@code mutualaid.requests.log.<KIND>}), the
 * request's status after it, the volunteer it concerns, who did it and a free note (a reason, a report's summary).
 */
@Entity
@PersonalDataRetention("cleared when the person is anonymised, deleted with its request when the person is erased")
@Table(name = "ma_dispatch_log")
public class ActionLogLine {

	public enum Kind {

		CREATED, DISPATCHED, OFFERED, ASSOCIATION_OFFERED, ACCEPTED, DECLINED, VOLUNTEER_CANCELLED, WITHDRAWN,
		UNANSWERED, REPORTED, DONE, CANCELLED, CONCERN, TWO_PERSON, NO_CANDIDATE

	}

	@Id
	private UUID id;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Column(nullable = false)
	private Instant at;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private ActionStatus status;

	@Column(name = "volunteer_id")
	private UUID volunteerId;

	@Column(name = "by_user")
	private UUID by;

	@PersonalData
	@Column(length = 1000)
	private String note;

	protected ActionLogLine() {
	}

	public ActionLogLine(ActionRequest request, Kind kind, UUID volunteerId, UUID by, String note, Instant at) {
		this.id = UUID.randomUUID();
		this.requestId = request.getId();
		this.at = at;
		this.kind = kind;
		this.status = request.getStatus();
		this.volunteerId = volunteerId;
		this.by = by;
		this.note = note == null ? null : note.length() > 1000 ? note.substring(0, 1000) : note;
	}

	public void clearNote() {
		this.note = null;
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

	public Kind getKind() {
		return kind;
	}

	public ActionStatus getStatus() {
		return status;
	}

	public UUID getVolunteerId() {
		return volunteerId;
	}

	public UUID getBy() {
		return by;
	}

	public String getNote() {
		return note;
	}

}
