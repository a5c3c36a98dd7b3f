package org.relais.mutualaid.charter;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CharterSignatureRepository extends JpaRepository<CharterSignature, UUID> {

	Optional<CharterSignature> findByVolunteerIdAndCharterId(UUID volunteerId, UUID charterId);

	List<CharterSignature> findByVolunteerIdOrderBySignedAtDesc(UUID volunteerId);

	List<CharterSignature> findByCharterIdAndVolunteerIdIn(UUID charterId, Collection<UUID> volunteerIds);

}
