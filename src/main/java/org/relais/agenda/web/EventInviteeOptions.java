package org.relais.agenda.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The people an organiser can pick by name: the active members of the territory's organisations who are members
 * of the territory. Anybody else (an agent without organisation, a person without account) is invited by address.
 */
@Component
class EventInviteeOptions {

	private final DirectoryCatalog directory;

	private final AccountDirectory accounts;

	EventInviteeOptions(DirectoryCatalog directory, AccountDirectory accounts) {
		this.directory = directory;
		this.accounts = accounts;
	}

	List<EventPages.Choice> users(UUID territoryId) {
		Set<UUID> ids = new LinkedHashSet<>();
		for (OrganisationRef o : directory.organisations(territoryId, EventPages.language())) {
			ids.addAll(directory.organisationMembers(o.id()));
		}
		Collator collator = Collator.getInstance(LocaleContextHolder.getLocale());
		return ids.stream()
			.map(accounts::findById)
			.flatMap(java.util.Optional::stream)
			.filter(p -> p.isEnabled() && p.membership(territoryId).isPresent())
			.map(EventInviteeOptions::choice)
			.sorted(Comparator.comparing(EventPages.Choice::label, collator))
			.toList();
	}

	private static EventPages.Choice choice(RelaisPrincipal p) {
		return new EventPages.Choice(p.userId().toString(), p.displayName());
	}

}
