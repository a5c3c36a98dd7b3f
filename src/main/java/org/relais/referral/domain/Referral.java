package org.relais.referral.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.relais.people.ContactPreference;
import org.relais.referral.Exclusion;
import org.relais.referral.LiaisonAnswer;
import org.relais.referral.Outcome;
import org.relais.referral.ReferralActionRefused;
import org.relais.referral.ReferralStatus;
import org.relais.referral.RefusalReason;
import org.relais.referral.SharedField;
import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/**
 * A person referred by a sender to a service of a receiving organisation, and where it stands. One method per
 * transition: each checks the state it leaves, moves the dates, and returns the history line to save (the façade
 * saves it and publishes the event).
 *
 * <pre>
 * SENT ──accept──▶ ACCEPTED ──complete──▶ COMPLETED (RESOLVED | UNRESOLVED + reason)
 *  │ └─waitlist─▶ WAITLISTED ─accept/refuse─▶
 *  ├─refuse──▶ REFUSED (reason; OTHER + message)
 *  └─expire──▶ EXPIRED
 * SENT | WAITLISTED | ACCEPTED ──withdraw (sender)──▶ WITHDRAWN
 * </pre>
 */
@Entity
@Table(name = "ref_referral")
@PersonalDataRetention("texts blanked when the person is anonymised, the referral deleted when the person is erased "
		+ "(Referrals.clearPersonalTexts / deleteForPerson)")
public class Referral {

	public static final int MAX_MESSAGE = 2000;

	public static final int MAX_REASON = 4000;

