package org.relais.devices.shipment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.relais.devices.DeviceRuleException;
import org.relais.devices.settings.DeviceProgramme;
import org.relais.devices.settings.DeviceSettings;
import org.relais.devices.settings.DeviceSettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily proposal: for each territory that runs the programme, on its cut-off day (in its own time zone), the
 * batch of the day is proposed from the waiting orders and the READY stock, unless one exists already. Nothing to
 * allocate: no batch, the orders keep waiting.
 */
@Component
class ShipmentJobs {

	private static final Logger log = LoggerFactory.getLogger(ShipmentJobs.class);

	private final DeviceSettingsRepository settings;

	private final DeviceProgramme programme;

	private final Shipments shipments;

	private final ShipmentBatchRepository batches;

	ShipmentJobs(DeviceSettingsRepository settings, DeviceProgramme programme, Shipments shipments,
			ShipmentBatchRepository batches) {
		this.settings = settings;
		this.programme = programme;
		this.shipments = shipments;
		this.batches = batches;
	}

	@Scheduled(cron = "${relais.devices.shipments.cron:0 30 5 * * *}")
	void scheduled() {
		run();
	}

	/** Proposes the batches due today; returns the ids of the batches made. */
	List<UUID> run() {
		List<UUID> made = new ArrayList<>();
		for (DeviceSettings s : settings.findAll()) {
			UUID territory = s.getTerritoryId();
			ZoneId zone = programme.zone(territory);
			LocalDate today = programme.today(territory);
			if (!s.nextCutoff(today).equals(today)
					|| batches.findByActiveKey(ShipmentBatch.key(territory, today)).isPresent()) {
				continue;
			}
			try {
				made.add(shipments.prepare(territory, today, shipments.plan(territory), null));
			}
			catch (DeviceRuleException refused) {
				log.info("Shipment cut-off {} ({}) in territory {}: no batch ({})", today, zone, territory,
						refused.messageKey());
			}
		}
		if (!made.isEmpty()) {
			log.info("Shipment batches proposed at cut-off: {}", made.size());
		}
		return made;
	}

}
