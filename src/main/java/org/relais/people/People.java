package org.relais.people;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.relais.people.domain.Beneficiary;
import org.relais.people.domain.BeneficiaryRepository;
import org.relais.people.domain.Consent;
import org.relais.people.domain.ConsentRepository;
import org.relais.platform.PersonalDataAccessLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of a territory: create a person, find them, read their record (logged), and record the consents
 * they give. Every method takes the caller's territory: a person of another territory does not exist for it.
 */
@Service
public class People {

	static final String SUBJECT = "beneficiary";

	private final BeneficiaryRepository beneficiaries;

	private final ConsentRepository consents;

	private final PersonalDataAccessLog accessLog;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	People(BeneficiaryRepository beneficiaries, ConsentRepository consents, PersonalDataAccessLog accessLog,
			Clock clock, ApplicationEventPublisher events) {
		this.beneficiaries = beneficiaries;
		this.consents = consents;
		this.accessLog = accessLog;
		this.clock = clock;
		this.events = events;
	}

	/** Replaces what an agent entered about a person; the edit counts as activity. */
	@Transactional
	public Optional<BeneficiarySummary> update(UUID territoryId, UUID id, NewBeneficiary person) {
		return live(territoryId, id).map(b -> {
			b.update(person, clock.instant());
			return summary(b);
		});
	}

	/** The person took part in some work (a referral, an appointment…): postpones their anonymisation. */
	@Transactional
	public void touch(UUID territoryId, UUID beneficiaryId) {
		live(territoryId, beneficiaryId).ifPresent(b -> b.touch(clock.instant()));
	}

	/**
	 * Erases the person and their consents for good (right to erasure) and publishes {@link BeneficiaryErased} so
	 * that other modules erase what they hold. Returns false when the person is not in the territory.
	 */
	@Transactional
	public boolean erase(UUID territoryId, UUID beneficiaryId) {
		Optional<Beneficiary> found = beneficiaries.findByIdAndTerritoryId(beneficiaryId, territoryId);
		found.ifPresent(b -> {
			consents.deleteByBeneficiaryId(b.getId());
			beneficiaries.delete(b);
			events.publishEvent(new BeneficiaryErased(territoryId, beneficiaryId, clock.instant()));
		});
		return found.isPresent();
	}

	private Optional<Beneficiary> live(UUID territoryId, UUID id) {
		return beneficiaries.findByIdAndTerritoryId(id, territoryId).filter(b -> b.getAnonymisedAt() == null);
	}

	@Transactional
	public BeneficiarySummary create(UUID territoryId, NewBeneficiary person, UUID createdBy) {
		Beneficiary b = beneficiaries.save(new Beneficiary(territoryId, person, createdBy, clock.instant()));
		return summary(b);
	}

	/**
	 * People of the territory who may be the same person: the same names (accents, case and hyphens aside) with no
	 * different birth year, or the same phone number.
	 */
	@Transactional(readOnly = true)
	public List<BeneficiarySummary> likelyDuplicates(UUID territoryId, NewBeneficiary person) {
		String nameKey = Beneficiary.fold(person.firstName()) + " " + Beneficiary.fold(person.lastName());
		String phone = Beneficiary.phoneKey(person.phone());
		Integer year = person.year();
		return beneficiaries.sameNameOrPhone(territoryId, nameKey.strip(), phone)
			.stream()
			.filter(b -> (phone != null && phone.equals(b.getPhoneKey())) || year == null || b.getBirthYear() == null
					|| Objects.equals(year, b.getBirthYear()))
			.map(People::summary)
			.toList();
	}

