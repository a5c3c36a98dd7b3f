package org.relais.referral.partner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationContact;
import org.relais.platform.RelaisPrincipal;
import org.relais.referral.ReferralAction;
import org.relais.referral.ReferralDetails;
import org.relais.referral.ReferralLinkIssued;
import org.relais.referral.Referrals;
import org.relais.referral.domain.Referral;
import org.relais.referral.domain.ReferralRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links that let an organisation without any account read and answer one referral (issue 5): made at the sending,
 * with each reminder and on request from an expired link, valid {@link #VALIDITY}, always mailed to the
 * organisation's own address ({@link ReferralLinkIssued}), never shown. Answers go through the {@link Referrals}
 * façade's transitions like any member's.
 */
@Service
class MagicLinks {

	static final Duration VALIDITY = Duration.ofDays(8);

	/** At most this many links per referral and day (renewals are mailed: this keeps the mailbox safe). */
	static final int MAX_LINKS_PER_DAY = 3;

	private static final Logger log = LoggerFactory.getLogger(MagicLinks.class);

	/** What a token opens. */
	enum State {

		VALID, EXPIRED, INVALID

	}

	/** The referral behind a token, with the organisation it was sent to. */
	record Opened(State state, MagicLink link, ReferralDetails referral, OrganisationContact organisation) {

		static final Opened INVALID = new Opened(State.INVALID, null, null, null);

		/** Who the access log and the history name. */
		String actor() {
			return "magic link of " + organisation.name();
		}

	}

	/** What a renewal request did. */
	enum Renewal {

		MAILED, TOO_MANY, NO_ADDRESS, INVALID

	}

	private final MagicLinkRepository links;

	private final ReferralRepository referralRows;

	private final Referrals referrals;

	private final DirectoryCatalog directory;

	private final ReferralLinkSigner signer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseUrl;

	MagicLinks(MagicLinkRepository links, ReferralRepository referralRows, Referrals referrals,
			DirectoryCatalog directory, ReferralLinkSigner signer, ApplicationEventPublisher events, Clock clock,
			@Value("${relais.base-url}") String baseUrl) {
		this.links = links;
		this.referralRows = referralRows;
		this.referrals = referrals;
		this.directory = directory;
		this.signer = signer;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Whether the organisation has nobody to read the referral in Relais (it then works through links). */
	boolean withoutAccounts(UUID organisationId) {
		return directory.organisationMembers(organisationId).isEmpty();
	}

	/**
	 * Makes a link to the referral and publishes the mail to the organisation's address, in the caller's
	 * transaction. Returns false (and makes nothing) when the organisation has no address to write to.
	 */
	@Transactional
	boolean issue(UUID referralId, ReferralLinkIssued.Why why, Instant now) {
		Referral r = referralRows.findById(referralId).orElse(null);
		OrganisationContact org = r == null ? null : directory.organisationContact(r.getOrganisationId()).orElse(null);
		if (org == null || org.email() == null || org.email().isBlank()) {
			log.warn("No link for referral {}: its organisation has no email address", referralId);
			return false;
		}
		MagicLink link = new MagicLink(UUID.randomUUID(), r.getId(), r.getOrganisationId(), now, now.plus(VALIDITY));
		String token = signer.sign(link.getId(), link.getExpiresAt());
		link.token(ReferralLinkSigner.hash(token));
		links.save(link);
		events.publishEvent(new ReferralLinkIssued(link.getId(), r.getId(), r.getTerritoryId(), org.name(),
				org.email(), org.language(), r.getServiceNames(), r.getSenderName(), baseUrl + "/r/" + token,
				link.getExpiresAt(), why));
		return true;
	}

	/** The referral a token opens, or why it does not. */
	@Transactional(readOnly = true)
	Opened open(String token) {
		Optional<ReferralLinkSigner.Signed> signed = signer.verify(token);
		if (signed.isEmpty()) {
			return Opened.INVALID;
		}
		MagicLink link = links.findById(signed.get().linkId())
			.filter(l -> ReferralLinkSigner.hash(token).equals(l.getTokenHash()))
			.orElse(null);
		if (link == null) {
			return Opened.INVALID;
		}
		Optional<ReferralDetails> referral = referrals.findForOrganisation(link.getReferralId(),
				link.getOrganisationId());
		Optional<OrganisationContact> org = directory.organisationContact(link.getOrganisationId());
		if (referral.isEmpty() || org.isEmpty()) {
			return Opened.INVALID;
		}
		State state = link.usable(clock.instant()) ? State.VALID : State.EXPIRED;
		return new Opened(state, link, referral.get(), org.get());
	}

	/** An answer through a valid link, by the façade's transition for the receiving organisation. */
	@Transactional
	void answer(Opened opened, ReferralAction action) {
		referrals.actForOrganisation(opened.referral().id(), opened.organisation().id(),
				opened.organisation().name(), action);
	}

	/**
	 * A fresh link for the referral of a genuine token (valid or expired), mailed to the organisation: the older
	 * links stop working. Limited to {@link #MAX_LINKS_PER_DAY} links a day per referral.
	 */
	@Transactional
	Renewal renew(String token) {
		Opened opened = open(token);
		if (opened.state() == State.INVALID) {
			return Renewal.INVALID;
		}
		Instant now = clock.instant();
		UUID referralId = opened.referral().id();
		if (links.countByReferralIdAndCreatedAtAfter(referralId, now.minus(Duration.ofDays(1))) >= MAX_LINKS_PER_DAY) {
			return Renewal.TOO_MANY;
		}
		List<MagicLink> older = links.findByReferralIdAndRevokedAtIsNull(referralId);
		if (!issue(referralId, ReferralLinkIssued.Why.RENEWED, now)) {
			return Renewal.NO_ADDRESS;
		}
		older.forEach(l -> l.revoke(now));
		return Renewal.MAILED;
	}

	/**
	 * Runs a read of the person's record under the link's name, so that the personal-data access log says who read
	 * it: "magic link of" the organisation, with the link's id in place of a user id.
	 */
	static <T> T asLink(Opened opened, Supplier<T> read) {
		RelaisPrincipal link = new RelaisPrincipal(opened.link().getId(), opened.actor(), opened.organisation().name(),
				null, true, false, opened.organisation().language(), false, 0, List.of(),
				opened.referral().summary().territoryId());
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(link, null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return read.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
