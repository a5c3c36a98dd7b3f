package org.relais.people.domain;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RetentionSettingRepository extends JpaRepository<RetentionSetting, UUID> {

}
