package org.relais.referral.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relais.people.ContactPreference;
import org.relais.referral.LiaisonAnswer;
import org.relais.referral.Outcome;
import org.relais.referral.ReferralAccess;
import org.relais.referral.ReferralAction;
import org.relais.referral.ReferralActionRefused;
import org.relais.referral.ReferralStatus;
import org.relais.referral.RefusalReason;
import org.relais.referral.SharedField;

/** Every transition of a referral, from every state: allowed ones move and write their line, others are refused. */
class ReferralWorkflowTest {

	static final Instant SENT = Instant.parse("2026-11-02T09:00:00Z");

	static final Instant LATER = SENT.plus(Duration.ofDays(2));

	static final UUID PARTNER = UUID.randomUUID();

	static final UUID AGENT = UUID.randomUUID();

	static Referral sent() {
		return new Referral(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Map.of("fr", "Épicerie"),
				UUID.randomUUID(), "Les Paniers", AGENT, "Agent", "token-1", SENT, Duration.ofDays(10));
	}

	/** A referral brought to a state through allowed moves. */
	static Referral in(ReferralStatus status) {
		Referral r = sent();
		switch (status) {
			case SENT -> {
			}
			case ACCEPTED -> r.accept(PARTNER, "Partner", null, SENT);
			case REFUSED -> r.refuse(RefusalReason.FULL, PARTNER, "Partner", null, SENT);
			case WAITLISTED -> r.waitlist(PARTNER, "Partner", null, SENT);
			case COMPLETED -> {
				r.accept(PARTNER, "Partner", null, SENT);
				r.complete(Outcome.RESOLVED, PARTNER, "Partner", null, SENT);
			}
			case WITHDRAWN -> r.withdraw(AGENT, "Agent", null, SENT);
			case EXPIRED -> r.expire(SENT);
		}
		assertThat(r.getStatus()).isEqualTo(status);
		return r;
	}

	@Test
	void aNewReferralIsSentWithItsFirstReminderDueAndItsFirstLine() {
		Referral r = sent();
		assertThat(r.getStatus()).isEqualTo(ReferralStatus.SENT);
		assertThat(r.getNextReminderAt()).isEqualTo(SENT.plus(Duration.ofDays(10)));
		ReferralTransition line = r.sending();
		assertThat(line.getFromStatus()).isNull();
		assertThat(line.getToStatus()).isEqualTo(ReferralStatus.SENT);
		assertThat(line.getActorId()).isEqualTo(AGENT);
		assertThat(line.getReferralId()).isEqualTo(r.getId());
	}

