package org.relais.mutualaid.proof;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.MutualAidException;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The territory admin's changes to the proof types: the defaults are written first ({@link ProofTypes#materialise}),
 * then a type is added (a name, its action types, required or not) or changed (action types, required, active).
 */
@Service
@Transactional
public class ProofTypeSettings {

	public static final int MAX_NAME = 200;

	private final ProofTypes types;

	private final ProofTypeRepository repository;

	ProofTypeSettings(ProofTypes types, ProofTypeRepository repository) {
		this.types = types;
		this.repository = repository;
	}

	/** @throws MutualAidException (fields {@code name}, {@code actionTypes}) without a name or an action type */
	public ProofType add(UUID territoryId, String name, Set<ActionType> actionTypes, boolean required,
			boolean expiryRequired) {
		if (name == null || name.isBlank()) {
			throw new MutualAidException("name", "mutualaid.proofs.error.name");
		}
		if (name.strip().length() > MAX_NAME) {
			throw new MutualAidException("name", "mutualaid.proofs.error.nameTooLong", MAX_NAME);
		}
		if (actionTypes.isEmpty()) {
			throw new MutualAidException("actionTypes", "mutualaid.proofs.error.actionTypes");
		}
		List<ProofType> existing = types.materialise(territoryId);
		if (existing.stream().anyMatch(t -> name.strip().equalsIgnoreCase(t.getName()))) {
			throw new MutualAidException("name", "mutualaid.proofs.error.duplicate");
		}
		int order = existing.stream().mapToInt(ProofType::getSortOrder).max().orElse(0) + 10;
		String code = "OWN_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
		ProofType t = new ProofType(territoryId, code, name.strip(), actionTypes, required, order);
		t.requireExpiry(expiryRequired);
		return repository.save(t);
	}

	/** @throws MutualAidException (field {@code actionTypes}) without an action type */
	public ProofType change(UUID territoryId, String code, Set<ActionType> actionTypes, boolean required,
			boolean active, boolean expiryRequired) {
		if (actionTypes.isEmpty()) {
			throw new MutualAidException("actionTypes", "mutualaid.proofs.error.actionTypes");
		}
		types.materialise(territoryId);
		ProofType t = repository.findByTerritoryIdAndCode(territoryId, code)
			.orElseThrow(() -> NotFoundException.of("proof-type", code));
		t.change(t.getName(), actionTypes, required, active);
		t.requireExpiry(expiryRequired);
		return t;
	}

}
