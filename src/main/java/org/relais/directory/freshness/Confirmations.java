package org.relais.directory.freshness;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.relais.directory.domain.Actor;
import org.relais.directory.domain.ChangeSource;
import org.relais.directory.domain.DirectoryChanges;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.ServiceStatus;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-click confirmation behind a link: showing what it confirms changes nothing (mail scanners follow links);
 * confirming assures each service the editor still edits (assured date today, assured by the editor), records the
 * change in the field history and uses the link up.
 */
@Component
class Confirmations {

	/** Why a link does or does not work. */
	enum State {

		VALID, INVALID, EXPIRED, USED

	}

	/** A service shown on the page, in the reader's language. */
	record Entry(String name, String organisation, Instant verifyBy, boolean stale) {
	}

	/** What the page shows. */
	record View(State state, String editorName, List<Entry> services, Instant expiresAt) {

		static View of(State state) {
			return new View(state, null, List.of(), null);
		}

	}

	private final LinkSigner signer;

	private final FreshnessLinkRepository links;

	private final ServiceRepository services;

	private final Editors editors;

	private final AccountDirectory accounts;

	private final DirectoryChanges changes;

	private final Clock clock;

	Confirmations(LinkSigner signer, FreshnessLinkRepository links, ServiceRepository services, Editors editors,
			AccountDirectory accounts, DirectoryChanges changes, Clock clock) {
		this.signer = signer;
		this.links = links;
		this.services = services;
		this.editors = editors;
		this.accounts = accounts;
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	View open(String token, String language) {
		Instant now = clock.instant();
		Optional<FreshnessLink> found = link(token);
		if (found.isEmpty()) {
			return View.of(State.INVALID);
		}
		FreshnessLink link = found.get();
		if (link.isUsed()) {
			return View.of(State.USED);
		}
		if (link.isExpired(now)) {
			return View.of(State.EXPIRED);
		}
		Optional<RelaisPrincipal> editor = accounts.findById(link.getUserId());
		List<Service> confirmable = editor.map(e -> confirmable(link, e)).orElse(List.of());
		if (confirmable.isEmpty()) {
			return View.of(State.INVALID);
		}
		return new View(State.VALID, editor.get().displayName(), entries(confirmable, language, now),
				link.getExpiresAt());
	}

	/** Confirms the services of a valid link, once; any other link is answered with its state and changes nothing. */
	@Transactional
	View confirm(String token, String language) {
		View view = open(token, language);
		if (view.state() != State.VALID) {
			return view;
		}
		// Stored as the database keeps it, so that the history shows the same instant as the service.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		FreshnessLink link = link(token).orElseThrow();
		if (links.use(link.getId(), now) != 1) {
			return View.of(State.USED);
		}
		RelaisPrincipal editor = accounts.findById(link.getUserId()).orElseThrow();
		Actor actor = new Actor(editor.userId(), editor.displayName(), ChangeSource.WEB);
		List<Service> confirmed = confirmable(link, editor);
		for (Service s : confirmed) {
			Map<String, String> before = DirectoryChanges.snapshot(s);
			s.assure(editor.userId(), editor.displayName(), now);
			changes.record(s.getTerritoryId(), "service", s.getId(), before, DirectoryChanges.snapshot(s), actor, now);
		}
		return new View(State.VALID, editor.displayName(), entries(confirmed, language, now), link.getExpiresAt());
	}

	/** The link named by a token whose signature holds and whose signed expiry is the stored one. */
	private Optional<FreshnessLink> link(String token) {
		return signer.verify(token)
			.flatMap(signed -> links.findById(signed.linkId())
				.filter(l -> l.getExpiresAt().getEpochSecond() == signed.expiresAt().getEpochSecond()));
	}

	/** The link's services that still exist, are not archived, and that the editor still edits. */
	private List<Service> confirmable(FreshnessLink link, RelaisPrincipal editor) {
		if (!editor.isEnabled()) {
			return List.of();
		}
		return services.findAllById(link.getServiceIds())
			.stream()
			.filter(s -> s.getStatus() != ServiceStatus.ARCHIVED)
			.filter(s -> editors.edits(editor, s.getOrganisation()))
			.toList();
	}

	private static List<Entry> entries(List<Service> list, String language, Instant now) {
		return list.stream()
			.map(s -> new Entry(s.name(language), s.getOrganisation().name(language), s.getVerifyBy(), s.isStale(now)))
			.sorted(Comparator.comparing((Entry e) -> String.valueOf(e.organisation()))
				.thenComparing(e -> String.valueOf(e.name())))
			.toList();
	}

}
