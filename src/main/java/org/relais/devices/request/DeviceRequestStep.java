package org.relais.devices.request;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.devices.DeviceRequestStatus;
import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/**
 * One step of a device request (its new status, when, who, for which organisation, a short note): the pathway shows
 * them, the dashboard measures lead times from them.
 */
@PersonalDataRetention("deleted with its request")
@Entity
@Table(name = "dev_request_step")
public class DeviceRequestStep {

	@Id
	private UUID id;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private DeviceRequestStatus status;

	@Column(nullable = false)
	private Instant at;

	@Column(name = "by_user")
	private UUID byUser;

	@Column(name = "organisation_id")
	private UUID organisationId;

	@PersonalData
	@Column(length = 2000)
	private String note;

	protected DeviceRequestStep() {
	}

	public DeviceRequestStep(UUID requestId, DeviceRequestStatus status, Instant at, UUID byUser,
			UUID organisationId, String note) {
		this.id = UUID.randomUUID();
		this.requestId = requestId;
		this.status = status;
		this.at = at;
		this.byUser = byUser;
		this.organisationId = organisationId;
		this.note = note;
	}

	public void clearNote() {
		this.note = null;
	}

	public UUID getId() {
		return id;
	}

	public UUID getRequestId() {
		return requestId;
	}

	public DeviceRequestStatus getStatus() {
		return status;
	}

	public Instant getAt() {
		return at;
	}

	public UUID getByUser() {
		return byUser;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public String getNote() {
		return note;
	}

}
