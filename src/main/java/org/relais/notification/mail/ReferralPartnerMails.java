package org.relais.notification.mail;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.relais.directory.DirectoryCatalog;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.referral.ReferralLinkIssued;
import org.relais.referral.ReferralReminderDue;
import org.relais.shared.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The receiving side's referral mails that the referral jobs and links ask for: a signed link to an organisation
 * without any account (at the sending, with a reminder, on renewal), in the organisation's language, to its own
 * address; and the reminders to an organisation's members, each in their language. Nothing about the person.
 */
@Component
class ReferralPartnerMails {

	private final MailDelivery delivery;

	private final DirectoryCatalog directory;

	private final AccountDirectory accounts;

	private final ZoneId zone;

	private final String baseUrl;

	ReferralPartnerMails(MailDelivery delivery, DirectoryCatalog directory, AccountDirectory accounts,
			@Value("${relais.time-zone:Europe/Paris}") String zone, @Value("${relais.base-url}") String baseUrl) {
		this.delivery = delivery;
		this.directory = directory;
		this.accounts = accounts;
		this.zone = ZoneId.of(zone);
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@ApplicationModuleListener
	void on(ReferralLinkIssued event) {
		Locale locale = Languages.locale(event.language());
		String service = name(event.serviceNames(), locale.getLanguage());
		Map<String, Object> vars = new HashMap<>();
		vars.put("why", event.why().name());
		vars.put("service", service);
		vars.put("sender", event.senderName() == null ? "" : event.senderName());
		vars.put("link", event.link());
		vars.put("expiresAt", AccountMails.format(event.expiresAt(), locale, zone));
		delivery.deliver(new OutgoingMail(event.mailId(), event.email(), event.organisationName(), locale,
				"referral-link", "notification.referralLink.subject." + event.why().name(), List.of(service), vars));
	}

	@ApplicationModuleListener
	void on(ReferralReminderDue event) {
		for (UUID userId : directory.organisationMembers(event.organisationId())) {
			RelaisPrincipal member = accounts.findById(userId).filter(RelaisPrincipal::isEnabled).orElse(null);
			if (member == null) {
				continue;
			}
			Locale locale = Languages.locale(member.language());
			String service = name(event.serviceNames(), locale.getLanguage());
			Map<String, Object> vars = new HashMap<>();
			vars.put("service", service);
			vars.put("sender", event.senderName() == null ? "" : event.senderName());
			vars.put("sentAt", AccountMails.format(event.sentAt(), locale, zone));
			vars.put("link", baseUrl + "/referrals/" + event.referralId());
			UUID mailId = UUID.nameUUIDFromBytes(("referral-reminder:" + event.referralId() + ":" + event.number()
					+ ":" + userId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			delivery.deliver(new OutgoingMail(mailId, member.email(), member.displayName(), locale,
					"referral-reminder", "notification.referralReminder.subject", List.of(service), vars));
		}
	}

	private static String name(Map<String, String> names, String language) {
		String n = names.get(language);
		return n != null ? n : names.getOrDefault("fr", names.values().stream().findFirst().orElse(""));
	}

}
