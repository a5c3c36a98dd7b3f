package org.relais.notification.inbox;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

	/** Newest first; the id breaks ties so that paging is stable. */
	Page<Notification> findByUserIdOrderByCreatedAtDescIdDesc(UUID userId, Pageable pageable);

	long countByUserIdAndReadAtIsNull(UUID userId);

	Optional<Notification> findByIdAndUserId(UUID id, UUID userId);

	@Modifying
	@Query("update Notification n set n.readAt = :at where n.userId = :userId and n.readAt is null")
	int markAllRead(UUID userId, Instant at);

	@Modifying
	@Query("delete from Notification n where n.createdAt < :before")
	int deleteCreatedBefore(Instant before);

}
