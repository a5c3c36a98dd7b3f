package org.relais.mutualaid.carpool;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CarpoolOfferRepository extends JpaRepository<CarpoolOffer, UUID> {

	Optional<CarpoolOffer> findByIdAndTerritoryId(UUID id, UUID territoryId);

	List<CarpoolOffer> findByTerritoryIdAndEventIdOrderByDepartureAtAsc(UUID territoryId, UUID eventId);

	List<CarpoolOffer> findByVolunteerIdOrderByDepartureAtDesc(UUID volunteerId);

	List<CarpoolOffer> findByTerritoryIdAndEventIdInAndStatus(UUID territoryId, Collection<UUID> eventIds,
			CarpoolOfferStatus status);

	/** The confirmation's lock: two confirmations of the last seat wait for each other here. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from CarpoolOffer o where o.id = :id and o.territoryId = :territoryId")
	Optional<CarpoolOffer> lockById(UUID id, UUID territoryId);

}
