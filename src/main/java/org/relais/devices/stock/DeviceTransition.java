package org.relais.devices.stock;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.devices.DeviceState;

/** One recorded state change of a device: from, to, when, who, a short note. */
@Entity
@Table(name = "dev_device_transition")
public class DeviceTransition {

	@Id
	private UUID id;

	@Column(name = "device_id", nullable = false)
	private UUID deviceId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_state", length = 24)
	private DeviceState fromState;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_state", nullable = false, length = 24)
	private DeviceState toState;

	@Column(nullable = false)
	private Instant at;

	@Column(name = "by_user")
	private UUID byUser;

	@Column(length = 500)
	private String note;

	protected DeviceTransition() {
	}

	DeviceTransition(UUID deviceId, DeviceState fromState, DeviceState toState, Instant at, UUID byUser, String note) {
		this.id = UUID.randomUUID();
		this.deviceId = deviceId;
		this.fromState = fromState;
		this.toState = toState;
		this.at = at;
		this.byUser = byUser;
		this.note = note;
	}

	public UUID getId() {
		return id;
	}

	public UUID getDeviceId() {
		return deviceId;
	}

	public DeviceState getFromState() {
		return fromState;
	}

	public DeviceState getToState() {
		return toState;
	}

	public Instant getAt() {
		return at;
	}

	public UUID getByUser() {
		return byUser;
	}

	public String getNote() {
		return note;
	}

}
