package org.relais.directory.freshness;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.FreshnessReminderDue;
import org.relais.directory.domain.Service;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.relais.territory.TerritoryCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Makes an editor's confirmation link and publishes the mail's event, in the caller's transaction: the link, the
 * reminder record and the event publication are committed together or not at all.
 */
@Component
class Reminders {

	/** How long a link works, at least. */
	static final Duration VALIDITY = Duration.ofDays(30);

	private final FreshnessLinkRepository links;

	private final LinkSigner signer;

	private final TerritoryCatalog territories;

	private final ApplicationEventPublisher events;

	private final String baseUrl;

	Reminders(FreshnessLinkRepository links, LinkSigner signer, TerritoryCatalog territories,
			ApplicationEventPublisher events, @Value("${relais.base-url}") String baseUrl) {
		this.links = links;
		this.signer = signer;
		this.territories = territories;
		this.events = events;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Asks the editor to confirm the services (not empty).
	 *
	 * @param expiresAt when the link stops working
	 * @param campaignId the campaign, or null for the monthly reminder
	 */
	FreshnessReminderDue send(RelaisPrincipal editor, Collection<Service> services, Instant now, Instant validUntil,
			UUID campaignId, LocalDate deadline, String message) {
		Instant expiresAt = validUntil.truncatedTo(ChronoUnit.SECONDS);
		String language = Languages.of(Languages.locale(editor.language()));
		List<Service> sorted = services.stream()
			.sorted(Comparator.comparing((Service s) -> String.valueOf(s.getOrganisation().name(language)))
				.thenComparing(s -> String.valueOf(s.name(language))))
			.toList();
		Set<UUID> ids = new LinkedHashSet<>();
		sorted.forEach(s -> ids.add(s.getId()));
		FreshnessLink link = links.save(new FreshnessLink(editor.userId(), ids, campaignId, now, expiresAt));
		String url = baseUrl + "/directory/confirm/" + signer.sign(link.getId(), expiresAt) + "?lang=" + language;
		String territoryName = territories.find(sorted.get(0).getTerritoryId())
			.map(t -> t.name(language))
			.orElse("");
		FreshnessReminderDue event = new FreshnessReminderDue(UUID.randomUUID(), editor.userId(), editor.email(),
				editor.displayName(), language, territoryName,
				sorted.stream()
					.map(s -> new FreshnessReminderDue.ServiceToConfirm(s.name(language),
							s.getOrganisation().name(language), s.getVerifyBy()))
					.toList(),
				url, expiresAt, deadline, message == null || message.isBlank() ? null : message.strip());
		events.publishEvent(event);
		return event;
	}

}
