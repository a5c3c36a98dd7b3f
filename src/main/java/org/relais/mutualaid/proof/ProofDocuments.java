package org.relais.mutualaid.proof;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.ProofStatus;
import org.relais.mutualaid.VolunteerNotified;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.mutualaid.volunteer.Volunteers;
import org.relais.platform.Role;
import org.relais.platform.StoredFile;
import org.relais.platform.StoredFiles;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The volunteers' proof documents: upload (PDF, JPEG or PNG, content-checked and size-limited by
 * {@link StoredFiles}; an expiry date that is not past, required unless the type says otherwise), the coordinator's verification or rejection, and the
 * reminder sent once, 30 days before a verified document expires (to the volunteer by mail and in the app, to the
 * coordinators in the app).
 */
@Service
@Transactional
public class ProofDocuments {

	public static final int REMIND_DAYS_BEFORE = 30;

	private static final Set<StoredFiles.Kind> KINDS = Set.of(StoredFiles.Kind.PDF, StoredFiles.Kind.IMAGE);

	private final ProofDocumentRepository documents;

	private final ProofTypes types;

	private final VolunteerRepository volunteers;

	private final StoredFiles files;

	private final MutualAid mutualAid;

	private final TerritoryAccounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProofDocuments(ProofDocumentRepository documents, ProofTypes types, VolunteerRepository volunteers,
			StoredFiles files, MutualAid mutualAid, TerritoryAccounts accounts, ApplicationEventPublisher events,
			Clock clock) {
		this.documents = documents;
		this.types = types;
		this.volunteers = volunteers;
		this.files = files;
		this.mutualAid = mutualAid;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores a volunteer's document for a proof type of the territory.
	 * @throws MutualAidException (fields {@code proofCode}, {@code expiresOn}, {@code file}) for an unknown type, a
	 *     missing or past expiry date, or a file that is not a PDF, JPEG or PNG document (nothing is written then)
	 */
	public ProofDocument upload(Volunteer v, String proofCode, LocalDate expiresOn, String fileName,
			InputStream content, long size) {
		UUID territoryId = v.getTerritoryId();
		ProofType type = type(territoryId, proofCode).filter(ProofType::isActive)
			.orElseThrow(() -> new MutualAidException("proofCode", "mutualaid.proofs.error.type"));
		if (expiresOn == null && type.isExpiryRequired()) {
			throw new MutualAidException("expiresOn", "mutualaid.proofs.error.expiryRequired");
		}
		if (expiresOn != null && expiresOn.isBefore(mutualAid.today(territoryId))) {
			throw new MutualAidException("expiresOn", "mutualaid.proofs.error.expired");
		}
		if (content == null || size <= 0) {
			throw new MutualAidException("file", "mutualaid.proofs.error.file");
		}
		StoredFile stored;
		try {
			stored = files.store(territoryId, fileName == null ? "document" : fileName, content, size, KINDS, false);
		}
		catch (StoredFiles.FileRejectedException ex) {
			throw new MutualAidException("file", ex.messageKey());
		}
		return documents.save(new ProofDocument(territoryId, v.getId(), proofCode, stored.id(),
				stored.originalName(), expiresOn, clock.instant()));
	}

	public Optional<ProofType> type(UUID territoryId, String code) {
		return types.of(territoryId).stream().filter(t -> t.getCode().equals(code)).findFirst();
	}

	/** A document of the territory, or 404. */
	@Transactional(readOnly = true)
	public ProofDocument find(UUID territoryId, UUID documentId) {
		return documents.findByIdAndTerritoryId(documentId, territoryId)
			.orElseThrow(() -> NotFoundException.of("proof", documentId));
	}

	public ProofDocument verify(UUID territoryId, UUID documentId, UUID by) {
		ProofDocument d = find(territoryId, documentId);
		d.verify(by, clock.instant());
		notifyVolunteer(d, VolunteerNotified.Kind.PROOF_VERIFIED, null, List.of());
		return d;
	}

	/** @throws MutualAidException (field {@code reason}) without a reason */
	public ProofDocument reject(UUID territoryId, UUID documentId, String reason, UUID by) {
		ProofDocument d = find(territoryId, documentId);
		d.reject(reason, by, clock.instant());
		notifyVolunteer(d, VolunteerNotified.Kind.PROOF_REJECTED, d.getRejectionReason(), List.of());
		return d;
	}

	/**
	 * Sends the expiry reminders due at {@code now}: verified documents expiring within
	 * {@link #REMIND_DAYS_BEFORE} days of their territory's today, not reminded yet.
	 * @return how many were sent
	 */
	public int remindExpiring(Instant now) {
		LocalDate utcToday = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
		int sent = 0;
		for (ProofDocument d : documents.findByStatusAndExpiresOnBetweenAndReminderSentAtIsNull(ProofStatus.VERIFIED,
				utcToday.minusDays(1), utcToday.plusDays(REMIND_DAYS_BEFORE + 1))) {
			LocalDate today = LocalDate.ofInstant(now, mutualAid.zone(d.getTerritoryId()));
			if (d.getExpiresOn().isBefore(today) || d.getExpiresOn().isAfter(today.plusDays(REMIND_DAYS_BEFORE))) {
				continue;
			}
			d.reminded(now);
			notifyVolunteer(d, VolunteerNotified.Kind.PROOF_EXPIRING, null,
					accounts.holders(d.getTerritoryId(), Set.of(Role.COORDINATOR, Role.TERRITORY_ADMIN)));
			sent++;
		}
		return sent;
	}

	private void notifyVolunteer(ProofDocument d, VolunteerNotified.Kind kind, String reason,
			List<UUID> coordinators) {
		Volunteer v = volunteers.findById(d.getVolunteerId()).orElse(null);
		if (v == null) {
			return;
		}
		String name = type(d.getTerritoryId(), d.getProofCode()).filter(t -> !t.isDefaultType())
			.map(ProofType::getName)
			.orElse(null);
		events.publishEvent(Volunteers.notice(v, kind, d.getProofCode(), name, d.getExpiresOn(), reason,
				coordinators));
	}

}
