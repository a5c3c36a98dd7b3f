package org.relais.mutualaid.action;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.relais.mutualaid.ActionStatus;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.DayPart;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.RequestSource;
import org.relais.mutualaid.WhenKind;

/**
 * An action asked for an isolated person (a visit, a walk, an accompaniment…). When: {@link WhenKind} with
 * {@code onDate} (the date, the first date of a weekly action, or the day the request was taken for WITHIN_*),
 * {@code dayPart}, {@code exactTime} (EXACT) and {@code repeatUntil} (WEEKLY). {@code place} and {@code notes}
 * (door code…) are shown to a volunteer only once they accepted. Two-person requests are a mission only when two
 * volunteers accepted. {@code dispatchRound} counts the dispatches (a cancelled volunteer or an unanswered round
 * dispatches again).
 */
@Entity
@Table(name = "ma_action_request")
public class ActionRequest {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "desk_request_id")
	private UUID deskRequestId;

	@Column(nullable = false, length = 32)
	private String reference;

	@Column(name = "person_id", nullable = false)
	private UUID personId;

	@Enumerated(EnumType.STRING)
	@Column(name = "action_type", nullable = false, length = 24)
	private ActionType actionType;

	@Enumerated(EnumType.STRING)
	@Column(name = "when_kind", nullable = false, length = 16)
	private WhenKind whenKind;

	@Column(name = "on_date")
	private LocalDate onDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "day_part", length = 16)
	private DayPart dayPart;

	@Column(name = "exact_time")
	private LocalTime exactTime;

	@Column(name = "repeat_until")
	private LocalDate repeatUntil;

	@Column(length = 500)
	private String place;

	@Column(length = 2000)
	private String notes;

	@Column(name = "two_person", nullable = false)
	private boolean twoPerson;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ActionStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private RequestSource source;

	@Column(name = "signalled_by_organisation_id")
	private UUID signalledByOrganisationId;

	@Column(name = "created_by")
	private UUID createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "dispatched_at")
	private Instant dispatchedAt;

	@Column(name = "dispatch_round", nullable = false)
	private int dispatchRound;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	@Column(name = "done_at")
	private Instant doneAt;

	@Column(name = "cancel_reason", length = 1000)
	private String cancelReason;

	@Version
	private long version;

	protected ActionRequest() {
	}

	public ActionRequest(UUID territoryId, String reference, UUID personId, ActionType actionType, RequestSource source,
			UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.reference = reference;
		this.personId = personId;
		this.actionType = actionType;
		this.source = source;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.status = ActionStatus.NEW;
		this.whenKind = WhenKind.WITHIN_7;
	}

	/** Sets when; the caller checked the combination (see the dispatch's rules). */
	public void when(WhenKind kind, LocalDate onDate, DayPart dayPart, LocalTime exactTime, LocalDate repeatUntil) {
		this.whenKind = kind;
		this.onDate = onDate;
		this.dayPart = dayPart;
		this.exactTime = exactTime;
		this.repeatUntil = repeatUntil;
	}

	public void details(String place, String notes, boolean twoPerson) {
		this.place = place;
		this.notes = notes;
		this.twoPerson = twoPerson;
	}

	public void linkDesk(UUID deskRequestId) {
		this.deskRequestId = deskRequestId;
	}

	public void signalledBy(UUID organisationId) {
		this.signalledByOrganisationId = organisationId;
	}

	/** @throws MutualAidException (field {@code status}) when the status cannot follow */
	public void moveTo(ActionStatus next, Instant now) {
		if (!status.canGoTo(next)) {
			throw new MutualAidException("status", "mutualaid.error.request.status", status.name(), next.name());
		}
		switch (next) {
			case DISPATCHED -> {
				this.dispatchedAt = now;
				this.dispatchRound++;
				this.acceptedAt = null;
			}
			case ACCEPTED -> this.acceptedAt = now;
			case DONE -> this.doneAt = now;
			default -> {
			}
		}
		this.status = next;
	}

	public void cancel(String reason, Instant now) {
		moveTo(ActionStatus.CANCELLED, now);
		this.cancelReason = reason;
	}

	/** The number of volunteers needed. */
	public int volunteersNeeded() {
		return twoPerson ? 2 : 1;
	}

	/** Clears what identifies the person beyond the id (the person was anonymised or erased). */
	public void anonymise() {
		this.place = null;
		this.notes = null;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public UUID getDeskRequestId() {
		return deskRequestId;
	}

	public String getReference() {
		return reference;
	}

	public UUID getPersonId() {
		return personId;
	}

	public ActionType getActionType() {
		return actionType;
	}

	public WhenKind getWhenKind() {
		return whenKind;
	}

	public LocalDate getOnDate() {
		return onDate;
	}

	public DayPart getDayPart() {
		return dayPart;
	}

	public LocalTime getExactTime() {
		return exactTime;
	}

	public LocalDate getRepeatUntil() {
		return repeatUntil;
	}

	public String getPlace() {
		return place;
	}

	public String getNotes() {
		return notes;
	}

	public boolean isTwoPerson() {
		return twoPerson;
	}

	public ActionStatus getStatus() {
		return status;
	}

	public RequestSource getSource() {
		return source;
	}

	public UUID getSignalledByOrganisationId() {
		return signalledByOrganisationId;
	}

	public UUID getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getDispatchedAt() {
		return dispatchedAt;
	}

	public int getDispatchRound() {
		return dispatchRound;
	}

	public Instant getAcceptedAt() {
		return acceptedAt;
	}

	public Instant getDoneAt() {
		return doneAt;
	}

	public String getCancelReason() {
		return cancelReason;
	}

}
