package org.relais.referral.partner;

import java.time.Clock;

import org.relais.referral.ReferralLinkIssued;
import org.relais.referral.ReferralSent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A referral sent to an organisation without any member account: the organisation gets a link by mail instead of
 * the members' notifications. Runs after the sending's commit, from the publication registry.
 */
@Component
class MagicLinkListener {

	private final MagicLinks links;

	private final Clock clock;

	MagicLinkListener(MagicLinks links, Clock clock) {
		this.links = links;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ReferralSent event) {
		if (links.withoutAccounts(event.organisationId())) {
			links.issue(event.referralId(), ReferralLinkIssued.Why.SENT, clock.instant());
		}
	}

}
