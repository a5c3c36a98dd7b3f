package org.relais.desk;

import java.util.Optional;
import java.util.UUID;

import org.relais.desk.domain.DeskRequestRepository;
import org.relais.desk.domain.DeskTypes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the notification module needs to confirm a web-form request to the caller. */
@Service
public class DeskNotices {

	/**
	 * The confirmation of a web-form request: its reference, what the caller asked for (a message key), the
	 * caller's name, address and language, the territory.
	 *
	 * @param wantedKey message key of the kind of request the caller chose, or of "other"
	 */
	public record WebRequestNotice(UUID id, UUID territoryId, String reference, String wantedKey, String name,
			String email, String language) {
	}

	private final DeskRequestRepository requests;

	private final DeskTypes types;

	DeskNotices(DeskRequestRepository requests, DeskTypes types) {
		this.requests = requests;
		this.types = types;
	}

	/** The notice while the caller's address is still held (before triage), else empty. */
	@Transactional(readOnly = true)
	public Optional<WebRequestNotice> webRequest(UUID deskRequestId) {
		return requests.findById(deskRequestId)
			.filter(r -> r.getContactEmail() != null)
			.map(r -> new WebRequestNotice(r.getId(), r.getTerritoryId(), r.getReference(),
					types.byCode(r.getWantedType()).map(DeskRequestType::labelKey).orElse("desk.public.need.other"),
					r.getContactName(), r.getContactEmail(), r.getContactLanguage()));
	}

}
