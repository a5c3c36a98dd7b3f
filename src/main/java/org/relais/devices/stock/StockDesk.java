package org.relais.devices.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.devices.DeviceRuleException;
import org.relais.devices.DeviceState;
import org.relais.devices.DeviceType;
import org.relais.devices.settings.DeviceProgramme;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the stock staff do: record a donation, take devices in (one, or several identical ones with a serial each),
 * describe them while they are refurbished, record their data erasure, and move them through the manual states.
 * Every rule is checked before anything is written; a refusal is a {@link DeviceRuleException} naming the field.
 * RESERVED, SHIPPED, DELIVERED_TO_PARTNER, HANDED_OVER and RETURNED are driven by orders and shipments, not here.
 */
@Service
public class StockDesk {

	/** The states a person moves a device to from its page. */
	public static final Set<DeviceState> MANUAL = EnumSet.of(DeviceState.IN_REFURBISHMENT, DeviceState.READY,
			DeviceState.RECYCLED, DeviceState.REJECTED);

	/** The states in which a device's description may still change (not reserved, not shipped, not out). */
	public static final Set<DeviceState> EDITABLE = EnumSet.of(DeviceState.RECEIVED, DeviceState.IN_REFURBISHMENT,
			DeviceState.READY, DeviceState.RETURNED);

	/** The states in which the erasure record may be written (before the device is ready). */
	public static final Set<DeviceState> ERASABLE = EnumSet.of(DeviceState.RECEIVED, DeviceState.IN_REFURBISHMENT,
			DeviceState.RETURNED);

	/** At most this many identical devices in one intake. */
	public static final int MAX_BATCH = 50;

	private final DeviceStock stock;

	private final DeviceRepository devices;

	private final DeviceTransitionRepository transitions;

	private final DonationRepository donations;

	private final ErasureRecordRepository erasures;

	private final StockNumbers numbers;

	private final DeviceProgramme programme;

	private final Clock clock;

	StockDesk(DeviceStock stock, DeviceRepository devices, DeviceTransitionRepository transitions,
			DonationRepository donations, ErasureRecordRepository erasures, StockNumbers numbers,
			DeviceProgramme programme, Clock clock) {
		this.stock = stock;
		this.devices = devices;
		this.transitions = transitions;
		this.donations = donations;
		this.erasures = erasures;
		this.numbers = numbers;
		this.programme = programme;
		this.clock = clock;
	}

	@Transactional
	public Donation recordDonation(UUID territoryId, DonationDraft draft, UUID by) {
		LocalDate today = programme.today(territoryId);
		if (draft.receivedOn().isAfter(today)) {
			throw new DeviceRuleException("receivedOn", "devices.donation.error.future");
		}
		return donations.save(new Donation(territoryId, numbers.donationReference(territoryId, draft.receivedOn()),
				draft.donorKind(), draft.donorName(), draft.contactEmail(), draft.contactPhone(),
				draft.donorLanguage(), draft.receivedOn(), draft.notes(), by, clock.instant()));
	}

	/**
	 * Takes in one device per serial, all of the same type, brand, model and description, each with a new asset
	 * tag, in RECEIVED; all or none (a serial already known, or given twice, refuses the whole intake).
	 */
	@Transactional
	public List<Device> intake(UUID territoryId, UUID donationId, DeviceType type, String brand, String model,
			List<String> serials, DeviceSpecs specs, UUID by) {
		LocalDate receivedOn = today(territoryId);
		if (donationId != null) {
			receivedOn = donation(territoryId, donationId).getReceivedOn();
		}
		if (serials.isEmpty() || serials.size() > MAX_BATCH) {
			throw new DeviceRuleException("serialNumbers", "devices.stock.error.serialCount", MAX_BATCH);
		}
		Set<String> seen = new LinkedHashSet<>();
		for (String serial : serials) {
			if (!seen.add(serial.toUpperCase(Locale.ROOT))) {
				throw new DeviceRuleException("serialNumbers", "devices.stock.error.serialTwice", serial);
			}
			if (devices.existsBySerialNumberIgnoreCase(serial)) {
				throw new DeviceRuleException("serialNumbers", "devices.error.serialTaken", serial);
			}
		}
		checkDescription(type, specs, null);
		Instant now = clock.instant();
		List<Device> added = new ArrayList<>();
		for (String serial : serials) {
			Device device = new Device(territoryId, numbers.assetTag(territoryId, receivedOn), type, brand, model,
					serial, donationId, receivedOn, now);
			specs.applyTo(device, now);
			try {
				added.add(stock.add(device, by));
			}
			catch (DeviceRuleException ex) {
				// the same message next to the form's field of serial numbers
				throw new DeviceRuleException("serialNumbers", ex.messageKey(), ex.args());
			}
		}
		return added;
	}

