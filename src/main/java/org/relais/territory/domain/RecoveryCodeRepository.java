package org.relais.territory.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, UUID> {

	List<RecoveryCode> findByUserIdAndCodeHash(UUID userId, String codeHash);

	long countByUserIdAndUsedAtIsNull(UUID userId);

	void deleteByUserId(UUID userId);

}
