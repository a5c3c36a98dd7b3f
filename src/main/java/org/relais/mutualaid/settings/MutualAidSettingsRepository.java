package org.relais.mutualaid.settings;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MutualAidSettingsRepository extends JpaRepository<MutualAidSettings, UUID> {

}
