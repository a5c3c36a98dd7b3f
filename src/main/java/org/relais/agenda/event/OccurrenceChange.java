package org.relais.agenda.event;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One occurrence of a recurring event, cancelled or moved: keyed by its original wall-clock start (the iCalendar
 * RECURRENCE-ID), with its own sequence.
 */
@Embeddable
public class OccurrenceChange {

	@Column(name = "original_start", nullable = false)
	private LocalDateTime originalStart;

	@Column(nullable = false)
	private boolean cancelled;

	@Column(name = "start_local")
	private LocalDateTime startLocal;

	@Column(name = "end_local")
	private LocalDateTime endLocal;

	@Column(name = "sequence_no", nullable = false)
	private int sequence;

	protected OccurrenceChange() {
	}

	OccurrenceChange(LocalDateTime originalStart, boolean cancelled, LocalDateTime startLocal, LocalDateTime endLocal,
			int sequence) {
		this.originalStart = originalStart;
		this.cancelled = cancelled;
		this.startLocal = startLocal;
		this.endLocal = endLocal;
		this.sequence = sequence;
	}

	public LocalDateTime getOriginalStart() {
		return originalStart;
	}

	public boolean isCancelled() {
		return cancelled;
	}

	public LocalDateTime getStartLocal() {
		return startLocal;
	}

	public LocalDateTime getEndLocal() {
		return endLocal;
	}

	public int getSequence() {
		return sequence;
	}

}
