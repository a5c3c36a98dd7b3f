package org.relais.notification.mail;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface SentMailRepository extends JpaRepository<SentMail, UUID> {

	@Modifying
	@Transactional
	@Query("delete from SentMail m where m.sentAt < :before")
	int deleteSentBefore(Instant before);

}
