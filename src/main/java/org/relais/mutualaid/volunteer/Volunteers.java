package org.relais.mutualaid.volunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.Availability;
import org.relais.mutualaid.GeoPoint;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.Places;
import org.relais.mutualaid.VolunteerNotified;
import org.relais.mutualaid.VolunteerStatus;
import org.relais.mutualaid.charter.Charter;
import org.relais.mutualaid.action.ActionAssignmentRepository;
import org.relais.mutualaid.charter.CharterSignatureRepository;
import org.relais.mutualaid.charter.Charters;
import org.relais.mutualaid.proof.ProofDocument;
import org.relais.mutualaid.proof.ProofDocumentRepository;
import org.relais.platform.StoredFiles;
import org.relais.platform.Role;
import org.relais.shared.NotFoundException;
import org.relais.territory.InvitationAccepted;
import org.relais.territory.TerritoryAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The volunteers' life: public sign-up (a PENDING record and an invitation to an account with the VOLUNTEER role,
 * linked when accepted), their own profile and absences, the coordinator's state changes (activation needs the
 * current charter signed), and a new charter version announced to the active volunteers.
 */
@Service
@Transactional
public class Volunteers {

	public static final int MIN_KM = 1;

	public static final int MAX_KM = 100;

	/** What a person gives when signing up or changing their profile; the place is checked against the territory. */
	public record Profile(String phone, String streetAddress, String postalCode, String communeCode,
			Availability availability, Set<ActionType> actionTypes, boolean hasCar, int maxDistanceKm,
			String language) {
	}

	private final VolunteerRepository volunteers;

	private final VolunteerAbsenceRepository absences;

	private final Charters charters;

	private final Places places;

	private final TerritoryAccounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ProofDocumentRepository documents;

	private final CharterSignatureRepository signatures;

	private final ActionAssignmentRepository assignments;

	private final StoredFiles files;

