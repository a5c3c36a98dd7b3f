package org.relais.devices.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.relais.devices.DeviceRuleException;
import org.relais.devices.DeviceState;
import org.relais.devices.DeviceType;
import org.relais.devices.Grade;
import org.relais.devices.KeyboardLayout;

/**
 * A donated device in the programme's stock: its generated asset tag (printed on its label with a QR code), what it
 * is (type, brand, model, unique serial, CPU, RAM, storage, keyboard layout), its cosmetic grade and functional
 * checks, and its {@link DeviceState}. State changes go through {@link DeviceStock#move}, which records each one.
 * {@code orderId} is set while the device is reserved for, shipped or handed over under an order.
 */
@Entity
@Table(name = "dev_device")
public class Device {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "asset_tag", nullable = false, length = 32)
	private String assetTag;

	@Enumerated(EnumType.STRING)
	@Column(name = "device_type", nullable = false, length = 16)
	private DeviceType deviceType;

	@Column(nullable = false, length = 100)
	private String brand;

	@Column(nullable = false, length = 200)
	private String model;

	@Column(name = "serial_number", nullable = false, length = 100)
	private String serialNumber;

	@Column(length = 200)
	private String cpu;

	@Column(name = "ram_gb")
	private Integer ramGb;

	@Column(name = "storage_gb")
	private Integer storageGb;

	@Enumerated(EnumType.STRING)
	@Column(name = "keyboard_layout", length = 8)
	private KeyboardLayout keyboardLayout;

	/** varchar(1), not char(1), which Hibernate would expect on PostgreSQL for a one-character column. */
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(length = 1)
	private Grade grade;

	@Column(name = "check_battery")
	private Boolean checkBattery;

	@Column(name = "check_screen")
	private Boolean checkScreen;

	@Column(name = "check_keyboard")
	private Boolean checkKeyboard;

	@Column(name = "check_camera")
	private Boolean checkCamera;

	@Column(name = "check_microphone")
	private Boolean checkMicrophone;

	@Column(name = "check_wifi")
	private Boolean checkWifi;

	@Column(length = 2000)
	private String notes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private DeviceState state;

	@Column(name = "donation_id")
	private UUID donationId;

	@Column(name = "received_on", nullable = false)
	private LocalDate receivedOn;

	@Column(name = "order_id")
	private UUID orderId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Device() {
	}

	public Device(UUID territoryId, String assetTag, DeviceType deviceType, String brand, String model,
			String serialNumber, UUID donationId, LocalDate receivedOn, Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.assetTag = assetTag;
		this.deviceType = deviceType;
		this.brand = brand;
		this.model = model;
		this.serialNumber = serialNumber;
		this.donationId = donationId;
		this.receivedOn = receivedOn;
		this.state = DeviceState.RECEIVED;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Specifications as refurbishment finds them. */
	public void describe(String cpu, Integer ramGb, Integer storageGb, KeyboardLayout keyboardLayout, Grade grade,
			String notes, Instant now) {
		this.cpu = cpu;
		this.ramGb = ramGb;
		this.storageGb = storageGb;
		this.keyboardLayout = deviceType.hasKeyboard() ? keyboardLayout : null;
		this.grade = grade;
		this.notes = notes;
		this.updatedAt = now;
	}

	/** Functional checks: true works, false fails, null not checked. */
	public void checks(Boolean battery, Boolean screen, Boolean keyboard, Boolean camera, Boolean microphone,
			Boolean wifi, Instant now) {
		this.checkBattery = battery;
		this.checkScreen = screen;
		this.checkKeyboard = keyboard;
		this.checkCamera = camera;
		this.checkMicrophone = microphone;
		this.checkWifi = wifi;
		this.updatedAt = now;
	}

	/** Changes the state if allowed; package-private: {@link DeviceStock#move} records the transition. */
	void changeState(DeviceState target, UUID orderId, Instant now) {
		if (!state.canGoTo(target)) {
			throw new DeviceRuleException("state", "devices.error.deviceState", assetTag, state.name(), target.name());
		}
		this.state = target;
		if (target == DeviceState.RESERVED) {
			this.orderId = orderId;
		}
		else if (target == DeviceState.READY || target == DeviceState.IN_REFURBISHMENT
				|| target == DeviceState.RECYCLED) {
			this.orderId = null;
		}
		this.updatedAt = now;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public String getAssetTag() {
		return assetTag;
	}

	public DeviceType getDeviceType() {
		return deviceType;
	}

	public String getBrand() {
		return brand;
	}

	public String getModel() {
		return model;
	}

	public String getSerialNumber() {
		return serialNumber;
	}

	public String getCpu() {
		return cpu;
	}

	public Integer getRamGb() {
		return ramGb;
	}

	public Integer getStorageGb() {
		return storageGb;
	}

	public KeyboardLayout getKeyboardLayout() {
		return keyboardLayout;
	}

	public Grade getGrade() {
		return grade;
	}

	public Boolean getCheckBattery() {
		return checkBattery;
	}

	public Boolean getCheckScreen() {
		return checkScreen;
	}

	public Boolean getCheckKeyboard() {
		return checkKeyboard;
	}

	public Boolean getCheckCamera() {
		return checkCamera;
	}

	public Boolean getCheckMicrophone() {
		return checkMicrophone;
	}

	public Boolean getCheckWifi() {
		return checkWifi;
	}

	public String getNotes() {
		return notes;
	}

	public DeviceState getState() {
		return state;
	}

	public UUID getDonationId() {
		return donationId;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public UUID getOrderId() {
		return orderId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