	public static final int MAX_AVAILABILITY = 1000;

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "beneficiary_id", nullable = false)
	private UUID beneficiaryId;

	@Column(name = "service_id", nullable = false)
	private UUID serviceId;

	@Column(name = "service_names", length = 2000)
	private String serviceNames;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(name = "organisation_name", length = 300)
	private String organisationName;

	@Column(name = "sent_by")
	private UUID sentBy;

	@Column(name = "sender_name", length = 200)
	private String senderName;

	@Column(name = "sender_organisation_id")
	private UUID senderOrganisationId;

	@Column(name = "sender_role", length = 32)
	private String senderRole;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ReferralStatus status;

	@PersonalData
	@Column(length = MAX_REASON)
	private String reason;

	@Enumerated(EnumType.STRING)
	@Column(name = "preferred_contact", length = 16)
	private ContactPreference preferredContact;

	@PersonalData
	@Column(length = MAX_AVAILABILITY)
	private String availability;

	@PersonalData
	@Column(length = 20000)
	private String answers;

	@Column(name = "shared_fields", length = 500)
	private String sharedFields;

	@PersonalData
	@Column(length = MAX_MESSAGE)
	private String justification;

	@Column(name = "exclusion_codes", length = 500)
	private String exclusionCodes;

	@Column(name = "consent_id")
	private UUID consentId;

	@Column(name = "idempotency_key", nullable = false, length = 64)
	private String idempotencyKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "refusal_reason", length = 32)
	private RefusalReason refusalReason;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private Outcome outcome;

	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;

	@Column(name = "last_change_at", nullable = false)
	private Instant lastChangeAt;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "next_reminder_at")
	private Instant nextReminderAt;

	@Column(name = "reminders_sent", nullable = false)
	private int remindersSent;

	@Version
	private long version;

	protected Referral() {
	}

	/** The sending: a new referral in {@link ReferralStatus#SENT}, with the first reminder due after {@code remindAfter}. */
	public Referral(UUID territoryId, UUID beneficiaryId, UUID serviceId, Map<String, String> serviceNames,
			UUID organisationId, String organisationName, UUID sentBy, String senderName, String idempotencyKey,
			Instant now, Duration remindAfter) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.beneficiaryId = beneficiaryId;
		this.serviceId = serviceId;
		this.serviceNames = Json.writeNames(serviceNames);
		this.organisationId = organisationId;
		this.organisationName = organisationName;
		this.sentBy = sentBy;
		this.senderName = senderName;
		this.idempotencyKey = idempotencyKey;
		this.status = ReferralStatus.SENT;
		this.sentAt = now;
		this.lastChangeAt = now;
		this.nextReminderAt = remindAfter == null ? null : now.plus(remindAfter);
	}

	/** The history line of the sending. */
	public ReferralTransition sending() {
		return new ReferralTransition(id, null, ReferralStatus.SENT, sentBy, senderName, null, null, sentAt);
	}

	public ReferralTransition accept(UUID by, String byName, String message, Instant now) {
		require(ReferralStatus.SENT, ReferralStatus.WAITLISTED);
		return move(ReferralStatus.ACCEPTED, by, byName, null, message, now);
	}

	public ReferralTransition refuse(RefusalReason why, UUID by, String byName, String message, Instant now) {
		require(ReferralStatus.SENT, ReferralStatus.WAITLISTED);
		if (why == null) {
			throw ReferralActionRefused.refusalReasonRequired();
		}
		if (why == RefusalReason.OTHER && blank(message)) {
			throw ReferralActionRefused.messageRequired();
		}
		this.refusalReason = why;
		return move(ReferralStatus.REFUSED, by, byName, why.name(), message, now);
	}

	public ReferralTransition waitlist(UUID by, String byName, String message, Instant now) {
		require(ReferralStatus.SENT);
		return move(ReferralStatus.WAITLISTED, by, byName, null, message, now);
	}

	public ReferralTransition complete(Outcome result, UUID by, String byName, String message, Instant now) {
		require(ReferralStatus.ACCEPTED);
		if (result == null) {
			throw ReferralActionRefused.outcomeRequired();
		}
		if (result == Outcome.UNRESOLVED && blank(message)) {
			throw ReferralActionRefused.outcomeReasonRequired();
		}
		this.outcome = result;
		return move(ReferralStatus.COMPLETED, by, byName, result.name(), message, now);
	}

	/** By the sender side, at any time before the referral is closed. */
	public ReferralTransition withdraw(UUID by, String byName, String message, Instant now) {
		require(ReferralStatus.SENT, ReferralStatus.WAITLISTED, ReferralStatus.ACCEPTED);
		return move(ReferralStatus.WITHDRAWN, by, byName, null, message, now);
	}

	/** Without an answer for too long (a job decides when): by the system. */
	public ReferralTransition expire(Instant now) {
		require(ReferralStatus.SENT);
		return move(ReferralStatus.EXPIRED, null, null, null, null, now);
	}

	/** A reminder was sent to the receiving organisation; the next one is due at {@code next} (null: none). */
	public void reminded(Instant next) {
		this.remindersSent++;
		this.nextReminderAt = next;
	}

	/** Blanks what people wrote about the person (anonymisation); states and dates stay for the statistics. */
	public void clearPersonalTexts() {
		this.reason = null;
		this.availability = null;
		this.answers = null;
		this.justification = null;
	}

	private void require(ReferralStatus... from) {
		if (!Arrays.asList(from).contains(status)) {
			throw ReferralActionRefused.notFrom(status);
		}
	}

	private ReferralTransition move(ReferralStatus to, UUID by, String byName, String reasonCode, String message,
			Instant now) {
		String text = blank(message) ? null : message.strip();
		if (text != null && text.length() > MAX_MESSAGE) {
			throw ReferralActionRefused.messageTooLong();
		}
		ReferralStatus from = this.status;
		this.status = to;
		this.lastChangeAt = now;
		if (answeredAt == null && to != ReferralStatus.WITHDRAWN && to != ReferralStatus.EXPIRED) {
			this.answeredAt = now;
		}
		if (to.closed()) {
			this.closedAt = now;
		}
		if (to != ReferralStatus.SENT) {
			this.nextReminderAt = null;
		}
		return new ReferralTransition(id, from, to, by, byName, reasonCode, text, now);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	// what the sender wrote, set once at the sending

	public void describe(String reason, ContactPreference preferredContact, String availability,
			List<LiaisonAnswer> answers, Set<SharedField> shared, UUID consentId) {
		this.reason = blank(reason) ? null : reason.strip();
		this.preferredContact = preferredContact;
		this.availability = blank(availability) ? null : availability.strip();
		this.answers = answers == null || answers.isEmpty() ? null : Json.writeAnswers(answers);
		this.sharedFields = codes(shared);
		this.consentId = consentId;
	}

	public void sentDespite(Set<Exclusion> exclusions, String justification) {
		this.exclusionCodes = exclusions == null || exclusions.isEmpty() ? null : codes(exclusions);
		this.justification = blank(justification) ? null : justification.strip();
	}

	public void sentFrom(UUID senderOrganisationId, String senderRole) {
		this.senderOrganisationId = senderOrganisationId;
		this.senderRole = senderRole;
	}

	private static String codes(Set<? extends Enum<?>> values) {
		return values == null || values.isEmpty() ? null
				: values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> Set<E> parse(String codes, Class<E> type, Function<String, E> of) {
		Set<E> out = new LinkedHashSet<>();
		if (codes != null) {
			for (String c : codes.split(",")) {
				String code = c.strip();
				if (Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(code))) {
					out.add(of.apply(code));
				}
			}
		}
		return out;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public UUID getBeneficiaryId() {
		return beneficiaryId;
	}

	public UUID getServiceId() {
		return serviceId;
	}

	public Map<String, String> getServiceNames() {
		return Json.readNames(serviceNames);
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public String getOrganisationName() {
		return organisationName;
	}

	public UUID getSentBy() {
		return sentBy;
	}

	public String getSenderName() {
		return senderName;
	}

	public UUID getSenderOrganisationId() {
		return senderOrganisationId;
	}

	public String getSenderRole() {
		return senderRole;
	}

	public ReferralStatus getStatus() {
		return status;
	}

	public String getReason() {
		return reason;
	}

	public ContactPreference getPreferredContact() {
		return preferredContact;
	}

	public String getAvailability() {
		return availability;
	}

	public List<LiaisonAnswer> getAnswers() {
		return Json.readAnswers(answers);
	}

	public Set<SharedField> getSharedFields() {
		return parse(sharedFields, SharedField.class, SharedField::valueOf);
	}

	public String getJustification() {
		return justification;
	}

	public Set<Exclusion> getExclusions() {
		return parse(exclusionCodes, Exclusion.class, Exclusion::valueOf);
	}

	public UUID getConsentId() {
		return consentId;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public RefusalReason getRefusalReason() {
		return refusalReason;
	}

	public Outcome getOutcome() {
		return outcome;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public Instant getLastChangeAt() {
		return lastChangeAt;
	}

	public Instant getAnsweredAt() {
		return answeredAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Instant getNextReminderAt() {
		return nextReminderAt;
	}

	public int getRemindersSent() {
		return remindersSent;
	}

}
