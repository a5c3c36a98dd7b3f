package org.relais.mutualaid;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.relais.mutualaid.charter.Charter;
import org.relais.mutualaid.charter.CharterSignatureRepository;
import org.relais.mutualaid.charter.Charters;
import org.relais.mutualaid.proof.ProofDocument;
import org.relais.mutualaid.proof.ProofDocumentRepository;
import org.relais.mutualaid.proof.ProofType;
import org.relais.mutualaid.proof.ProofTypes;
import org.relais.mutualaid.volunteer.Volunteer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may take which action on a day: active, signed the territory's current charter, accepts the action type, and
 * holds a valid (verified, not expired) document of every required proof type for it. An expired or missing document
 * suspends only the action types that need it. Computed in one pass for many volunteers (the dispatch ranks the whole
 * territory).
 */
@Service
@Transactional(readOnly = true)
public class VolunteerReadiness {

	private final Charters charters;

	private final CharterSignatureRepository signatures;

	private final ProofTypes proofTypes;

	private final ProofDocumentRepository documents;

	VolunteerReadiness(Charters charters, CharterSignatureRepository signatures, ProofTypes proofTypes,
			ProofDocumentRepository documents) {
		this.charters = charters;
		this.signatures = signatures;
		this.proofTypes = proofTypes;
		this.documents = documents;
	}

	/**
	 * @param charterSigned whether the current charter version is signed
	 * @param covered the action types whose required documents are all valid that day
	 * @param missing per action type the volunteer accepts but cannot take, the proof codes missing or expired
	 */
	public record Readiness(UUID volunteerId, VolunteerStatus status, boolean charterSigned, Set<ActionType> accepted,
			Set<ActionType> covered, Map<ActionType, Set<String>> missing) {

		public boolean canTake(ActionType type) {
			return status == VolunteerStatus.ACTIVE && charterSigned && accepted.contains(type)
					&& covered.contains(type);
		}

		/** The accepted action types the volunteer cannot take now for want of a valid document. */
		public Set<ActionType> suspendedTypes() {
			Set<ActionType> s = EnumSet.noneOf(ActionType.class);
			s.addAll(accepted);
			s.removeAll(covered);
			return s;
		}

	}

	public Readiness of(Volunteer volunteer, LocalDate day) {
		return of(volunteer.getTerritoryId(), List.of(volunteer), day).get(volunteer.getId());
	}

	/** The readiness of volunteers of one territory, by volunteer id. */
	public Map<UUID, Readiness> of(UUID territoryId, Collection<Volunteer> volunteers, LocalDate day) {
		Map<UUID, Readiness> result = new HashMap<>();
		if (volunteers.isEmpty()) {
			return result;
		}
		Set<UUID> ids = volunteers.stream().map(Volunteer::getId).collect(Collectors.toSet());
		Optional<Charter> charter = charters.current(territoryId);
		Set<UUID> signed = charter
			.map(c -> signatures.findByCharterIdAndVolunteerIdIn(c.getId(), ids)
				.stream()
				.map(s -> s.getVolunteerId())
				.collect(Collectors.toSet()))
			.orElse(Set.of());
		List<ProofType> types = proofTypes.of(territoryId);
		Map<UUID, Set<String>> valid = new HashMap<>();
		for (ProofDocument d : documents.findByVolunteerIdIn(ids)) {
			if (d.validOn(day)) {
				valid.computeIfAbsent(d.getVolunteerId(), k -> new HashSet<>()).add(d.getProofCode());
			}
		}
		for (Volunteer v : volunteers) {
			Set<String> held = valid.getOrDefault(v.getId(), Set.of());
			Set<ActionType> covered = EnumSet.noneOf(ActionType.class);
			Map<ActionType, Set<String>> missing = new HashMap<>();
			for (ActionType t : ActionType.values()) {
				Set<String> lacking = types.stream()
					.filter(p -> p.requiredFor(t))
					.map(ProofType::getCode)
					.filter(code -> !held.contains(code))
					.collect(Collectors.toCollection(java.util.TreeSet::new));
				if (lacking.isEmpty()) {
					covered.add(t);
				}
				else if (v.getActionTypes().contains(t)) {
					missing.put(t, lacking);
				}
			}
			result.put(v.getId(), new Readiness(v.getId(), v.getStatus(), signed.contains(v.getId()),
					v.getActionTypes(), covered, missing));
		}
		return result;
	}

}
