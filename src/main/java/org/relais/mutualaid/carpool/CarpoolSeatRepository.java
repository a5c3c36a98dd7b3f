package org.relais.mutualaid.carpool;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CarpoolSeatRepository extends JpaRepository<CarpoolSeat, UUID> {

	Optional<CarpoolSeat> findByIdAndTerritoryId(UUID id, UUID territoryId);

	List<CarpoolSeat> findByTerritoryIdAndEventIdOrderByCreatedAtAsc(UUID territoryId, UUID eventId);

	List<CarpoolSeat> findByTerritoryIdAndUserIdOrderByCreatedAtDesc(UUID territoryId, UUID userId);

	List<CarpoolSeat> findByOfferIdAndStatus(UUID offerId, CarpoolSeatStatus status);

	List<CarpoolSeat> findByOfferIdInAndStatus(Collection<UUID> offerIds, CarpoolSeatStatus status);

	List<CarpoolSeat> findByPersonId(UUID personId);

	List<CarpoolSeat> findByTerritoryIdAndEventIdInAndStatusIn(UUID territoryId, Collection<UUID> eventIds,
			Collection<CarpoolSeatStatus> statuses);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from CarpoolSeat s where s.id = :id and s.territoryId = :territoryId")
	Optional<CarpoolSeat> lockById(UUID id, UUID territoryId);

}
