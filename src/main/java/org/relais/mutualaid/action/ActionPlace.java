package org.relais.mutualaid.action;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/**
 * The person's postal and commune code for a request, read once when it is taken: the dispatch locates the commune
 * centre from it (jobs and volunteers' pages do not read the person's record again).
 */
@Entity
@Table(name = "ma_action_place")
@PersonalDataRetention("deleted with its request when the person is erased, deleted when the person is anonymised")
public class ActionPlace {

	@Id
	@Column(name = "request_id")
	private UUID requestId;

	@PersonalData
	@Column(name = "postal_code", length = 16)
	private String postalCode;

	@Column(name = "commune_code", length = 32)
	private String communeCode;

	protected ActionPlace() {
	}

	public ActionPlace(UUID requestId, String postalCode, String communeCode) {
		this.requestId = requestId;
		this.postalCode = postalCode;
		this.communeCode = communeCode;
	}

	public UUID getRequestId() {
		return requestId;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public String getCommuneCode() {
		return communeCode;
	}

}
