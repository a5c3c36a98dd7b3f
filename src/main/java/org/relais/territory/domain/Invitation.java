package org.relais.territory.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.platform.Role;
import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

@PersonalDataRetention("deleted 30 days after acceptance or expiry by TerritoryRetention")
@Entity
@Table(name = "invitation")
public class Invitation {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@PersonalData
	@Column(nullable = false)
	private String email;

	@PersonalData
	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(nullable = false)
	private String roles;

	@Column(nullable = false)
	private String language;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(name = "invited_by")
	private UUID invitedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	protected Invitation() {
	}

	public Invitation(UUID territoryId, String email, String displayName, Set<Role> roles, String language,
			String tokenHash, UUID invitedBy, Instant createdAt, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.email = email;
		this.displayName = displayName;
		this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
		this.language = language;
		this.tokenHash = tokenHash;
		this.invitedBy = invitedBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getLanguage() {
		return language;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getAcceptedAt() {
		return acceptedAt;
	}

	public Set<Role> getRoles() {
		Set<Role> set = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
		return set;
	}

	public boolean isExpired(Instant now) {
		return now.isAfter(expiresAt);
	}

	public void accept(Instant now) {
		this.acceptedAt = now;
	}

	/** An invitation replaced by a newer one can no longer be used. */
	public void expire(Instant now) {
		if (expiresAt.isAfter(now)) {
			this.expiresAt = now;
		}
	}

}
