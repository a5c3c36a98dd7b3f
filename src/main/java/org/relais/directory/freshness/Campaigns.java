package org.relais.directory.freshness;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.VerificationCampaign;
import org.relais.directory.domain.VerificationCampaignRepository;
import org.relais.platform.AccountDirectory;
import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification campaigns: a territory admin asks every partner of the territory to confirm their published services
 * by a deadline. Each editor gets one mail listing the services they edit, with a one-click link; progress is the
 * share of those services assured since the campaign started, and who has not answered yet.
 */
@Component
class Campaigns {

	/** A campaign in the list, with its progress. */
	record Summary(VerificationCampaign campaign, String startedByName, Progress progress) {
	}

	/** An organisation that still has services to confirm, and the people who could. */
	record Pending(String organisation, int toConfirm, int total, List<RelaisPrincipal> editors) {
	}

	/**
	 * How far a campaign is.
	 *
	 * @param total services in the campaign (published or temporarily closed, in the territory)
	 * @param confirmed those assured since the campaign started
	 * @param pending organisations with services still to confirm, by name
	 */
	record Progress(int total, int confirmed, List<Pending> pending) {

		/** Whole percent confirmed, rounded down (100 only when all are). */
		public int percent() {
			return total == 0 ? 100 : (int) (confirmed * 100L / total);
		}

	}

	/** What a launch did. */
	record Launched(UUID campaignId, int editors, int services) {
	}

	private final VerificationCampaignRepository campaigns;

	private final ServiceRepository services;

	private final Editors editors;

	private final Reminders reminders;

	private final AccountDirectory accounts;

	private final AuditLog audit;

	private final Clock clock;

	Campaigns(VerificationCampaignRepository campaigns, ServiceRepository services, Editors editors,
			Reminders reminders, AccountDirectory accounts, AuditLog audit, Clock clock) {
		this.campaigns = campaigns;
		this.services = services;
		this.editors = editors;
		this.reminders = reminders;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Starts a campaign in the admin's current territory and mails every editor; audited. */
	@Transactional
	Launched launch(RelaisPrincipal admin, LocalDate deadline, String message, ZoneId zone) {
		UUID territory = admin.currentTerritoryId();
		Instant now = clock.instant();
		String text = message == null || message.isBlank() ? null : message.strip();
		VerificationCampaign campaign = campaigns
			.save(new VerificationCampaign(territory, admin.userId(), now, deadline, text));
		Map<UUID, List<Service>> byEditor = new LinkedHashMap<>();
		Map<UUID, RelaisPrincipal> people = new LinkedHashMap<>();
		Editors.Lookup lookup = editors.lookup();
		List<Service> all = services.findByTerritory(territory, MonthlyReminders.VISIBLE);
		for (Map.Entry<Organisation, List<Service>> org : byOrganisation(all).entrySet()) {
			lookup.of(org.getKey()).forEach((id, user) -> {
				people.putIfAbsent(id, user);
				byEditor.computeIfAbsent(id, k -> new ArrayList<>()).addAll(org.getValue());
			});
		}
		// The link works until the deadline is over, and at least the usual thirty days.
		Instant endOfDeadline = deadline.plusDays(1).atStartOfDay(zone).toInstant();
		Instant expiresAt = endOfDeadline.isAfter(now.plus(Reminders.VALIDITY)) ? endOfDeadline
				: now.plus(Reminders.VALIDITY);
		byEditor.forEach((id, list) -> reminders.send(people.get(id), list, now, expiresAt, campaign.getId(),
				deadline, text));
		audit.record(AuditAction.FRESHNESS_CAMPAIGN_LAUNCHED, List.of(territory), admin.email(),
				"campaign " + campaign.getId(),
				"deadline " + deadline + ", " + all.size() + " services, " + byEditor.size() + " editors");
		return new Launched(campaign.getId(), byEditor.size(), all.size());
	}

	@Transactional(readOnly = true)
	List<Summary> list(UUID territory) {
		List<Service> all = services.findByTerritory(territory, MonthlyReminders.VISIBLE);
		return campaigns.findByTerritoryIdOrderByStartedAtDesc(territory)
			.stream()
			.map(c -> new Summary(c, name(c.getStartedBy()), progress(c, all, null)))
			.toList();
	}

	/** How many published services of the territory are past their verification period. */
	@Transactional(readOnly = true)
	long staleCount(UUID territory) {
		Instant now = clock.instant();
		return services.findByTerritory(territory, MonthlyReminders.VISIBLE).stream().filter(s -> s.isStale(now)).count();
	}

	/** A campaign of the territory, else 404. */
	@Transactional(readOnly = true)
	Summary get(UUID territory, UUID id, String language) {
		VerificationCampaign c = campaigns.findById(id)
			.filter(x -> x.getTerritoryId().equals(territory))
			.orElseThrow(() -> NotFoundException.of("campaign", id));
		return new Summary(c, name(c.getStartedBy()),
				progress(c, services.findByTerritory(territory, MonthlyReminders.VISIBLE), language));
	}

	/** The progress; with the pending organisations (named in the language) when a language is given. */
	private Progress progress(VerificationCampaign c, List<Service> all, String language) {
		int confirmed = 0;
		List<Pending> pending = new ArrayList<>();
		Editors.Lookup lookup = editors.lookup();
		for (Map.Entry<Organisation, List<Service>> org : byOrganisation(all).entrySet()) {
			int done = (int) org.getValue().stream().filter(s -> confirmedSince(s, c.getStartedAt())).count();
			confirmed += done;
			if (language != null && done < org.getValue().size()) {
				String name = org.getKey().name(language);
				pending.add(new Pending(name == null ? "" : name, org.getValue().size() - done, org.getValue().size(),
						List.copyOf(lookup.of(org.getKey()).values())));
			}
		}
		pending.sort(Comparator.comparing(Pending::organisation, String.CASE_INSENSITIVE_ORDER));
		return new Progress(all.size(), confirmed, pending);
	}

	static boolean confirmedSince(Service s, Instant startedAt) {
		return s.getAssuredAt() != null && !s.getAssuredAt().isBefore(startedAt);
	}

	private static Map<Organisation, List<Service>> byOrganisation(List<Service> all) {
		Map<UUID, Organisation> organisations = new LinkedHashMap<>();
		Map<Organisation, List<Service>> grouped = new LinkedHashMap<>();
		for (Service s : all) {
			Organisation o = organisations.computeIfAbsent(s.getOrganisationId(), k -> s.getOrganisation());
			grouped.computeIfAbsent(o, k -> new ArrayList<>()).add(s);
		}
		return grouped;
	}

	private String name(UUID userId) {
		return accounts.findById(userId).map(RelaisPrincipal::displayName).orElse("");
	}

}
