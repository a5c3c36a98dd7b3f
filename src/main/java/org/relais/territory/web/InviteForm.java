package org.relais.territory.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.relais.platform.Role;

/** A territory admin's invitation. */
public class InviteForm {

	@NotBlank(message = "{platform.validation.required}")
	@Email(message = "{platform.validation.email}")
	@Size(max = 320, message = "{platform.validation.tooLong}")
	private String email = "";

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String displayName = "";

	@NotEmpty(message = "{territory.invite.rolesRequired}")
	private Set<Role> roles = new LinkedHashSet<>();

	@NotBlank(message = "{platform.validation.required}")
	private String language = "";

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? null : email.strip();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}
}
