package org.relais.notification.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.relais.devices.DeviceRequestDeclined;
import org.relais.devices.DeviceRequestRouted;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Component;

/**
 * Who hears of a device request's step: the members of the organisation it was routed to; the agent who took it
 * when a partner declined it (never a disabled account).
 */
@Component
public class DeviceRequestRecipients {

	private final DirectoryCatalog directory;

	private final AccountDirectory accounts;

	DeviceRequestRecipients(DirectoryCatalog directory, AccountDirectory accounts) {
		this.directory = directory;
		this.accounts = accounts;
	}

	public List<ReferralRecipients.Recipient> of(DeviceRequestRouted event) {
		List<ReferralRecipients.Recipient> out = new ArrayList<>();
		for (UUID id : directory.organisationMembers(event.organisationId())) {
			resolve(id).ifPresent(out::add);
		}
		return out;
	}

	/** The enabled members of an organisation (e.g. an association offered a mutual-aid action). */
	public List<ReferralRecipients.Recipient> members(UUID organisationId) {
		List<ReferralRecipients.Recipient> out = new ArrayList<>();
		for (UUID id : directory.organisationMembers(organisationId)) {
			resolve(id).ifPresent(out::add);
		}
		return out;
	}

	/** Enabled accounts by id (e.g. the staff of a territory to alert). */
	public List<ReferralRecipients.Recipient> users(List<UUID> userIds) {
		List<ReferralRecipients.Recipient> out = new ArrayList<>();
		for (UUID id : userIds) {
			resolve(id).ifPresent(out::add);
		}
		return out;
	}

	public List<ReferralRecipients.Recipient> of(DeviceRequestDeclined event) {
		return event.agentId() == null ? List.of() : resolve(event.agentId()).stream().toList();
	}

	/** The organisation's name in a reader's language. */
	public String organisationName(UUID territoryId, UUID organisationId, String language) {
		return directory.organisation(territoryId, organisationId, language)
			.map(OrganisationRef::name)
			.orElse("");
	}

	private java.util.Optional<ReferralRecipients.Recipient> resolve(UUID userId) {
		return accounts.findById(Objects.requireNonNull(userId))
			.filter(RelaisPrincipal::isEnabled)
			.map(p -> new ReferralRecipients.Recipient(p.userId(), p.email(), p.displayName(), p.language()));
	}

}
