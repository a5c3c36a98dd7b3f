package org.relais.territory.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.platform.Role;

/** One role held by one user in one territory. */
@Entity
@Table(name = "membership")
public class Membership {

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false)
	private UUID userId;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "granted_at", nullable = false)
	private Instant grantedAt;

	protected Membership() {
	}

	public Membership(UUID userId, UUID territoryId, Role role, Instant grantedAt) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.territoryId = territoryId;
		this.role = role;
		this.grantedAt = grantedAt;
	}

	public UUID getUserId() {
		return userId;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public Role getRole() {
		return role;
	}

}
