package org.relais.notification.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.shared.Languages;
import org.relais.territory.InvitationIssued;
import org.relais.territory.MembershipChanged;
import org.relais.territory.PasswordResetRequested;
import org.relais.territory.SecurityNotice;
import org.relais.territory.TerritoryCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails about accounts, one per event of the territory module, in the language the event names (for a change
 * of roles, the account's language). Each listener runs after the commit, in its own transaction, and its
 * publication stays in the registry until it completes.
 */
@Component
class AccountMails {

	/** The kinds of security notices that have their own texts; any other gets the general one. */
	static final Set<String> SECURITY_KINDS = Set.of("PASSWORD_CHANGED", "TWO_FACTOR_ENABLED", "TWO_FACTOR_DISABLED",
			"API_TOKEN_CREATED");

	private static final Logger log = LoggerFactory.getLogger(AccountMails.class);

	private final MailDelivery delivery;

	private final AccountDirectory accounts;

	private final TerritoryCatalog territories;

	private final MessageSource messages;

	private final String baseUrl;

	private final ZoneId defaultZone;

	AccountMails(MailDelivery delivery, AccountDirectory accounts, TerritoryCatalog territories,
			MessageSource messages, MailTemplates templates,
			@Value("${relais.time-zone:Europe/Paris}") String defaultZone) {
		this.delivery = delivery;
		this.accounts = accounts;
		this.territories = territories;
		this.messages = messages;
		this.baseUrl = templates.baseUrl();
		this.defaultZone = ZoneId.of(defaultZone);
	}

	@ApplicationModuleListener
	void on(InvitationIssued event) {
		Locale locale = Languages.locale(event.language());
		Map<String, Object> vars = new HashMap<>();
		vars.put("territoryName", event.territoryName());
		vars.put("invitedBy", blankToNull(event.invitedBy()));
		vars.put("link", event.link());
		vars.put("expiresAt", format(event.expiresAt(), locale, defaultZone));
		delivery.deliver(new OutgoingMail(event.mailId(), event.email(), event.displayName(), locale, "invitation",
				"notification.mail.invitation.subject", List.of(nonNull(event.territoryName())), vars));
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		Locale locale = Languages.locale(event.language());
		Map<String, Object> vars = new HashMap<>();
		vars.put("link", event.link());
		vars.put("expiresAt", format(event.expiresAt(), locale, defaultZone));
		delivery.deliver(new OutgoingMail(event.mailId(), event.email(), event.displayName(), locale,
				"password-reset", "notification.mail.passwordReset.subject", List.of(), vars));
	}

	/**
	 * The event names no mail id; a deterministic one would silence a later, identical change (disabled, enabled
	 * again, disabled again), so this mail is not deduplicated: after a crash it may, rarely, be sent twice.
	 */
	@ApplicationModuleListener
	void on(MembershipChanged event) {
		RelaisPrincipal user = accounts.findById(event.userId()).orElse(null);
		if (user == null) {
			log.warn("No account {} for a change of roles: no mail", event.userId());
			return;
		}
		Locale locale = Languages.locale(user.language());
		String territoryName = territories.find(event.territoryId())
			.map(t -> t.name(Languages.of(locale)))
			.orElse(nonNull(event.territoryName()));
		Map<String, Object> vars = new HashMap<>();
		vars.put("territoryName", territoryName);
		vars.put("enabled", event.enabled());
		vars.put("roles", roles(event.roles(), locale));
		vars.put("link", baseUrl + "/home");
		String subject = event.enabled() ? "notification.mail.membership.subject.roles"
				: "notification.mail.membership.subject.disabled";
		delivery.deliver(new OutgoingMail(null, user.email(), user.displayName(), locale, "membership-changed",
				subject, List.of(territoryName), vars));
	}

	@ApplicationModuleListener
	void on(SecurityNotice event) {
		Locale locale = Languages.locale(event.language());
		String kind = SECURITY_KINDS.contains(event.kind()) ? event.kind() : "OTHER";
		Map<String, Object> vars = new HashMap<>();
		vars.put("kind", kind);
		vars.put("link", baseUrl + "/account");
		delivery.deliver(new OutgoingMail(event.mailId(), event.email(), event.displayName(), locale,
				"security-notice", "notification.mail.security.subject." + kind, List.of(), vars));
	}

	/** Role labels in the reader's language, in the usual order of roles. */
	private String roles(Set<String> names, Locale locale) {
		if (names == null || names.isEmpty()) {
			return messages.getMessage("notification.role.none", null, locale);
		}
		return names.stream()
			.sorted((a, b) -> Integer.compare(rank(a), rank(b)))
			.map(name -> messages.getMessage("notification.role." + name, null, name, locale))
			.collect(Collectors.joining(", "));
	}

	private static int rank(String role) {
		for (Role r : Role.values()) {
			if (r.name().equals(role)) {
				return r.ordinal();
			}
		}
		return Integer.MAX_VALUE;
	}

	static String format(Instant instant, Locale locale, ZoneId zone) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone)
			.format(instant);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

}
