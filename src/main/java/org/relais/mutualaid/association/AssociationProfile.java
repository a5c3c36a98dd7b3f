package org.relais.mutualaid.association;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.mutualaid.ActionType;

/**
 * A directory organisation of kind association taking part in mutual aid: the action types it answers (it is then
 * offered requests like a volunteer, and answers as the association by assigning one of its members).
 */
@Entity
@Table(name = "ma_association")
public class AssociationProfile {

	@Id
	@Column(name = "organisation_id")
	private UUID organisationId;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "action_types", nullable = false, length = 200)
	private String actionTypes;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by")
	private UUID updatedBy;

	protected AssociationProfile() {
	}

	public AssociationProfile(UUID organisationId, UUID territoryId, Instant now) {
		this.organisationId = organisationId;
		this.territoryId = territoryId;
		this.actionTypes = "";
		this.active = true;
		this.updatedAt = now;
	}

	public void change(Set<ActionType> actionTypes, boolean active, UUID by, Instant now) {
		this.actionTypes = ActionType.format(actionTypes);
		this.active = active;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public Set<ActionType> getActionTypes() {
		return ActionType.parse(actionTypes);
	}

	public boolean isActive() {
		return active;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
