package org.relais.notification.inbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.relais.platform.Role;
import org.relais.territory.MembershipChanged;
import org.relais.territory.SecurityNotice;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Puts the events that concern a user into their inbox (the mails are sent by the mail side, independently). */
@Component
class InboxListener {

	static final List<String> SECURITY_KINDS = List.of("PASSWORD_CHANGED", "TWO_FACTOR_ENABLED",
			"TWO_FACTOR_DISABLED", "API_TOKEN_CREATED");

	private final Inbox inbox;

	InboxListener(Inbox inbox) {
		this.inbox = inbox;
	}

	/** The notification's id derives from the mail id, so that a replayed event adds nothing. */
	@ApplicationModuleListener
	void on(SecurityNotice event) {
		String kind = SECURITY_KINDS.contains(event.kind()) ? event.kind() : "OTHER";
		UUID id = event.mailId() != null
				? UUID.nameUUIDFromBytes(("notification:" + event.mailId()).getBytes(StandardCharsets.UTF_8))
				: UUID.randomUUID();
		inbox.add(id, event.userId(), null, "notification.security." + kind, List.of(), "/account");
	}

	/**
	 * The event carries no id of its own: two identical changes (disabled, enabled, disabled again) are two
	 * notifications, so each gets a new id.
	 */
	@ApplicationModuleListener
	void on(MembershipChanged event) {
		StoredArg territory = StoredArg.territory(event.territoryId(), event.territoryName());
		if (event.enabled()) {
			List<String> roles = event.roles() == null ? List.of()
					: event.roles().stream().sorted((a, b) -> Integer.compare(rank(a), rank(b))).toList();
			StoredArg roleLabels = StoredArg.keys(roles.isEmpty() ? List.of("notification.role.none")
					: roles.stream().map(r -> "notification.role." + r).toList());
			inbox.add(UUID.randomUUID(), event.userId(), event.territoryId(), "notification.membership.roles",
					List.of(territory, roleLabels), "/home");
		}
		else {
			inbox.add(UUID.randomUUID(), event.userId(), event.territoryId(), "notification.membership.disabled",
					List.of(territory), null);
		}
	}

	private static int rank(String role) {
		for (Role r : Role.values()) {
			if (r.name().equals(role)) {
				return r.ordinal();
			}
		}
		return Integer.MAX_VALUE;
	}

}
