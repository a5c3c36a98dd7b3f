package org.relais.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExtraTermRepository extends JpaRepository<ExtraTerm, UUID> {

	List<ExtraTerm> findByTaxonomyOrderByCode(String taxonomy);

	Optional<ExtraTerm> findByCode(String code);

}
