package org.relais.devices.request;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.relais.devices.DeviceCategory;
import org.relais.devices.DeviceRequestStatus;
import org.relais.devices.DeviceRuleException;
import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/**
 * A person's request for a device, taken at the desk ({@code deskRequestId}, same {@code reference}). It is
 * classified ({@link DeviceCategory}, suggested from the person's situation, confirmed by the agent), routed to a
 * partner organisation that judges the need (approve with a justification, or decline with a reason, which sends it
 * back to {@code TO_ROUTE}), then ordered, allocated, shipped, received and handed over. Each status change goes
 * through {@link #moveTo} and is recorded as a {@link DeviceRequestStep} by the caller.
 */
@PersonalDataRetention("deleted when the person is erased; the text fields are cleared when the person is anonymised")
@Entity
@Table(name = "dev_request")
public class DeviceRequest {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(name = "desk_request_id")
	private UUID deskRequestId;

	@Column(nullable = false, length = 32)
	private String reference;

	@Column(name = "person_id", nullable = false)
	private UUID personId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private DeviceCategory category;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private DeviceRequestStatus status;

	@Column(name = "partner_organisation_id")
	private UUID partnerOrganisationId;

	@Column(name = "auto_routed", nullable = false)
	private boolean autoRouted;

	@Column(name = "routed_at")
	private Instant routedAt;

	@PersonalData
	@Column(length = 2000)
	private String justification;

	@PersonalData
	@Column(name = "decline_reason", length = 2000)
	private String declineReason;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private UUID decidedBy;

	@PersonalData
	@Column(length = 2000)
	private String note;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by")
	private UUID createdBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Version
	private long version;

	protected DeviceRequest() {
	}

	public DeviceRequest(UUID territoryId, UUID deskRequestId, String reference, UUID personId,
			DeviceCategory category, String note, UUID createdBy, Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.deskRequestId = deskRequestId;
		this.reference = reference;
		this.personId = personId;
		this.category = category;
		this.note = note;
		this.status = DeviceRequestStatus.TO_ROUTE;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** Changes the status if the rules allow it; {@code devices.error.status} otherwise. */
	public void moveTo(DeviceRequestStatus target, Instant now) {
		if (!status.canGoTo(target)) {
			throw new DeviceRuleException(null, "devices.error.status", status.name(), target.name());
		}
		status = target;
		if (!target.isOpen()) {
			closedAt = now;
		}
	}

	/** Routes (or re-routes) to a partner organisation. */
	public void routeTo(UUID organisationId, boolean automatically, Instant now) {
		moveTo(DeviceRequestStatus.ROUTED, now);
		this.partnerOrganisationId = organisationId;
		this.autoRouted = automatically;
		this.routedAt = now;
	}

	/** The partner approves the need, with its justification. */
	public void approve(String justification, UUID by, Instant now) {
		moveTo(DeviceRequestStatus.APPROVED, now);
		this.justification = justification;
		this.decidedBy = by;
		this.decidedAt = now;
	}

	/** The partner declines: back to the desk, without partner, the reason kept. */
	public void decline(String reason, UUID by, Instant now) {
		moveTo(DeviceRequestStatus.TO_ROUTE, now);
		this.declineReason = reason;
		this.decidedBy = by;
		this.decidedAt = now;
		this.partnerOrganisationId = null;
	}

	public void reclassify(DeviceCategory category) {
		if (status != DeviceRequestStatus.TO_ROUTE) {
			throw new DeviceRuleException("category", "devices.error.classifyRouted");
		}
		this.category = category;
	}

	/** Clears what a person wrote or was written about them (anonymisation), keeping the figures. */
	public void anonymise() {
		this.justification = null;
		this.declineReason = null;
		this.note = null;
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public UUID getDeskRequestId() {
		return deskRequestId;
	}

	public String getReference() {
		return reference;
	}

	public UUID getPersonId() {
		return personId;
	}

	public DeviceCategory getCategory() {
		return category;
	}

	public DeviceRequestStatus getStatus() {
		return status;
	}

	public UUID getPartnerOrganisationId() {
		return partnerOrganisationId;
	}

	public boolean isAutoRouted() {
		return autoRouted;
	}

	public Instant getRoutedAt() {
		return routedAt;
	}

	public String getJustification() {
		return justification;
	}

	public String getDeclineReason() {
		return declineReason;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public UUID getDecidedBy() {
		return decidedBy;
	}

	public String getNote() {
		return note;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public UUID getCreatedBy() {
		return createdBy;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

}
