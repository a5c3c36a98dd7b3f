package org.relais.mutualaid.proof;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.relais.mutualaid.ActionType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proof types of a territory. Until the territory changes them, the defaults apply (not written, so that two
 * first uses never race): civil liability insurance for every action, driving licence and car insurance for driving
 * actions, all required. {@link #materialise} writes the defaults once, before a first change.
 */
@Service
@Transactional
public class ProofTypes {

	private final ProofTypeRepository types;

	ProofTypes(ProofTypeRepository types) {
		this.types = types;
	}

	@Transactional(readOnly = true)
	public List<ProofType> of(UUID territoryId) {
		List<ProofType> own = types.findByTerritoryIdOrderBySortOrderAscCodeAsc(territoryId);
		return own.isEmpty() ? defaults(territoryId) : own;
	}

	/** Writes the default set for a territory that has none yet, then returns the territory's rows. */
	public List<ProofType> materialise(UUID territoryId) {
		if (!types.existsByTerritoryId(territoryId)) {
			types.saveAll(defaults(territoryId));
		}
		return types.findByTerritoryIdOrderBySortOrderAscCodeAsc(territoryId);
	}

	public static List<ProofType> defaults(UUID territoryId) {
		List<ProofType> list = new ArrayList<>();
		list.add(new ProofType(territoryId, ProofType.LIABILITY_INSURANCE, null, ActionType.all(), true, 10));
		EnumSet<ActionType> driving = EnumSet.noneOf(ActionType.class);
		for (ActionType t : ActionType.values()) {
			if (t.driving()) {
				driving.add(t);
			}
		}
		list.add(new ProofType(territoryId, ProofType.DRIVING_LICENCE, null, driving, true, 20));
		list.add(new ProofType(territoryId, ProofType.CAR_INSURANCE, null, driving, true, 30));
		return list;
	}

}
