package org.relais.subscription.kit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.relais.platform.Role;
import org.relais.shared.NotFoundException;
import org.relais.subscription.KitRenewalDue;
import org.relais.territory.TerritoryAccounts;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The communication kit of each territory: its desk phone number and taglines, flyer renewals, and the reminder to
 * the coordinators every three months since the last renewal (or since the kit was set up) to renew the flyers and
 * post news. A reminder is sent once per three months, not every day.
 */
@Service
@Transactional
public class Kits {

	/** Months between two flyer renewals. */
	public static final int RENEWAL_MONTHS = 3;

	private final CommunicationKitRepository kits;

	private final TerritoryCatalog territories;

	private final TerritoryAccounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseUrl;

	Kits(CommunicationKitRepository kits, TerritoryCatalog territories, TerritoryAccounts accounts,
			ApplicationEventPublisher events, Clock clock, @Value("${relais.base-url}") String baseUrl) {
		this.kits = kits;
		this.territories = territories;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@Transactional(readOnly = true)
	public Optional<CommunicationKit> kit(UUID territoryId) {
		return kits.findById(territoryId);
	}

	/** The territory's public Relais address, printed on the flyers and in their QR code. */
	public String territoryUrl(TerritorySummary territory) {
		return baseUrl + "/t/" + territory.slug();
	}

	/** A phone number as printed: digits, spaces and a leading +, 6 to 20 characters, at least 6 digits. */
	public static boolean validPhone(String phone) {
		if (phone == null) {
			return false;
		}
		String p = phone.strip();
		return p.length() >= 6 && p.length() <= 20 && p.matches("\\+?[0-9 ]+")
				&& p.chars().filter(Character::isDigit).count() >= 6;
	}

	/**
	 * Sets up or changes the kit. Taglines are kept for the territory's languages only, blank ones dropped. Checks
	 * everything before writing: the phone number, each tagline's length, a renewal date not in the future.
	 */
	public CommunicationKit save(UUID territoryId, String deskPhone, Map<String, String> taglines,
			LocalDate lastRenewedOn, UUID by) {
		TerritorySummary territory = territory(territoryId);
		if (!validPhone(deskPhone)) {
			throw new KitException("deskPhone", "kit.error.phone");
		}
		Map<String, String> kept = new LinkedHashMap<>();
		for (String language : territory.languages()) {
			String t = taglines.get(language);
			if (t != null && !t.isBlank()) {
				if (t.strip().length() > CommunicationKit.MAX_TAGLINE) {
					throw new KitException("taglines[" + language + "]", "kit.error.tagline");
				}
				kept.put(language, t.strip());
			}
		}
		if (lastRenewedOn != null && lastRenewedOn.isAfter(today(territory))) {
			throw new KitException("lastRenewedOn", "kit.error.renewedFuture");
		}
		CommunicationKit kit = kits.findById(territoryId)
			.orElseGet(() -> new CommunicationKit(territoryId, clock.instant()));
		kit.change(deskPhone.strip().replaceAll(" +", " "), kept, lastRenewedOn, by, clock.instant());
		return kits.save(kit);
	}

	/** Records that the flyers were renewed today; the next reminder comes three months later. */
	public void renewed(UUID territoryId, UUID by) {
		CommunicationKit kit = kits.findById(territoryId).orElseThrow(() -> new KitException("deskPhone",
				"kit.error.notSetUp"));
		kit.renewed(today(territory(territoryId)), by, clock.instant());
	}

	/** The day the next reminder is due: three months after the last renewal, set-up or reminder. */
	@Transactional(readOnly = true)
	public LocalDate nextReminder(CommunicationKit kit) {
		ZoneId zone = ZoneId.of(territory(kit.getTerritoryId()).timeZone());
		LocalDate anchor = kit.getLastRenewedOn() != null ? kit.getLastRenewedOn()
				: kit.getSetUpAt().atZone(zone).toLocalDate();
		if (kit.getRemindedAt() != null) {
			LocalDate reminded = kit.getRemindedAt().atZone(zone).toLocalDate();
			if (reminded.isAfter(anchor)) {
				anchor = reminded;
			}
		}
		return anchor.plusMonths(RENEWAL_MONTHS);
	}

	/** Reminds the coordinators of every kit whose reminder is due at {@code now}; returns how many kits. */
	public int remindDue(Instant now) {
		int sent = 0;
		for (CommunicationKit kit : kits.findAll()) {
			TerritorySummary territory = territories.find(kit.getTerritoryId()).orElse(null);
			if (territory == null) {
				continue;
			}
			LocalDate today = now.atZone(ZoneId.of(territory.timeZone())).toLocalDate();
			if (today.isBefore(nextReminder(kit))) {
				continue;
			}
			List<UUID> recipients = new ArrayList<>(accounts.holders(territory.id(), java.util.Set.of(Role.COORDINATOR)));
			if (recipients.isEmpty()) {
				recipients.addAll(accounts.territoryAdmins(territory.id()));
			}
			kit.reminded(now);
			events.publishEvent(new KitRenewalDue(UUID.randomUUID(), territory.id(),
					territory.name(territory.defaultLanguage()), kit.getLastRenewedOn(), recipients,
					baseUrl + "/admin/kit"));
			sent++;
		}
		return sent;
	}

	private LocalDate today(TerritorySummary territory) {
		return LocalDate.now(clock.withZone(ZoneId.of(territory.timeZone())));
	}

	private TerritorySummary territory(UUID territoryId) {
		return territories.find(territoryId).orElseThrow(() -> NotFoundException.of("territory", territoryId));
	}

}
