package org.relais.mutualaid.proof;

import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.mutualaid.ActionType;

/**
 * A document a territory asks volunteers for (as Mobicoop's per-structure proofs): which one, for which action types,
 * required or only welcome. The default ones have a stable {@code code} ({@link #LIABILITY_INSURANCE},
 * {@link #DRIVING_LICENCE}, {@link #CAR_INSURANCE}) and their label is the message key
 * {@code mutualaid.proof.type.<code>}; a territory's own types carry a {@code name} in its words.
 */
@Entity
@Table(name = "ma_proof_type")
public class ProofType {

	public static final String LIABILITY_INSURANCE = "LIABILITY_INSURANCE";

	public static final String DRIVING_LICENCE = "DRIVING_LICENCE";

	public static final String CAR_INSURANCE = "CAR_INSURANCE";

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(nullable = false, length = 40)
	private String code;

	@Column(length = 200)
	private String name;

	@Column(name = "action_types", nullable = false, length = 200)
	private String actionTypes;

	@Column(nullable = false)
	private boolean required;

	@Column(nullable = false)
	private boolean active;

	@Column(name = "sort_order", nullable = false)
	private int sortOrder;

	@Column(name = "expiry_required", nullable = false)
	private boolean expiryRequired = true;

	protected ProofType() {
	}

	public ProofType(UUID territoryId, String code, String name, Set<ActionType> actionTypes, boolean required,
			int sortOrder) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.code = code;
		this.name = name;
		this.actionTypes = ActionType.format(actionTypes);
		this.required = required;
		this.active = true;
		this.sortOrder = sortOrder;
	}

	public void change(String name, Set<ActionType> actionTypes, boolean required, boolean active) {
		this.name = name;
		this.actionTypes = ActionType.format(actionTypes);
		this.required = required;
		this.active = active;
	}

	/** Whether an uploaded document of this type must carry an expiry date (true unless the territory said not). */
	public boolean isExpiryRequired() {
		return expiryRequired;
	}

	public void requireExpiry(boolean expiryRequired) {
		this.expiryRequired = expiryRequired;
	}

	/** Whether a volunteer must hold a valid one of these to take an action of that type. */
	public boolean requiredFor(ActionType type) {
		return active && required && getActionTypes().contains(type);
	}

	/** Whether it is one of the default types, labelled by a message key. */
	public boolean isDefaultType() {
		return name == null || name.isBlank();
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public Set<ActionType> getActionTypes() {
		return ActionType.parse(actionTypes);
	}

	public boolean isRequired() {
		return required;
	}

	public boolean isActive() {
		return active;
	}

	public int getSortOrder() {
		return sortOrder;
	}

}
