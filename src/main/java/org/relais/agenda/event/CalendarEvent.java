package org.relais.agenda.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.relais.agenda.EventCategory;
import org.relais.agenda.EventDraft;
import org.relais.agenda.EventVisibility;
import org.relais.agenda.Recurrence;

/**
 * An event of the shared agenda, single or recurring. Times are wall-clock times in {@link #getZone()}; an all-day
 * event starts at 00:00 of its first day and ends at 00:00 after its last day. {@code sequence} is the iCalendar
 * SEQUENCE: it grows at every change a subscriber's calendar must take over, so that its copy is updated.
 */
@Entity
@Table(name = "agd_event")
public class CalendarEvent {

	public enum Status {

		SCHEDULED, CANCELLED

	}

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(nullable = false, length = EventDraft.MAX_TITLE)
	private String title;

	@Column(length = EventDraft.MAX_DESCRIPTION)
	private String description;

	@Column(name = "time_zone", nullable = false, length = 64)
	private String timeZone;

	@Column(name = "start_local", nullable = false)
	private LocalDateTime startLocal;

	@Column(name = "end_local", nullable = false)
	private LocalDateTime endLocal;

	@Column(name = "all_day", nullable = false)
	private boolean allDay;

	@Column(name = "location_id")
	private UUID locationId;

	@Column(length = EventDraft.MAX_ADDRESS)
	private String address;

	@Column(name = "online_url", length = EventDraft.MAX_URL)
	private String onlineUrl;

	@Column(name = "organiser_organisation_id")
	private UUID organiserOrganisationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private EventCategory category;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private EventVisibility visibility;

	private Integer capacity;

	@Enumerated(EnumType.STRING)
	@Column(name = "rec_frequency", length = 16)
	private Recurrence.Frequency recFrequency;

	@Column(name = "rec_interval")
	private Integer recInterval;

	@Column(name = "rec_until")
	private LocalDate recUntil;

	@Column(name = "rec_count")
	private Integer recCount;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status;

	@Column(name = "sequence_no", nullable = false)
	private int sequence;

