package org.relais.territory.web;

import jakarta.validation.constraints.NotEmpty;
import java.util.LinkedHashSet;
import java.util.Set;
import org.relais.platform.Role;

/** The roles of a member. */
public class RolesForm {

	@NotEmpty(message = "{territory.members.rolesRequired}")
	private Set<Role> roles = new LinkedHashSet<>();

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}
}