	@ParameterizedTest
	@EnumSource(names = { "SENT", "WAITLISTED" })
	void acceptFromSentOrWaitlisted(ReferralStatus from) {
		Referral r = in(from);
		ReferralTransition t = r.accept(PARTNER, "Partner", "Welcome", LATER);
		assertThat(r.getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
		assertLine(t, from, ReferralStatus.ACCEPTED, null, "Welcome");
		assertThat(r.getNextReminderAt()).isNull();
		assertThat(r.getClosedAt()).isNull();
		assertThat(r.getAnsweredAt()).isEqualTo(from == ReferralStatus.SENT ? LATER : SENT);
	}

	@ParameterizedTest
	@EnumSource(names = { "SENT", "WAITLISTED" })
	void refuseFromSentOrWaitlisted(ReferralStatus from) {
		Referral r = in(from);
		ReferralTransition t = r.refuse(RefusalReason.NOT_ELIGIBLE, PARTNER, "Partner", null, LATER);
		assertThat(r.getStatus()).isEqualTo(ReferralStatus.REFUSED);
		assertThat(r.getRefusalReason()).isEqualTo(RefusalReason.NOT_ELIGIBLE);
		assertLine(t, from, ReferralStatus.REFUSED, "NOT_ELIGIBLE", null);
		assertThat(r.getClosedAt()).isEqualTo(LATER);
	}

	@Test
	void refusingForAnotherReasonNeedsAMessage() {
		Referral r = sent();
		assertRefused(() -> r.refuse(RefusalReason.OTHER, PARTNER, "Partner", "  ", LATER),
				"referral.refusal.error.messageRequired");
		assertRefused(() -> r.refuse(null, PARTNER, "Partner", "why", LATER), "referral.refusal.error.reasonRequired");
		assertThat(r.getStatus()).isEqualTo(ReferralStatus.SENT);
		ReferralTransition t = r.refuse(RefusalReason.OTHER, PARTNER, "Partner", " Moved away ", LATER);
		assertLine(t, ReferralStatus.SENT, ReferralStatus.REFUSED, "OTHER", "Moved away");
	}

	@Test
	void waitlistFromSentOnly() {
		Referral r = sent();
		ReferralTransition t = r.waitlist(PARTNER, "Partner", null, LATER);
		assertThat(r.getStatus()).isEqualTo(ReferralStatus.WAITLISTED);
		assertLine(t, ReferralStatus.SENT, ReferralStatus.WAITLISTED, null, null);
		assertThat(r.getAnsweredAt()).isEqualTo(LATER);
		assertThat(r.getClosedAt()).isNull();
	}

	@Test
	void completeFromAcceptedWithAnOutcome() {
		Referral r = in(ReferralStatus.ACCEPTED);
		assertRefused(() -> r.complete(null, PARTNER, "Partner", null, LATER), "referral.outcome.error.required");
		assertRefused(() -> r.complete(Outcome.UNRESOLVED, PARTNER, "Partner", "", LATER),
				"referral.outcome.error.reasonRequired");
		assertThat(r.getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
		ReferralTransition t = r.complete(Outcome.UNRESOLVED, PARTNER, "Partner", "Housing still missing", LATER);
		assertThat(r.getStatus()).isEqualTo(ReferralStatus.COMPLETED);
		assertThat(r.getOutcome()).isEqualTo(Outcome.UNRESOLVED);
		assertLine(t, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED, "UNRESOLVED", "Housing still missing");
		assertThat(r.getClosedAt()).isEqualTo(LATER);
	}

	@Test
	void completeResolvedNeedsNoReason() {
		Referral r = in(ReferralStatus.ACCEPTED);
		r.complete(Outcome.RESOLVED, PARTNER, "Partner", null, LATER);
		assertThat(r.getOutcome()).isEqualTo(Outcome.RESOLVED);
	}

	@ParameterizedTest
	@EnumSource(names = { "SENT", "WAITLISTED", "ACCEPTED" })
	void withdrawBeforeTheEnd(ReferralStatus from) {
		Referral r = in(from);
		ReferralTransition t = r.withdraw(AGENT, "Agent", "Found elsewhere", LATER);
		assertThat(r.getStatus()).isEqualTo(ReferralStatus.WITHDRAWN);
		assertLine(t, from, ReferralStatus.WITHDRAWN, null, "Found elsewhere");
		assertThat(t.getActorId()).isEqualTo(AGENT);
		assertThat(r.getClosedAt()).isEqualTo(LATER);
	}

	@Test
	void expireFromSentOnlyByTheSystem() {
		Referral r = sent();
		ReferralTransition t = r.expire(LATER);
		assertThat(r.getStatus()).isEqualTo(ReferralStatus.EXPIRED);
		assertLine(t, ReferralStatus.SENT, ReferralStatus.EXPIRED, null, null);
		assertThat(t.getActorId()).isNull();
		assertThat(r.getAnsweredAt()).isNull();
		assertThat(r.getNextReminderAt()).isNull();
		assertThat(r.getClosedAt()).isEqualTo(LATER);
	}

	@ParameterizedTest
	@EnumSource(ReferralStatus.class)
	void everyMoveFromAStateItDoesNotLeaveIsRefusedAndChangesNothing(ReferralStatus from) {
		Map<String, Consumer<Referral>> moves = Map.of("accept", r -> r.accept(PARTNER, "P", null, LATER), "refuse",
				r -> r.refuse(RefusalReason.FULL, PARTNER, "P", null, LATER), "waitlist",
				r -> r.waitlist(PARTNER, "P", null, LATER), "complete",
				r -> r.complete(Outcome.RESOLVED, PARTNER, "P", null, LATER), "withdraw",
				r -> r.withdraw(AGENT, "A", null, LATER), "expire", r -> r.expire(LATER));
		Map<String, Set<ReferralStatus>> allowedFrom = Map.of("accept",
				EnumSet.of(ReferralStatus.SENT, ReferralStatus.WAITLISTED), "refuse",
				EnumSet.of(ReferralStatus.SENT, ReferralStatus.WAITLISTED), "waitlist", EnumSet.of(ReferralStatus.SENT),
				"complete", EnumSet.of(ReferralStatus.ACCEPTED), "withdraw",
				EnumSet.of(ReferralStatus.SENT, ReferralStatus.WAITLISTED, ReferralStatus.ACCEPTED), "expire",
				EnumSet.of(ReferralStatus.SENT));
		for (var move : moves.entrySet()) {
			Referral r = in(from);
			Instant changed = r.getLastChangeAt();
			if (allowedFrom.get(move.getKey()).contains(from)) {
				move.getValue().accept(r);
				assertThat(r.getStatus()).as(move.getKey() + " from " + from).isNotEqualTo(from);
			}
			else {
				assertThatThrownBy(() -> move.getValue().accept(r)).as(move.getKey() + " from " + from)
					.isInstanceOf(ReferralActionRefused.class)
					.extracting(e -> ((ReferralActionRefused) e).messageKey())
					.isEqualTo("referral.referral.error.notFrom." + from.name());
				assertThat(r.getStatus()).isEqualTo(from);
				assertThat(r.getLastChangeAt()).isEqualTo(changed);
			}
		}
	}

	@Test
	void aMessageLongerThanTheLimitIsRefused() {
		Referral r = sent();
		assertRefused(() -> r.accept(PARTNER, "P", "x".repeat(Referral.MAX_MESSAGE + 1), LATER),
				"referral.referral.error.messageTooLong");
		assertThat(r.getStatus()).isEqualTo(ReferralStatus.SENT);
	}

	@Test
	void theAccessSaysWhichActionsAreOpen() {
		ReferralAccess receiver = new ReferralAccess(true, false);
		ReferralAccess sender = new ReferralAccess(false, true);
		assertThat(receiver.allowed(ReferralStatus.SENT)).containsExactlyInAnyOrder(ReferralAction.Kind.ACCEPT,
				ReferralAction.Kind.REFUSE, ReferralAction.Kind.WAITLIST);
		assertThat(receiver.allowed(ReferralStatus.WAITLISTED)).containsExactlyInAnyOrder(ReferralAction.Kind.ACCEPT,
				ReferralAction.Kind.REFUSE);
		assertThat(receiver.allowed(ReferralStatus.ACCEPTED)).containsExactly(ReferralAction.Kind.COMPLETE);
		assertThat(receiver.allowed(ReferralStatus.COMPLETED)).isEmpty();
		assertThat(sender.allowed(ReferralStatus.ACCEPTED)).containsExactly(ReferralAction.Kind.WITHDRAW);
		assertThat(sender.allowed(ReferralStatus.REFUSED)).isEmpty();
		assertThat(new ReferralAccess(false, false).allowed(ReferralStatus.SENT)).isEmpty();
	}

	@Test
	void whatTheSenderWroteIsKeptAndBlankedOnAnonymisation() {
		Referral r = sent();
		r.describe(" Needs food ", ContactPreference.PHONE, "Mornings",
				List.of(new LiaisonAnswer(1, "Household", "CHOICE", "Couple"),
						new LiaisonAnswer(0, "Situation", "TEXT", "Unemployed")),
				EnumSet.of(SharedField.NAME, SharedField.PHONE), UUID.randomUUID());
		assertThat(r.getReason()).isEqualTo("Needs food");
		assertThat(r.getAnswers()).extracting(LiaisonAnswer::position).containsExactly(0, 1);
		assertThat(r.getAnswers().get(1).value()).isEqualTo("Couple");
		assertThat(r.getSharedFields()).containsExactlyInAnyOrder(SharedField.NAME, SharedField.PHONE);
		assertThat(r.getServiceNames()).containsEntry("fr", "Épicerie");
		r.clearPersonalTexts();
		assertThat(r.getReason()).isNull();
		assertThat(r.getAnswers()).isEmpty();
		assertThat(r.getAvailability()).isNull();
		assertThat(r.getSharedFields()).hasSize(2);
	}

	private static void assertLine(ReferralTransition t, ReferralStatus from, ReferralStatus to, String reason,
			String message) {
		assertThat(t.getFromStatus()).isEqualTo(from);
		assertThat(t.getToStatus()).isEqualTo(to);
		assertThat(t.getReasonCode()).isEqualTo(reason);
		assertThat(t.getMessage()).isEqualTo(message);
		assertThat(t.getAt()).isEqualTo(LATER);
	}

	private static void assertRefused(Runnable move, String key) {
		assertThatThrownBy(move::run).isInstanceOf(ReferralActionRefused.class)
			.extracting(e -> ((ReferralActionRefused) e).messageKey())
			.isEqualTo(key);
	}

}