	@Column(name = "created_by")
	private UUID createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "first_start", nullable = false)
	private Instant firstStart;

	@Column(name = "last_end", nullable = false)
	private Instant lastEnd;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "agd_occurrence_change", joinColumns = @JoinColumn(name = "event_id"))
	private List<OccurrenceChange> changes = new ArrayList<>();

	@Version
	private long version;

	protected CalendarEvent() {
	}

	/** A new event from a draft already checked by {@link EventRules}. */
	public CalendarEvent(UUID territoryId, EventDraft draft, ZoneId zone, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.status = Status.SCHEDULED;
		this.sequence = 0;
		apply(draft, zone, now);
	}

	/**
	 * Takes over a changed draft; the sequence grows when what a calendar shows changed (times, recurrence, title,
	 * place, description).
	 */
	public void apply(EventDraft draft, ZoneId zone, Instant now) {
		boolean first = this.title == null;
		LocalDateTime start = EventRules.startOf(draft);
		LocalDateTime end = EventRules.endOf(draft);
		Recurrence r = draft.recurrence();
		boolean changed = first || !draft.title().strip().equals(title) || !zone.getId().equals(timeZone)
				|| !start.equals(startLocal) || !end.equals(endLocal) || draft.allDay() != allDay
				|| !java.util.Objects.equals(EventRules.blankToNull(draft.description()), description)
				|| !java.util.Objects.equals(draft.locationId(), locationId)
				|| !java.util.Objects.equals(EventRules.blankToNull(draft.address()), address)
				|| !java.util.Objects.equals(EventRules.blankToNull(draft.onlineUrl()), onlineUrl)
				|| !java.util.Objects.equals(r, recurrence().orElse(null));
		boolean timesChanged = !first && (!start.equals(startLocal) || !java.util.Objects.equals(r, recurrence().orElse(null))
				|| !zone.getId().equals(timeZone) || draft.allDay() != allDay);
		this.title = draft.title().strip();
		this.description = EventRules.blankToNull(draft.description());
		this.timeZone = zone.getId();
		this.startLocal = start;
		this.endLocal = end;
		this.allDay = draft.allDay();
		this.locationId = draft.locationId();
		this.address = EventRules.blankToNull(draft.address());
		this.onlineUrl = EventRules.blankToNull(draft.onlineUrl());
		this.organiserOrganisationId = draft.organiserOrganisationId();
		this.category = draft.category();
		this.visibility = draft.visibility();
		this.capacity = draft.capacity();
		this.recFrequency = r == null ? null : r.frequency();
		this.recInterval = r == null ? null : r.interval();
		this.recUntil = r == null ? null : r.until();
		this.recCount = r == null ? null : r.count();
		if (timesChanged) {
			// The occurrences are other ones now: single-occurrence changes no longer point at anything.
			changes.clear();
		}
		if (changed && !first) {
			sequence++;
		}
		this.updatedAt = now;
		refreshRange();
	}

	/** Cancels the whole event (its subscribers' copies too: the sequence grows). */
	public void cancel(Instant now) {
		if (status != Status.CANCELLED) {
			status = Status.CANCELLED;
			sequence++;
			updatedAt = now;
		}
	}

	/**
	 * Cancels one occurrence, or moves it to other times; {@code originalStart} must be one of the occurrences
	 * ({@link Occurrences#isOccurrence}).
	 */
	public void changeOccurrence(LocalDateTime originalStart, boolean cancelled, LocalDateTime newStart,
			LocalDateTime newEnd, Instant now) {
		changes.removeIf(c -> c.getOriginalStart().equals(originalStart));
		sequence++;
		changes.add(new OccurrenceChange(originalStart, cancelled, cancelled ? null : newStart,
				cancelled ? null : newEnd, sequence));
		updatedAt = now;
		refreshRange();
	}

	private void refreshRange() {
		List<Occurrences.Occurrence> all = Occurrences.of(this);
		ZoneId zone = getZone();
		this.firstStart = all.isEmpty() ? startLocal.atZone(zone).toInstant()
				: all.stream().map(Occurrences.Occurrence::start).min(Comparator.naturalOrder()).orElseThrow();
		this.lastEnd = all.isEmpty() ? endLocal.atZone(zone).toInstant()
				: all.stream().map(Occurrences.Occurrence::end).max(Comparator.naturalOrder()).orElseThrow();
	}

	public Optional<Recurrence> recurrence() {
		return recFrequency == null ? Optional.empty()
				: Optional.of(new Recurrence(recFrequency, recInterval == null ? 1 : recInterval, recUntil, recCount));
	}

	/** The draft this event would be edited from (all-day end back to the last day). */
	public EventDraft toDraft() {
		LocalDateTime end = allDay ? endLocal.minusDays(1) : endLocal;
		return new EventDraft(title, description, startLocal, end, allDay, timeZone, locationId, address, onlineUrl,
				organiserOrganisationId, category, visibility, capacity, recurrence().orElse(null));
	}

	public boolean isCancelled() {
		return status == Status.CANCELLED;
	}

	public ZoneId getZone() {
		return ZoneId.of(timeZone);
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public LocalDateTime getStartLocal() {
		return startLocal;
	}

	public LocalDateTime getEndLocal() {
		return endLocal;
	}

	public boolean isAllDay() {
		return allDay;
	}

	public UUID getLocationId() {
		return locationId;
	}

	public String getAddress() {
		return address;
	}

	public String getOnlineUrl() {
		return onlineUrl;
	}

	public UUID getOrganiserOrganisationId() {
		return organiserOrganisationId;
	}

	public EventCategory getCategory() {
		return category;
	}

	public EventVisibility getVisibility() {
		return visibility;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public Status getStatus() {
		return status;
	}

	public int getSequence() {
		return sequence;
	}

	public UUID getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getFirstStart() {
		return firstStart;
	}

	public Instant getLastEnd() {
		return lastEnd;
	}

	public List<OccurrenceChange> getChanges() {
		return List.copyOf(changes);
	}

	public long getVersion() {
		return version;
	}

}
