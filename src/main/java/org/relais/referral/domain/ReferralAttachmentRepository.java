package org.relais.referral.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferralAttachmentRepository extends JpaRepository<ReferralAttachment, UUID> {

	List<ReferralAttachment> findByReferralIdAndDeletedAtIsNullOrderByUploadedAtAsc(UUID referralId);

	List<ReferralAttachment> findByReferralIdInAndDeletedAtIsNull(Collection<UUID> referralIds);

	Optional<ReferralAttachment> findByIdAndReferralId(UUID id, UUID referralId);

	boolean existsByFileId(UUID fileId);

	@org.springframework.data.jpa.repository.Modifying
	@org.springframework.data.jpa.repository.Query("delete from ReferralAttachment a where a.referralId in :ids")
	int deleteByReferralIdIn(Collection<UUID> ids);

}
