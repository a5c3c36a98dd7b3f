package org.relais.devices.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.relais.devices.stock.Device;
import org.relais.devices.stock.DeviceRepository;
import org.relais.devices.stock.StockDesk;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Labels to stick on devices: one on a label printer's page, or sheets for chosen devices or a donation's. */
@Controller
class DeviceLabelController {

	/** Ten sheets at most in one answer. */
	static final int MAX_LABELS = 240;

	private final StockDesk desk;

	private final DeviceRepository devices;

	private final DeviceLabelPdf labels;

	DeviceLabelController(StockDesk desk, DeviceRepository devices, DeviceLabelPdf labels) {
		this.desk = desk;
		this.devices = devices;
		this.labels = labels;
	}

	@GetMapping("/devices/{id}/label.pdf")
	ResponseEntity<byte[]> label(@PathVariable UUID id, Locale locale) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		Device device = desk.device(me.currentTerritoryId(), id);
		return StockPages.pdf("label-" + device.getAssetTag() + ".pdf", labels.single(device, locale));
	}

	/**
	 * A sheet for the devices chosen in the list; any id not of the territory is a 404 for the whole sheet. Nothing
	 * chosen: back to the list with a message.
	 */
	@GetMapping("/devices/labels.pdf")
	ResponseEntity<byte[]> sheet(@RequestParam(required = false) List<UUID> ids, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		if (ids == null || ids.isEmpty()) {
			RequestContextUtils.getOutputFlashMap(request).put("flash", "devices.label.noneChosen");
			RequestContextUtils.saveOutputFlashMap("/devices", request, response);
			return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/devices")).build();
		}
		if (ids.size() > MAX_LABELS) {
			throw NotFoundException.of("devices", "labels");
		}
		List<Device> chosen = new ArrayList<>();
		for (UUID id : new LinkedHashSet<>(ids)) {
			chosen.add(desk.device(me.currentTerritoryId(), id));
		}
		return StockPages.pdf("labels.pdf", labels.sheet(chosen, locale));
	}

	@GetMapping("/devices/donations/{id}/labels.pdf")
	ResponseEntity<byte[]> donationSheet(@PathVariable UUID id, Locale locale) {
		RelaisPrincipal me = DevicesAccess.requireStaff();
		desk.donation(me.currentTerritoryId(), id);
		List<Device> given = devices.findByDonationId(id);
		if (given.isEmpty()) {
			throw NotFoundException.of("devices", "labels");
		}
		return StockPages.pdf("labels.pdf", labels
			.sheet(given.stream().sorted(Comparator.comparing(Device::getAssetTag)).limit(MAX_LABELS).toList(), locale));
	}

}
