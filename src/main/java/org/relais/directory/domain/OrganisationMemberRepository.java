package org.relais.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationMemberRepository extends JpaRepository<OrganisationMember, UUID> {

	List<OrganisationMember> findByUserIdAndStatus(UUID userId, MemberStatus status);

	List<OrganisationMember> findByOrganisationId(UUID organisationId);

	List<OrganisationMember> findByOrganisationIdAndStatus(UUID organisationId, MemberStatus status);

	Optional<OrganisationMember> findByOrganisationIdAndUserId(UUID organisationId, UUID userId);

}
