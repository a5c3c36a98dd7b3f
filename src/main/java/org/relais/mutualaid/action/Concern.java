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

import org.relais.mutualaid.ConcernLevel;
import org.relais.mutualaid.MutualAidException;

/** A volunteer's wellbeing concern about the person of an action: a level and a text, for the desk. */
@Entity
@PersonalDataRetention("cleared when the person is anonymised, deleted with its request when the person is erased")
@Table(name = "ma_concern")
public class Concern {

	public static final int MAX_TEXT = 2000;

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Column(name = "volunteer_id", nullable = false)
	private UUID volunteerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ConcernLevel level;

	@PersonalData
	@Column(length = MAX_TEXT)
	private String body;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Concern() {
	}

	/** @throws MutualAidException (fields {@code level}, {@code text}) without a level or a text */
	public Concern(UUID territoryId, UUID requestId, UUID volunteerId, ConcernLevel level, String text, Instant now) {
		if (level == null) {
			throw new MutualAidException("level", "mutualaid.concern.error.level");
		}
		if (text == null || text.isBlank()) {
			throw new MutualAidException("text", "mutualaid.concern.error.text");
		}
		if (text.length() > MAX_TEXT) {
			throw new MutualAidException("text", "mutualaid.concern.error.tooLong", MAX_TEXT);
		}
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.requestId = requestId;
		this.volunteerId = volunteerId;
		this.level = level;
		this.body = text.strip();
		this.createdAt = now;
	}

	public void clear() {
		this.body = null;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public UUID getRequestId() {
		return requestId;
	}

	public UUID getVolunteerId() {
		return volunteerId;
	}

	public ConcernLevel getLevel() {
		return level;
	}

	public String getBody() {
		return body;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
