package org.relais.territory.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time code that stands in for the authenticator app; only its SHA-256 is stored. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode {

	@Id
	private UUID id;

	@Column(name = "user_id", nullable = false)
	private UUID userId;

	@Column(name = "code_hash", nullable = false)
	private String codeHash;

	@Column(name = "used_at")
	private Instant usedAt;

	protected RecoveryCode() {
	}

	public RecoveryCode(UUID userId, String codeHash) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.codeHash = codeHash;
	}

	public boolean isUsed() {
		return usedAt != null;
	}

	public void use(Instant now) {
		this.usedAt = now;
	}

}
