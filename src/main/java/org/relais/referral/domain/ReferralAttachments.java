package org.relais.referral.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.platform.ProtectedFiles;
import org.relais.platform.StoredFile;
import org.relais.platform.StoredFiles;
import org.relais.referral.AttachmentDownload;
import org.relais.referral.NewReferral;
import org.relais.referral.ReferralAttachmentView;
import org.springframework.stereotype.Component;

/**
 * The files sent with referrals: PDF, JPEG or PNG, checked by content and size by the platform's
 * {@link StoredFiles}. They are served only by the referral's own page, under its access rules: the platform's
 * {@code /files/{id}} does not serve them ({@link ProtectedFiles}).
 */
@Component
public class ReferralAttachments implements ProtectedFiles {

	public static final int MAX_FILES = 5;

	private static final Set<StoredFiles.Kind> KINDS = Set.of(StoredFiles.Kind.PDF, StoredFiles.Kind.IMAGE);

	private static final Set<String> TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

	private final ReferralAttachmentRepository attachments;

	private final StoredFiles files;

	public ReferralAttachments(ReferralAttachmentRepository attachments, StoredFiles files) {
		this.attachments = attachments;
		this.files = files;
	}

	/**
	 * Stores the files of a new referral. When one is refused, those already stored for it are deleted before the
	 * refusal goes up (the transaction then writes nothing).
	 */
	public void store(Referral r, List<NewReferral.Upload> uploads, UUID by, Instant now) {
		if (uploads.size() > MAX_FILES) {
			throw new StoredFiles.FileRejectedException("referral.referral.error.tooManyFiles");
		}
		List<UUID> stored = new ArrayList<>();
		try {
			for (NewReferral.Upload u : uploads) {
				StoredFile f = files.store(r.getTerritoryId(), u.name(), u.content().get(), u.size(), KINDS, false);
				stored.add(f.id());
				if (!TYPES.contains(f.contentType())) {
					throw new StoredFiles.FileRejectedException("platform.upload.typeNotAllowed");
				}
				attachments.save(new ReferralAttachment(r.getId(), f.id(), f.originalName(), f.contentType(), f.size(),
						by, now));
			}
		}
		catch (RuntimeException ex) {
			stored.forEach(files::delete);
			throw ex;
		}
	}

	public List<ReferralAttachmentView> list(UUID referralId) {
		return attachments.findByReferralIdAndDeletedAtIsNullOrderByUploadedAtAsc(referralId)
			.stream()
			.map(ReferralAttachment::view)
			.toList();
	}

	public Optional<AttachmentDownload> download(UUID referralId, UUID attachmentId) {
		return attachments.findByIdAndReferralId(attachmentId, referralId)
			.filter(a -> a.getDeletedAt() == null && a.getFileId() != null)
			.flatMap(a -> files.content(a.getFileId()).map(c -> new AttachmentDownload(a.view(), c)));
	}

	/** Deletes the files of these referrals; the lines stay, marked deleted. */
	public void deleteAll(Collection<UUID> referralIds, Instant now) {
		if (referralIds.isEmpty()) {
			return;
		}
		for (ReferralAttachment a : attachments.findByReferralIdInAndDeletedAtIsNull(referralIds)) {
			if (a.getFileId() != null) {
				files.delete(a.getFileId());
			}
			a.deleted(now);
		}
	}

	/** Deletes the lines of these referrals' attachments (after {@link #deleteAll}). */
	public void forget(Collection<UUID> referralIds) {
		if (!referralIds.isEmpty()) {
			attachments.deleteByReferralIdIn(referralIds);
		}
	}

	@Override
	public boolean protects(UUID fileId) {
		return attachments.existsByFileId(fileId);
	}

}
