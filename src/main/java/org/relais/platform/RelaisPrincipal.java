package org.relais.platform;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: identity, memberships and the territory currently worked in. Authorities are the roles
 * held in the current territory only, so that URL rules and role checks always speak of that territory.
 * Immutable: switching territory makes a new principal.
 */
public final class RelaisPrincipal implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID userId;

	private final String email;

	private final String displayName;

	private transient String passwordHash;

	private final boolean enabled;

	private final boolean platformAdmin;

	private final String language;

	private final boolean twoFactorEnabled;

	private final long securityStamp;

	private final List<TerritoryMembership> memberships;

	private final UUID currentTerritoryId;

	public RelaisPrincipal(UUID userId, String email, String displayName, String passwordHash, boolean enabled,
			boolean platformAdmin, String language, boolean twoFactorEnabled, long securityStamp,
			List<TerritoryMembership> memberships, UUID currentTerritoryId) {
		this.userId = userId;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.platformAdmin = platformAdmin;
		this.language = language;
		this.twoFactorEnabled = twoFactorEnabled;
		this.securityStamp = securityStamp;
		this.memberships = List.copyOf(memberships);
		this.currentTerritoryId = currentTerritoryId != null ? currentTerritoryId
				: memberships.stream().findFirst().map(TerritoryMembership::territoryId).orElse(null);
	}

	public RelaisPrincipal withCurrentTerritory(UUID territoryId) {
		return new RelaisPrincipal(userId, email, displayName, null, enabled, platformAdmin, language,
				twoFactorEnabled, securityStamp, memberships, territoryId);
	}

	public RelaisPrincipal withProfile(String newDisplayName, String newLanguage) {
		return new RelaisPrincipal(userId, email, newDisplayName, null, enabled, platformAdmin, newLanguage,
				twoFactorEnabled, securityStamp, memberships, currentTerritoryId);
	}

	public UUID userId() {
		return userId;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public String language() {
		return language;
	}

	public boolean platformAdmin() {
		return platformAdmin;
	}

	public boolean twoFactorEnabled() {
		return twoFactorEnabled;
	}

	public long securityStamp() {
		return securityStamp;
	}

	public List<TerritoryMembership> memberships() {
		return memberships;
	}

	public UUID currentTerritoryId() {
		return currentTerritoryId;
	}

	public Optional<TerritoryMembership> currentMembership() {
		return membership(currentTerritoryId);
	}

	public Optional<TerritoryMembership> membership(UUID territoryId) {
		return memberships.stream().filter(m -> m.territoryId().equals(territoryId)).findFirst();
	}

	/** Roles in the current territory, plus PLATFORM_ADMIN when held. */
	public Set<Role> roles() {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		currentMembership().ifPresent(m -> roles.addAll(m.roles()));
		if (platformAdmin) {
			roles.add(Role.PLATFORM_ADMIN);
		}
		return roles;
	}

	public boolean has(Role role) {
		return roles().contains(role);
	}

	public boolean hasAny(Role... wanted) {
		Set<Role> roles = roles();
		for (Role r : wanted) {
			if (roles.contains(r)) {
				return true;
			}
		}
		return false;
	}

	/** Whether this user must use a second factor: always for admins, for staff where a territory asks. */
	public boolean twoFactorRequired() {
		if (platformAdmin) {
			return true;
		}
		for (TerritoryMembership m : memberships) {
			for (Role r : m.roles()) {
				if (r.alwaysRequiresTwoFactor() || (m.staffTwoFactorRequired() && r.isStaff())) {
					return true;
				}
			}
		}
		return false;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Role r : roles()) {
			authorities.add(new SimpleGrantedAuthority(r.authority()));
		}
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof RelaisPrincipal other && other.userId.equals(userId);
	}

	@Override
	public int hashCode() {
		return userId.hashCode();
	}

	@Override
	public String toString() {
		return "RelaisPrincipal[" + userId + "]";
	}

}
