package org.relais.mutualaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.mutualaid.charter.Charter;
import org.relais.mutualaid.charter.CharterSignature;
import org.relais.mutualaid.charter.CharterSignatureRepository;
import org.relais.mutualaid.charter.Charters;
import org.relais.mutualaid.proof.ProofDocument;
import org.relais.mutualaid.proof.ProofDocumentRepository;
import org.relais.mutualaid.proof.ProofType;
import org.relais.mutualaid.proof.ProofTypes;
import org.relais.mutualaid.volunteer.Volunteer;

/**
 * The readiness rule on its own: active, the current charter signed, the action type accepted and a valid (verified,
 * not expired) document of every required proof type; a missing or expired document suspends only the action types
 * that need it.
 */
class VolunteerReadinessRuleTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private final UUID territory = UUID.randomUUID();

	private final Charter charter = new Charter(territory, 2, Map.of("fr", "Charte"), null, Instant.now());

	private final List<CharterSignature> signed = new ArrayList<>();

	private final List<ProofDocument> held = new ArrayList<>();

	private VolunteerReadiness readiness;

	@BeforeEach
	void rule() {
		Charters charters = mock(Charters.class);
		when(charters.current(territory)).thenReturn(Optional.of(charter));
		CharterSignatureRepository signatures = mock(CharterSignatureRepository.class);
		when(signatures.findByCharterIdAndVolunteerIdIn(any(), anyCollection())).thenAnswer(i -> signed);
		ProofTypes types = mock(ProofTypes.class);
		when(types.of(territory)).thenReturn(ProofTypes.defaults(territory));
		ProofDocumentRepository documents = mock(ProofDocumentRepository.class);
		when(documents.findByVolunteerIdIn(anyCollection())).thenAnswer(i -> held);
		readiness = new VolunteerReadiness(charters, signatures, types, documents);
	}

	@Test
	void aValidInsuranceCoversVisitsButNotCarpoolingWithoutTheDrivingDocuments() {
		Volunteer v = volunteer(VolunteerStatus.ACTIVE, ActionType.VISIT, ActionType.CARPOOL);
		sign(v);
		document(v, ProofType.LIABILITY_INSURANCE, TODAY.plusMonths(3), true);
		var r = readiness.of(v, TODAY);
		assertThat(r.canTake(ActionType.VISIT)).isTrue();
		assertThat(r.canTake(ActionType.CARPOOL)).isFalse();
		assertThat(r.suspendedTypes()).containsExactly(ActionType.CARPOOL);
		assertThat(r.missing().get(ActionType.CARPOOL)).containsExactly(ProofType.CAR_INSURANCE,
				ProofType.DRIVING_LICENCE);
		assertThat(r.canTake(ActionType.WALK)).as("not accepted").isFalse();
	}

	@Test
	void anExpiredDocumentSuspendsOnlyTheTypesNeedingIt() {
		Volunteer v = volunteer(VolunteerStatus.ACTIVE, ActionType.VISIT, ActionType.CARPOOL);
		sign(v);
		document(v, ProofType.LIABILITY_INSURANCE, TODAY.plusMonths(3), true);
		document(v, ProofType.DRIVING_LICENCE, TODAY.plusYears(5), true);
		document(v, ProofType.CAR_INSURANCE, TODAY.minusDays(1), true);
		var r = readiness.of(v, TODAY);
		assertThat(r.canTake(ActionType.VISIT)).isTrue();
		assertThat(r.suspendedTypes()).containsExactly(ActionType.CARPOOL);
		assertThat(r.missing().get(ActionType.CARPOOL)).containsExactly(ProofType.CAR_INSURANCE);
		// valid through its last day
		assertThat(readiness.of(v, TODAY.minusDays(1)).canTake(ActionType.CARPOOL)).isTrue();
	}

	@Test
	void anUnverifiedDocumentCountsForNothing() {
		Volunteer v = volunteer(VolunteerStatus.ACTIVE, ActionType.VISIT);
		sign(v);
		document(v, ProofType.LIABILITY_INSURANCE, TODAY.plusMonths(3), false);
		var r = readiness.of(v, TODAY);
		assertThat(r.canTake(ActionType.VISIT)).isFalse();
		assertThat(r.missing().get(ActionType.VISIT)).containsExactly(ProofType.LIABILITY_INSURANCE);
	}

	@Test
	void withoutTheCurrentCharterOrWhenNotActiveNothingCanBeTaken() {
		Volunteer unsigned = volunteer(VolunteerStatus.ACTIVE, ActionType.VISIT);
		document(unsigned, ProofType.LIABILITY_INSURANCE, TODAY.plusMonths(3), true);
		var r = readiness.of(unsigned, TODAY);
		assertThat(r.charterSigned()).isFalse();
		assertThat(r.canTake(ActionType.VISIT)).isFalse();
		assertThat(r.suspendedTypes()).as("documents are fine").isEmpty();

		Volunteer pending = volunteer(VolunteerStatus.PENDING, ActionType.VISIT);
		sign(pending);
		document(pending, ProofType.LIABILITY_INSURANCE, TODAY.plusMonths(3), true);
		assertThat(readiness.of(pending, TODAY).canTake(ActionType.VISIT)).isFalse();
	}

	private Volunteer volunteer(VolunteerStatus status, ActionType... types) {
		Volunteer v = new Volunteer(territory, "Règle", "Test", UUID.randomUUID() + "@example.org", "fr",
				Instant.now());
		v.offer(Availability.always(), java.util.EnumSet.copyOf(List.of(types)), false, 5);
		if (status != VolunteerStatus.PENDING) {
			v.moveTo(VolunteerStatus.ACTIVE, null, Instant.now());
		}
		if (status == VolunteerStatus.SUSPENDED || status == VolunteerStatus.LEFT) {
			v.moveTo(status, null, Instant.now());
		}
		return v;
	}

	private void sign(Volunteer v) {
		signed.add(new CharterSignature(v.getId(), charter, "fr", Instant.now()));
	}

	private void document(Volunteer v, String code, LocalDate expiresOn, boolean verified) {
		ProofDocument d = new ProofDocument(territory, v.getId(), code, UUID.randomUUID(), code + ".pdf", expiresOn,
				Instant.now());
		if (verified) {
			d.verify(null, Instant.now());
		}
		held.add(d);
	}

}
