package org.relais.notification.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.DirectoryCatalog;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.referral.ReferralSent;
import org.relais.referral.ReferralStatus;
import org.relais.referral.ReferralStatusChanged;
import org.springframework.stereotype.Component;

/**
 * Who hears of a referral event: on the sending, the members of the receiving organisation (none when it has no
 * account: the referral module then mails it a link itself); on a change, the sender — except for a withdrawal,
 * which the receiving organisation's members hear of. Never the person who made the change, never a disabled
 * account.
 */
@Component
public class ReferralRecipients {

	/** A user to notify, in their language. */
	public record Recipient(UUID userId, String email, String displayName, String language) {
	}

	private final DirectoryCatalog directory;

	private final AccountDirectory accounts;

	ReferralRecipients(DirectoryCatalog directory, AccountDirectory accounts) {
		this.directory = directory;
		this.accounts = accounts;
	}

	public List<Recipient> of(ReferralSent event) {
		return resolve(directory.organisationMembers(event.organisationId()), event.senderUserId());
	}

	public List<Recipient> of(ReferralStatusChanged event) {
		if (event.to() == ReferralStatus.WITHDRAWN) {
			return resolve(directory.organisationMembers(event.organisationId()), event.actorUserId());
		}
		return event.senderUserId() == null ? List.of() : resolve(Set.of(event.senderUserId()), event.actorUserId());
	}

	private List<Recipient> resolve(Set<UUID> userIds, UUID except) {
		List<Recipient> out = new ArrayList<>();
		for (UUID id : userIds) {
			if (Objects.equals(id, except)) {
				continue;
			}
			accounts.findById(id)
				.filter(RelaisPrincipal::isEnabled)
				.ifPresent(p -> out.add(new Recipient(p.userId(), p.email(), p.displayName(), p.language())));
		}
		return out;
	}

	/** The service's name in a language, else French, else any. */
	public static String serviceName(java.util.Map<String, String> names, String language) {
		String n = names == null ? null : names.get(language);
		if (n == null && names != null) {
			n = names.getOrDefault("fr", names.values().stream().findFirst().orElse(""));
		}
		return n == null ? "" : n;
	}

	/** An id derived from the event and the recipient: a replayed event finds it taken. */
	public static UUID derivedId(String kind, UUID eventKey, UUID userId) {
		return UUID.nameUUIDFromBytes((kind + ":" + eventKey + ":" + userId)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
