package org.relais.people.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BeneficiaryRepository extends JpaRepository<Beneficiary, UUID> {

	Optional<Beneficiary> findByIdAndTerritoryId(UUID id, UUID territoryId);

	@Query("select b from Beneficiary b where b.territoryId = :territory and b.anonymisedAt is null "
			+ "and b.nameKey like concat('%', :text, '%') order by b.nameKey")
	List<Beneficiary> searchByName(UUID territory, String text, Limit limit);

	@Query("select b from Beneficiary b where b.territoryId = :territory and b.anonymisedAt is null "
			+ "and (b.phoneKey = :phone or b.birthYear = :year) order by b.nameKey")
	List<Beneficiary> searchByPhoneOrYear(UUID territory, String phone, Integer year, Limit limit);

	@Query("select b from Beneficiary b where b.territoryId = :territory and b.anonymisedAt is null "
			+ "and b.lastActivityAt < :before")
	List<Beneficiary> inactiveSince(UUID territory, java.time.Instant before);

	@Query("select distinct b.territoryId from Beneficiary b where b.anonymisedAt is null")
	List<UUID> territoriesWithPeople();

	@Query("select b from Beneficiary b where b.territoryId = :territory and b.anonymisedAt is null "
			+ "and (b.nameKey = :nameKey or (b.phoneKey is not null and b.phoneKey = :phone))")
	List<Beneficiary> sameNameOrPhone(UUID territory, String nameKey, String phone);

}
