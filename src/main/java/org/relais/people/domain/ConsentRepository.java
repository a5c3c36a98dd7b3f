package org.relais.people.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentRepository extends JpaRepository<Consent, UUID> {

	List<Consent> findByBeneficiaryIdOrderByGivenAtDesc(UUID beneficiaryId);

	void deleteByBeneficiaryId(UUID beneficiaryId);

}
