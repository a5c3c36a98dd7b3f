package org.relais.mutualaid.news;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AssociationNewsRepository extends JpaRepository<AssociationNews, UUID> {

	Optional<AssociationNews> findByIdAndTerritoryId(UUID id, UUID territoryId);

	List<AssociationNews> findByTerritoryIdAndOrganisationIdOrderByPublishedOnDescCreatedAtDesc(UUID territoryId,
			UUID organisationId);

	Page<AssociationNews> findByTerritoryIdAndVisibilityInAndPublishedOnLessThanEqualOrderByPublishedOnDescCreatedAtDesc(
			UUID territoryId, Collection<NewsVisibility> visibilities, LocalDate today, Pageable page);

}
