package org.relais.territory.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

@PersonalDataRetention("kept while the account exists; a disabled account keeps name and email for the audit trail")
@Entity
@Table(name = "app_user")
public class UserAccount {

	@Id
	private UUID id;

	@PersonalData
	@Column(nullable = false, unique = true)
	private String email;

	@PersonalData
	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(nullable = false)
	private String language;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "platform_admin", nullable = false)
	private boolean platformAdmin;

	@Column(name = "totp_secret")
	private String totpSecret;

	@Column(name = "totp_enabled", nullable = false)
	private boolean totpEnabled;

	@Column(name = "totp_last_step")
	private Long totpLastStep;

	@Column(name = "security_stamp", nullable = false)
	private long securityStamp;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	protected UserAccount() {
	}

	public UserAccount(String email, String displayName, String passwordHash, String language, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.language = language;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	public UUID getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public String getLanguage() {
		return language;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean isPlatformAdmin() {
		return platformAdmin;
	}

	public String getTotpSecret() {
		return totpSecret;
	}

	public boolean isTotpEnabled() {
		return totpEnabled;
	}

	public Long getTotpLastStep() {
		return totpLastStep;
	}

	public long getSecurityStamp() {
		return securityStamp;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getLastLoginAt() {
		return lastLoginAt;
	}

	public void setPlatformAdmin(boolean platformAdmin) {
		this.platformAdmin = platformAdmin;
	}

	public void changeProfile(String displayName, String language) {
		this.displayName = displayName;
		this.language = language;
	}

	public void changeLanguage(String language) {
		this.language = language;
	}

	/** A new password ends every other session. */
	public void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.securityStamp++;
	}

	public void disable() {
		this.enabled = false;
		this.securityStamp++;
	}

	public void enable() {
		this.enabled = true;
	}

	public void startTotpEnrolment(String secret) {
		this.totpSecret = secret;
		this.totpEnabled = false;
	}

	public void enableTotp(long step) {
		this.totpEnabled = true;
		this.totpLastStep = step;
	}

	public void disableTotp() {
		this.totpEnabled = false;
		this.totpSecret = null;
		this.totpLastStep = null;
	}

	public void useTotpStep(long step) {
		this.totpLastStep = step;
	}

	public void signedIn(Instant at) {
		this.lastLoginAt = at;
	}

}
