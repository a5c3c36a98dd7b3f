package org.relais.devices.stock;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DonationRepository extends JpaRepository<Donation, UUID> {

	Optional<Donation> findByIdAndTerritoryId(UUID id, UUID territoryId);

	Page<Donation> findByTerritoryIdOrderByReceivedOnDescCreatedAtDesc(UUID territoryId, Pageable page);

	List<Donation> findByTerritoryIdAndDonorName(UUID territoryId, String donorName);

}
