package org.relais.devices.stock;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.relais.devices.DeviceRuleException;
import org.relais.devices.DeviceState;
import org.relais.devices.DeviceType;
import org.relais.devices.KeyboardLayout;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stock's core operations: every state change of a device goes through {@link #move}, which checks the rule
 * and records the transition; {@link #reserve} locks the device row so that two batches never take the same one.
 */
@Service
public class DeviceStock {

	private final DeviceRepository devices;

	private final DeviceTransitionRepository transitions;

	private final Clock clock;

	DeviceStock(DeviceRepository devices, DeviceTransitionRepository transitions, Clock clock) {
		this.devices = devices;
		this.transitions = transitions;
		this.clock = clock;
	}

	/** Saves a new device and records its first state (RECEIVED). Refuses a serial already known. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Device add(Device device, UUID by) {
		if (devices.existsBySerialNumberIgnoreCase(device.getSerialNumber())) {
			throw new DeviceRuleException("serialNumber", "devices.error.serialTaken", device.getSerialNumber());
		}
		Device saved = devices.save(device);
		transitions.save(new DeviceTransition(saved.getId(), null, saved.getState(), clock.instant(), by, null));
		return saved;
	}

	/** Moves a device to another state, recorded with who and a note; refused if the states do not follow. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Device move(Device device, DeviceState target, UUID by, String note) {
		return move(device, target, null, by, note);
	}

	/**
	 * Reserves a READY device for an order; the row is locked first, so a device taken meanwhile is refused
	 * ({@code devices.error.notReady}).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Device reserve(UUID territoryId, UUID deviceId, UUID orderId, UUID by) {
		Device device = devices.lockByIdAndTerritoryId(deviceId, territoryId)
			.orElseThrow(() -> new DeviceRuleException("device", "devices.error.unknownDevice"));
		if (device.getState() != DeviceState.READY) {
			throw new DeviceRuleException("device", "devices.error.notReady", device.getAssetTag(),
					device.getState().name());
		}
		return move(device, DeviceState.RESERVED, orderId, by, null);
	}

	/**
	 * READY devices that can serve an order line, first received first: same type, and for a laptop the same
	 * keyboard layout ({@code null} layout asked: any).
	 */
	@Transactional(readOnly = true)
	public List<Device> available(UUID territoryId, DeviceType type, KeyboardLayout layout) {
		return devices.findByTerritoryIdAndStateAndDeviceTypeOrderByReceivedOnAscCreatedAtAsc(territoryId,
				DeviceState.READY, type)
			.stream()
			.filter(d -> !type.hasKeyboard() || layout == null || layout == d.getKeyboardLayout())
			.toList();
	}

	private Device move(Device device, DeviceState target, UUID orderId, UUID by, String note) {
		DeviceState from = device.getState();
		device.changeState(target, orderId, clock.instant());
		transitions.save(new DeviceTransition(device.getId(), from, target, clock.instant(), by, note));
		return device;
	}

}
