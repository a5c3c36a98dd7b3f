package org.relais.directory.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * One field of a directory entry changed: who, when, from what to what (HSDS {@code metadata}). The history of an
 * organisation, service or location is the list of its changes.
 */
@Entity
@Table(name = "dir_field_change")
public class FieldChange implements Persistable<UUID> {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	/** {@code organization}, {@code service} or {@code location}, as HSDS names the tables. */
	@Column(name = "resource_type", nullable = false, length = 32)
	private String resourceType;

	@Column(name = "resource_id", nullable = false)
	private UUID resourceId;

	/** {@code create}, {@code update} or {@code delete}. */
	@Column(name = "action_type", nullable = false, length = 16)
	private String actionType;

	@Column(name = "field_name", nullable = false, length = 64)
	private String fieldName;

	@Column(name = "previous_value", length = 8000)
	private String previousValue;

	@Column(name = "replacement_value", length = 8000)
	private String replacementValue;

	@Column(name = "changed_by")
	private UUID changedBy;

	@Column(name = "changed_by_name", nullable = false, length = 200)
	private String changedByName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ChangeSource source;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	/** A change is written once and never updated: saving it is a plain insert, without a select first. */
	@Transient
	private boolean fresh = true;

	protected FieldChange() {
	}

	@PostLoad
	void loaded() {
		this.fresh = false;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	public FieldChange(UUID territoryId, String resourceType, UUID resourceId, String actionType, String fieldName,
			String previousValue, String replacementValue, UUID changedBy, String changedByName, ChangeSource source,
			Instant changedAt) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.resourceType = resourceType;
		this.resourceId = resourceId;
		this.actionType = actionType;
		this.fieldName = fieldName;
		this.previousValue = cut(previousValue);
		this.replacementValue = cut(replacementValue);
		this.changedBy = changedBy;
		this.changedByName = changedByName;
		this.source = source;
		this.changedAt = changedAt;
	}

	private static String cut(String s) {
		return s != null && s.length() > 8000 ? s.substring(0, 7999) + "…" : s;
	}

	@Override
	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public String getResourceType() {
		return resourceType;
	}

	public UUID getResourceId() {
		return resourceId;
	}

	public String getActionType() {
		return actionType;
	}

	public String getFieldName() {
		return fieldName;
	}

	public String getPreviousValue() {
		return previousValue;
	}

	public String getReplacementValue() {
		return replacementValue;
	}

	public UUID getChangedBy() {
		return changedBy;
	}

	public String getChangedByName() {
		return changedByName;
	}

	public ChangeSource getSource() {
		return source;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

}