	/** Changes the description of a device that is not reserved, shipped or out of the programme. */
	@Transactional
	public Device describe(UUID territoryId, UUID deviceId, DeviceSpecs specs) {
		Device device = device(territoryId, deviceId);
		if (!EDITABLE.contains(device.getState())) {
			throw new DeviceRuleException(null, "devices.stock.error.notEditable", device.getAssetTag());
		}
		checkDescription(device.getDeviceType(), specs, device.getState());
		specs.applyTo(device, clock.instant());
		return device;
	}

	/**
	 * Moves a device to a manual state, recorded with who and the note. READY asks for a verified erasure record
	 * (made after the device's last return), a grade, and for a laptop its keyboard layout; REJECTED asks for a
	 * reason.
	 */
	@Transactional
	public Device move(UUID territoryId, UUID deviceId, DeviceState target, String note, UUID by) {
		Device device = device(territoryId, deviceId);
		if (!MANUAL.contains(target) || !device.getState().canGoTo(target)) {
			throw new DeviceRuleException("state", "devices.error.deviceState", device.getAssetTag(),
					device.getState().name(), target.name());
		}
		if (target == DeviceState.REJECTED && (note == null || note.isBlank())) {
			throw new DeviceRuleException("note", "devices.stock.error.reasonRequired");
		}
		if (target == DeviceState.READY) {
			checkReady(device);
		}
		return stock.move(device, target, by, note == null || note.isBlank() ? null : note.strip());
	}

	/** Writes the erasure record of a device not yet ready; its certificate number is given the first time. */
	@Transactional
	public ErasureRecord recordErasure(UUID territoryId, UUID deviceId, ErasureDraft draft, UUID by) {
		Device device = device(territoryId, deviceId);
		if (!ERASABLE.contains(device.getState())) {
			throw new DeviceRuleException(null, "devices.erasure.error.locked", device.getAssetTag());
		}
		if (draft.erasedOn().isAfter(today(territoryId))) {
			throw new DeviceRuleException("erasedOn", "devices.erasure.error.future");
		}
		if (draft.erasedOn().isBefore(device.getReceivedOn())) {
			throw new DeviceRuleException("erasedOn", "devices.erasure.error.beforeReceived");
		}
		Instant now = clock.instant();
		ErasureRecord record = erasures.findByDeviceId(deviceId)
			.orElseGet(() -> new ErasureRecord(deviceId, numbers.certificateNumber(territoryId, draft.erasedOn()), by,
					now));
		record.describe(draft.method(), draft.passes(), draft.tool(), draft.erasedOn(), draft.operatorName(),
				draft.verified(), draft.verifiedBy(), draft.notes(), by, now);
		return erasures.save(record);
	}

	@Transactional(readOnly = true)
	public Optional<ErasureRecord> erasure(UUID deviceId) {
		return erasures.findByDeviceId(deviceId);
	}

	/** The device of the territory, or 404. */
	@Transactional(readOnly = true)
	public Device device(UUID territoryId, UUID deviceId) {
		return devices.findByIdAndTerritoryId(deviceId, territoryId)
			.orElseThrow(() -> NotFoundException.of("device", deviceId));
	}

	/** The donation of the territory, or 404. */
	@Transactional(readOnly = true)
	public Donation donation(UUID territoryId, UUID donationId) {
		return donations.findByIdAndTerritoryId(donationId, territoryId)
			.orElseThrow(() -> NotFoundException.of("donation", donationId));
	}

	@Transactional(readOnly = true)
	public List<DeviceTransition> history(UUID deviceId) {
		return transitions.findByDeviceIdOrderByAt(deviceId);
	}

	public LocalDate today(UUID territoryId) {
		return programme.today(territoryId);
	}

	private void checkDescription(DeviceType type, DeviceSpecs specs, DeviceState state) {
		if (type.hasKeyboard() && specs.keyboardLayout() == null) {
			throw new DeviceRuleException("keyboardLayout", "devices.stock.error.layoutRequired");
		}
		if (state == DeviceState.READY && specs.grade() == null) {
			throw new DeviceRuleException("grade", "devices.stock.error.gradeKept");
		}
	}

	private void checkReady(Device device) {
		ErasureRecord erasure = erasures.findByDeviceId(device.getId()).orElse(null);
		if (erasure == null || !erasure.isVerified()) {
			throw new DeviceRuleException("state", "devices.stock.error.readyWithoutErasure", device.getAssetTag());
		}
		Instant lastReturn = transitions.findByDeviceIdOrderByAt(device.getId())
			.stream()
			.filter(t -> t.getToState() == DeviceState.RETURNED)
			.map(DeviceTransition::getAt)
			.reduce((a, b) -> b)
			.orElse(null);
		if (lastReturn != null && erasure.getUpdatedAt().isBefore(lastReturn)) {
			throw new DeviceRuleException("state", "devices.stock.error.eraseAfterReturn", device.getAssetTag());
		}
		if (device.getGrade() == null) {
			throw new DeviceRuleException("state", "devices.stock.error.readyWithoutGrade", device.getAssetTag());
		}
		if (device.getDeviceType().hasKeyboard() && device.getKeyboardLayout() == null) {
			throw new DeviceRuleException("state", "devices.stock.error.layoutRequired");
		}
	}

}
