package org.relais.territory.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PasswordResetRepository extends JpaRepository<PasswordReset, UUID> {

	Optional<PasswordReset> findByTokenHash(String tokenHash);

	boolean existsByUserIdAndCreatedAtAfter(UUID userId, java.time.Instant after);

}