	/** Finds people by part of a name, a birth year (four digits) or a phone number (six digits or more). */
	@Transactional(readOnly = true)
	public List<BeneficiarySummary> search(UUID territoryId, String query, int limit) {
		String q = query == null ? "" : query.strip();
		if (q.isEmpty()) {
			return List.of();
		}
		String digits = q.replaceAll("[^0-9]", "");
		boolean numeric = q.matches("[0-9+ ().\\-/]+");
		Integer year = numeric && digits.length() == 4 ? Integer.valueOf(digits) : null;
		String phone = numeric && digits.length() >= 6 ? Beneficiary.phoneKey(q) : null;
		Limit max = Limit.of(Math.max(1, Math.min(limit, 100)));
		List<Beneficiary> found;
		if (!numeric) {
			found = beneficiaries.searchByName(territoryId, Beneficiary.fold(q), max);
		}
		else if (year != null || phone != null) {
			found = beneficiaries.searchByPhoneOrYear(territoryId, phone == null ? "" : phone, year == null ? -1 : year,
					max);
		}
		else {
			found = List.of();
		}
		return found.stream().map(People::summary).toList();
	}

	/** A person's record; the read is written to the personal-data access log. */
	@Transactional(readOnly = true)
	public Optional<BeneficiaryRecord> read(UUID territoryId, UUID id) {
		Optional<Beneficiary> found = beneficiaries.findByIdAndTerritoryId(id, territoryId)
			.filter(b -> b.getAnonymisedAt() == null);
		found.ifPresent(b -> accessLog.recordRead(SUBJECT, b.getId(), "profile"));
		return found.map(People::record);
	}

	/** Records a consent given now; the person's activity date moves with it. */
	@Transactional
	public ConsentSummary recordConsent(UUID territoryId, UUID beneficiaryId, String purpose, ConsentMethod method,
			UUID recordedBy) {
		Beneficiary b = beneficiaries.findByIdAndTerritoryId(beneficiaryId, territoryId)
			.orElseThrow(() -> new IllegalArgumentException("no such person in this territory"));
		if (purpose == null || purpose.isBlank() || method == null) {
			throw new IllegalArgumentException("a consent needs a purpose and a method");
		}
		b.touch(clock.instant());
		return summary(consents.save(new Consent(territoryId, beneficiaryId, purpose.strip(), method, recordedBy,
				clock.instant())));
	}

	@Transactional
	public Optional<ConsentSummary> withdrawConsent(UUID territoryId, UUID consentId, UUID by) {
		return consents.findById(consentId).filter(c -> c.getTerritoryId().equals(territoryId)).map(c -> {
			c.withdraw(by, clock.instant());
			return summary(c);
		});
	}

	@Transactional(readOnly = true)
	public List<ConsentSummary> consents(UUID territoryId, UUID beneficiaryId) {
		return consents.findByBeneficiaryIdOrderByGivenAtDesc(beneficiaryId)
			.stream()
			.filter(c -> c.getTerritoryId().equals(territoryId))
			.map(People::summary)
			.toList();
	}

	/** Whether the person has a current (not withdrawn) consent for this purpose. */
	@Transactional(readOnly = true)
	public boolean hasCurrentConsent(UUID territoryId, UUID beneficiaryId, String purpose) {
		return consents(territoryId, beneficiaryId).stream()
			.anyMatch(c -> c.current() && c.purpose().equals(purpose));
	}

	private static BeneficiarySummary summary(Beneficiary b) {
		return new BeneficiarySummary(b.getId(), b.getFirstName(), b.getLastName(), b.isPseudonym(), b.getBirthYear(),
				b.getPostalCode());
	}

	private static ConsentSummary summary(Consent c) {
		return new ConsentSummary(c.getId(), c.getBeneficiaryId(), c.getPurpose(), c.getMethod(), c.getGivenAt(),
				c.getRecordedBy(), c.getWithdrawnAt());
	}

	private static BeneficiaryRecord record(Beneficiary b) {
		return new BeneficiaryRecord(b.getId(), b.getTerritoryId(), b.getFirstName(), b.getLastName(), b.isPseudonym(),
				b.getBirthDate(), b.getBirthYear(), b.getPostalCode(), b.getCommuneCode(), b.getPhone(), b.getEmail(),
				b.getLanguages(), b.getContactPreference(), b.getSituations(), b.getMaxDistanceKm(), b.isRemoteOk(),
				b.getNotes(), b.getCreatedAt(), b.getLastActivityAt());
	}

}
