package org.relais.mutualaid.action;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.mutualaid.AssignmentStatus;
import org.relais.mutualaid.MutualAidException;

/**
 * One volunteer's part in an action request: offered when notified, then accepted, declined, withdrawn (the offer
 * closed), cancelled after accepting (with a reason) or done (with a short report and the time spent). When an
 * association answered, {@code associationId} says so and the volunteer is the member it assigned.
 */
@Entity
@Table(name = "ma_assignment")
public class ActionAssignment {

	public static final int MAX_REPORT = 4000;

	public static final int MAX_MINUTES = 24 * 60;

	@Id
	private UUID id;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Column(name = "volunteer_id", nullable = false)
	private UUID volunteerId;

	@Column(name = "association_id")
	private UUID associationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private AssignmentStatus status;

	@Column(name = "offered_at", nullable = false)
	private Instant offeredAt;

	@Column(name = "responded_at")
	private Instant respondedAt;

	@Column(name = "reminder_sent_at")
	private Instant reminderSentAt;

	@Column(name = "cancel_reason", length = 1000)
	private String cancelReason;

	@Column(length = MAX_REPORT)
	private String report;

	@Column(name = "minutes_spent")
	private Integer minutesSpent;

	@Column(name = "done_at")
	private Instant doneAt;

	protected ActionAssignment() {
	}

	public static ActionAssignment offer(UUID requestId, UUID volunteerId, UUID associationId, Instant now) {
		ActionAssignment a = new ActionAssignment();
		a.id = UUID.randomUUID();
		a.requestId = requestId;
		a.volunteerId = volunteerId;
		a.associationId = associationId;
		a.status = AssignmentStatus.OFFERED;
		a.offeredAt = now;
		return a;
	}

	/** Offers again a volunteer whose earlier offer was withdrawn or declined (a new dispatch round). */
	public void reoffer(Instant now) {
		this.status = AssignmentStatus.OFFERED;
		this.offeredAt = now;
		this.respondedAt = null;
	}

	public void accept(Instant now) {
		require(AssignmentStatus.OFFERED);
		this.status = AssignmentStatus.ACCEPTED;
		this.respondedAt = now;
	}

	public void decline(Instant now) {
		require(AssignmentStatus.OFFERED);
		this.status = AssignmentStatus.DECLINED;
		this.respondedAt = now;
	}

	public void withdraw(Instant now) {
		if (status == AssignmentStatus.OFFERED || status == AssignmentStatus.ACCEPTED) {
			this.status = AssignmentStatus.WITHDRAWN;
			this.respondedAt = now;
		}
	}

	/** @throws MutualAidException (field {@code reason}) without a reason */
	public void cancel(String reason, Instant now) {
		require(AssignmentStatus.ACCEPTED);
		if (reason == null || reason.isBlank()) {
			throw new MutualAidException("reason", "mutualaid.error.assignment.reason");
		}
		this.status = AssignmentStatus.CANCELLED;
		this.cancelReason = reason.strip();
		this.respondedAt = now;
	}

	/** @throws MutualAidException (fields {@code report}, {@code minutes}) on a missing report or odd time spent */
	public void done(String report, int minutes, Instant now) {
		require(AssignmentStatus.ACCEPTED);
		if (report == null || report.isBlank()) {
			throw new MutualAidException("report", "mutualaid.error.assignment.report");
		}
		if (report.length() > MAX_REPORT) {
			throw new MutualAidException("report", "mutualaid.error.assignment.reportTooLong", MAX_REPORT);
		}
		if (minutes < 1 || minutes > MAX_MINUTES) {
			throw new MutualAidException("minutes", "mutualaid.error.assignment.minutes", MAX_MINUTES);
		}
		this.status = AssignmentStatus.DONE;
		this.report = report.strip();
		this.minutesSpent = minutes;
		this.doneAt = now;
	}

	/** Clears the texts about the person (the person was anonymised); the time spent stays for the statistics. */
	public void clearReport() {
		this.report = null;
		this.cancelReason = null;
	}

	public void reminded(Instant now) {
		this.reminderSentAt = now;
	}

	private void require(AssignmentStatus expected) {
		if (status != expected) {
			throw new MutualAidException(null, "mutualaid.error.assignment.state", status.name());
		}
	}

	public UUID getId() {
		return id;
	}

	public UUID getRequestId() {
		return requestId;
	}

	public UUID getVolunteerId() {
		return volunteerId;
	}

	public UUID getAssociationId() {
		return associationId;
	}

	public AssignmentStatus getStatus() {
		return status;
	}

	public Instant getOfferedAt() {
		return offeredAt;
	}

	public Instant getRespondedAt() {
		return respondedAt;
	}

	public Instant getReminderSentAt() {
		return reminderSentAt;
	}

	public String getCancelReason() {
		return cancelReason;
	}

	public String getReport() {
		return report;
	}

	public Integer getMinutesSpent() {
		return minutesSpent;
	}

	public Instant getDoneAt() {
		return doneAt;
	}

}
