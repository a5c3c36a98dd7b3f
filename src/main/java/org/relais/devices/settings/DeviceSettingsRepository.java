package org.relais.devices.settings;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DeviceSettingsRepository extends JpaRepository<DeviceSettings, UUID> {

}
