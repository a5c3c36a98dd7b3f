package org.relais.referral;

import org.springframework.core.io.Resource;

/** A referral's attachment and its content, for a download the caller has checked. */
public record AttachmentDownload(ReferralAttachmentView attachment, Resource content) {
}
