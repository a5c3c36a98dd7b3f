package org.relais.notification.mail;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.relais.partnership.PartnershipProgressed;
import org.relais.partnership.PartnershipStatus;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Partner onboarding mails: to the applying organisation (in the request's language, each recipient with their own
 * private link to the status page) when the request is received, changes are asked, the contract is sent, the
 * partnership is active or refused; and to the territory's admins (each in their language) when a request arrives,
 * comes back corrected, or its contract is signed.
 */
@Component
class PartnershipMails {

	/** The applicant's mails, by status. */
	static final Set<PartnershipStatus> APPLICANT = Set.of(PartnershipStatus.REQUESTED,
			PartnershipStatus.CHANGES_REQUESTED, PartnershipStatus.CONTRACT_SENT, PartnershipStatus.ACTIVE,
			PartnershipStatus.REFUSED);

	private final MailDelivery delivery;

	private final AccountDirectory accounts;

	PartnershipMails(MailDelivery delivery, AccountDirectory accounts) {
		this.delivery = delivery;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(PartnershipProgressed event) {
		String kind = event.status().name();
		if (APPLICANT.contains(event.status())) {
			Locale locale = Languages.locale(event.language());
			for (PartnershipProgressed.Recipient r : event.applicants()) {
				Map<String, Object> vars = new HashMap<>();
				vars.put("introKey", "notification.mail.partnership.applicant.intro." + kind);
				vars.put("organisation", event.organisationName());
				vars.put("territory", event.territoryName());
				vars.put("reference", event.reference());
				vars.put("note", event.note());
				vars.put("link", r.link());
				delivery.deliver(new OutgoingMail(id("applicant", event.stepId(), r.email()), r.email(), r.name(),
						locale, "partnership-applicant", "notification.mail.partnership.applicant.subject." + kind,
						List.of(event.organisationName()), vars));
			}
		}
		String adminKind = event.adminKind();
		if (adminKind == null) {
			return;
		}
		for (UUID userId : event.territoryAdmins()) {
			RelaisPrincipal admin = accounts.findById(userId).filter(RelaisPrincipal::isEnabled).orElse(null);
			if (admin == null) {
				continue;
			}
			Map<String, Object> vars = new HashMap<>();
			vars.put("introKey", "notification.mail.partnership.admin.intro." + adminKind);
			vars.put("organisation", event.organisationName());
			vars.put("reference", event.reference());
			vars.put("link", event.adminLink());
			delivery.deliver(new OutgoingMail(id("admin", event.stepId(), admin.email()), admin.email(),
					admin.displayName(), Languages.locale(admin.language()), "partnership-admin",
					"notification.mail.partnership.admin.subject." + adminKind, List.of(event.organisationName()),
					vars));
		}
	}

	private static UUID id(String side, UUID stepId, String email) {
		return UUID.nameUUIDFromBytes(("partnership-" + side + ":" + stepId + ":" + email.toLowerCase(Locale.ROOT))
			.getBytes(StandardCharsets.UTF_8));
	}

}
