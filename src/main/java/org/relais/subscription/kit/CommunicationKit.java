package org.relais.subscription.kit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A territory's communication kit: the single desk's phone number printed on its flyers, a short tagline per
 * language, when the flyers were last renewed, and when the coordinators were last reminded to renew them.
 */
@Entity
@Table(name = "sub_kit")
public class CommunicationKit {

	public static final int MAX_TAGLINE = 160;

	@Id
	@Column(name = "territory_id")
	private UUID territoryId;

	@Column(name = "desk_phone", nullable = false, length = 20)
	private String deskPhone;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sub_kit_tagline", joinColumns = @JoinColumn(name = "territory_id"))
	@MapKeyColumn(name = "language")
	@Column(name = "tagline", nullable = false, length = MAX_TAGLINE)
	private Map<String, String> taglines = new HashMap<>();

	@Column(name = "last_renewed_on")
	private LocalDate lastRenewedOn;

	@Column(name = "set_up_at", nullable = false)
	private Instant setUpAt;

	@Column(name = "reminded_at")
	private Instant remindedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by")
	private UUID updatedBy;

	@Version
	private long version;

	protected CommunicationKit() {
	}

	CommunicationKit(UUID territoryId, Instant now) {
		this.territoryId = territoryId;
		this.setUpAt = now;
		this.updatedAt = now;
	}

	void change(String deskPhone, Map<String, String> taglines, LocalDate lastRenewedOn, UUID by, Instant now) {
		this.deskPhone = deskPhone;
		this.taglines.clear();
		this.taglines.putAll(taglines);
		this.lastRenewedOn = lastRenewedOn;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	void renewed(LocalDate on, UUID by, Instant now) {
		this.lastRenewedOn = on;
		this.remindedAt = null;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	void reminded(Instant now) {
		this.remindedAt = now;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public String getDeskPhone() {
		return deskPhone;
	}

	public Map<String, String> getTaglines() {
		return Map.copyOf(taglines);
	}

	public String tagline(String language) {
		return taglines.get(language);
	}

	public LocalDate getLastRenewedOn() {
		return lastRenewedOn;
	}

	public Instant getSetUpAt() {
		return setUpAt;
	}

	public Instant getRemindedAt() {
		return remindedAt;
	}

}
