package org.relais.referral;

import java.time.Instant;
import java.util.UUID;

/** A file sent with a referral (a PDF or an image), until it is deleted. */
public record ReferralAttachmentView(UUID id, UUID referralId, String name, String contentType, long size,
		Instant uploadedAt) {
}