	Volunteers(VolunteerRepository volunteers, VolunteerAbsenceRepository absences, Charters charters, Places places,
			TerritoryAccounts accounts, ApplicationEventPublisher events, Clock clock, ProofDocumentRepository documents,
			CharterSignatureRepository signatures, ActionAssignmentRepository assignments, StoredFiles files) {
		this.documents = documents;
		this.signatures = signatures;
		this.assignments = assignments;
		this.files = files;
		this.volunteers = volunteers;
		this.absences = absences;
		this.charters = charters;
		this.places = places;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Signs a person up: a PENDING volunteer and an invitation to an account.
	 * @throws MutualAidException (field {@code email}) when the address signed up already in the territory
	 */
	public Volunteer signUp(UUID territoryId, String firstName, String lastName, String email, Profile profile) {
		String address = email.strip();
		if (volunteers.findByTerritoryIdAndEmailIgnoreCase(territoryId, address).isPresent()) {
			throw new MutualAidException("email", "mutualaid.signup.error.duplicate");
		}
		Volunteer v = new Volunteer(territoryId, firstName.strip(), lastName.strip(), address.toLowerCase(),
				profile.language(), clock.instant());
		apply(v, profile);
		volunteers.save(v);
		accounts.invite(territoryId, v.getEmail(), v.displayName(), Set.of(Role.VOLUNTEER), v.getLanguage(), null);
		return v;
	}

	/** The invitation of a volunteer who signed up was accepted: their record gets the account. */
	@ApplicationModuleListener
	void on(InvitationAccepted event) {
		if (event.email() == null || event.territoryId() == null) {
			return;
		}
		volunteers.findByTerritoryIdAndEmailIgnoreCase(event.territoryId(), event.email().strip())
			.filter(v -> v.getUserId() == null)
			.ifPresent(v -> v.linkAccount(event.userId()));
	}

	public void changeProfile(UUID volunteerId, Profile profile) {
		Volunteer v = volunteers.findById(volunteerId).orElseThrow(() -> NotFoundException.of("volunteer", volunteerId));
		apply(v, profile);
	}

	private void apply(Volunteer v, Profile p) {
		if (p.maxDistanceKm() < MIN_KM || p.maxDistanceKm() > MAX_KM) {
			throw new MutualAidException("maxDistanceKm", "mutualaid.signup.error.distance", MIN_KM, MAX_KM);
		}
		GeoPoint at = places.locate(v.getTerritoryId(), p.postalCode(), p.communeCode()).orElse(null);
		v.contact(p.phone(), p.streetAddress(), p.postalCode(), p.communeCode(), at == null ? null : at.latitude(),
				at == null ? null : at.longitude());
		v.offer(p.availability(), p.actionTypes(), p.hasCar(), p.maxDistanceKm());
		v.changeLanguage(p.language());
	}

	/** @throws MutualAidException (field {@code untilDate}) when the end is before the start */
	public VolunteerAbsence addAbsence(UUID volunteerId, LocalDate from, LocalDate until) {
		if (until.isBefore(from)) {
			throw new MutualAidException("untilDate", "mutualaid.space.error.absence");
		}
		return absences.save(new VolunteerAbsence(volunteerId, from, until));
	}

	public void deleteAbsence(UUID volunteerId, UUID absenceId) {
		VolunteerAbsence a = absences.findById(absenceId)
			.filter(x -> x.getVolunteerId().equals(volunteerId))
			.orElseThrow(() -> NotFoundException.of("absence", absenceId));
		absences.delete(a);
	}

	@Transactional(readOnly = true)
	public List<VolunteerAbsence> absences(UUID volunteerId) {
		return absences.findByVolunteerIdOrderByFromDate(volunteerId);
	}

	/**
	 * The coordinator moves a volunteer to another state, with a note.
	 * @throws MutualAidException (field {@code status}) when the move is not allowed, or an activation without the
	 *     current charter signed
	 */
	public Volunteer moveTo(UUID territoryId, UUID volunteerId, VolunteerStatus next, String note) {
		Volunteer v = volunteers.findByIdAndTerritoryId(volunteerId, territoryId)
			.orElseThrow(() -> NotFoundException.of("volunteer", volunteerId));
		if (next == VolunteerStatus.ACTIVE && !charters.signedCurrent(territoryId, volunteerId)) {
			throw new MutualAidException("status", "mutualaid.volunteers.error.charter");
		}
		v.moveTo(next, note == null || note.isBlank() ? null : note.strip(), clock.instant());
		if (next == VolunteerStatus.ACTIVE) {
			events.publishEvent(notice(v, VolunteerNotified.Kind.ACTIVATED, null, null, null, null, null));
		}
		return v;
	}

	/**
	 * Erases a volunteer who left: their documents (and files), absences and signatures are deleted; the record is
	 * deleted too, or made anonymous when missions refer to it.
	 * @throws MutualAidException (field {@code status}) when the volunteer has not left
	 */
	public void erase(UUID territoryId, UUID volunteerId) {
		Volunteer v = volunteers.findByIdAndTerritoryId(volunteerId, territoryId)
			.orElseThrow(() -> NotFoundException.of("volunteer", volunteerId));
		if (v.getStatus() != VolunteerStatus.LEFT) {
			throw new MutualAidException("status", "mutualaid.volunteers.error.eraseNotLeft");
		}
		for (ProofDocument d : documents.findByVolunteerIdOrderByUploadedAtDesc(volunteerId)) {
			documents.delete(d);
			files.delete(d.getFileId());
		}
		absences.deleteAll(absences.findByVolunteerIdOrderByFromDate(volunteerId));
		signatures.deleteAll(signatures.findByVolunteerIdOrderBySignedAtDesc(volunteerId));
		if (assignments.findByVolunteerIdOrderByOfferedAtDesc(volunteerId).isEmpty()) {
			volunteers.delete(v);
		}
		else {
			v.anonymise();
		}
	}

	/**
	 * Publishes a new charter version and tells every active volunteer that it awaits their signature.
	 * @throws MutualAidException from {@link Charters#publish}
	 */
	public Charter publishCharter(UUID territoryId, Map<String, String> texts, UUID by) {
		Charter c = charters.publish(territoryId, texts, by);
		for (Volunteer v : volunteers.findByTerritoryIdAndStatusIn(territoryId, Set.of(VolunteerStatus.ACTIVE))) {
			events.publishEvent(new VolunteerNotified(
					UUID.nameUUIDFromBytes(("charter:" + c.getId() + ":" + v.getId()).getBytes()), territoryId,
					v.getId(), v.getUserId(), v.getEmail(), v.displayName(), v.getLanguage(),
					VolunteerNotified.Kind.CHARTER, null, null, null, null, c.getVersionNumber(), List.of()));
		}
		return c;
	}

	/** A notice to one volunteer, with a fresh id. */
	public static VolunteerNotified notice(Volunteer v, VolunteerNotified.Kind kind, String proofCode,
			String proofName, LocalDate date, String reason, List<UUID> coordinators) {
		return new VolunteerNotified(UUID.randomUUID(), v.getTerritoryId(), v.getId(), v.getUserId(), v.getEmail(),
				v.displayName(), v.getLanguage(), kind, proofCode, proofName, date, reason, null, coordinators);
	}

}
