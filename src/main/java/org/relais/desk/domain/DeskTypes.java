package org.relais.desk.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relais.desk.DeskRequestType;
import org.springframework.stereotype.Component;

/** The request types the modules contribute, as the desk offers them in a territory (sorted by their order). */
@Component
public class DeskTypes {

	private final List<DeskRequestType> types;

	DeskTypes(List<DeskRequestType> types) {
		this.types = types.stream()
			.sorted(Comparator.comparingInt(DeskRequestType::order).thenComparing(DeskRequestType::code))
			.toList();
	}

	public List<DeskRequestType> all() {
		return types;
	}

	public List<DeskRequestType> availableIn(UUID territoryId) {
		return types.stream().filter(t -> t.availableIn(territoryId)).toList();
	}

	/** The types a caller may choose on the public web form of the territory. */
	public List<DeskRequestType> publicIn(UUID territoryId) {
		return availableIn(territoryId).stream().filter(DeskRequestType::offeredOnPublicForm).toList();
	}

	public Optional<DeskRequestType> find(UUID territoryId, String code) {
		return code == null ? Optional.empty()
				: availableIn(territoryId).stream().filter(t -> t.code().equals(code)).findFirst();
	}

	/** Any known type by code (for a label in the queue even where the type is no longer offered). */
	public Optional<DeskRequestType> byCode(String code) {
		return code == null ? Optional.empty() : types.stream().filter(t -> t.code().equals(code)).findFirst();
	}

}
