package org.relais.territory.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TerritoryRepository extends JpaRepository<Territory, UUID> {

	Optional<Territory> findBySlug(String slug);

}
