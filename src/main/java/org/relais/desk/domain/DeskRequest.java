package org.relais.desk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.relais.desk.Channel;
import org.relais.desk.DeskStatus;
import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/**
 * A request that came in at the desk: its reference, type, person, channel, status, assignee and due date. A request
 * from the public web form has no type and no person until an agent triages it; until then it carries the caller's
 * contact, which triage clears (the person record holds it from then on).
 */
@PersonalDataRetention("the caller's contact of a web-form request cleared at triage or after"
		+ " relais.desk.contact-retention-days (90) by DeskRetention; summary cleared and person link dropped when the"
		+ " person is anonymised, the request deleted when the person is erased (DeskPersonEvents)")
@Entity
@Table(name = "dsk_request")
public class DeskRequest {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(nullable = false, length = 16)
	private String reference;

	@Column(name = "type_code", length = 40)
	private String typeCode;

	@Column(name = "person_id")
	private UUID personId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private DeskStatus status;

	@Column(name = "assignee_id")
	private UUID assigneeId;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Column(name = "detail_link", length = 500)
	private String detailLink;

	@PersonalData
	@Column(length = 2000)
	private String summary;

	@Column(name = "wanted_type", length = 40)
	private String wantedType;

	@PersonalData
	@Column(name = "contact_name", length = 200)
	private String contactName;

	@PersonalData
	@Column(name = "contact_phone", length = 40)
	private String contactPhone;

	@PersonalData
	@Column(name = "contact_email", length = 254)
	private String contactEmail;

	@PersonalData
	@Column(name = "contact_postal_code", length = 10)
	private String contactPostalCode;

	@PersonalData
	@Column(name = "contact_message", length = 2000)
	private String contactMessage;

	@Column(name = "contact_language", length = 8)
	private String contactLanguage;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by")
	private UUID createdBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Version
	private long version;

	protected DeskRequest() {
	}

	private DeskRequest(UUID territoryId, String reference, Channel channel, LocalDate dueDate, UUID createdBy,
			Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.reference = reference;
		this.channel = channel;
		this.status = DeskStatus.NEW;
		this.dueDate = dueDate;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A request an agent takes for a known person. */
	public static DeskRequest forPerson(UUID territoryId, String reference, String typeCode, UUID personId,
			Channel channel, LocalDate dueDate, String summary, UUID agentId, Instant now) {
		DeskRequest r = new DeskRequest(territoryId, reference, channel, dueDate, agentId, now);
		r.typeCode = typeCode;
		r.personId = personId;
		r.assigneeId = agentId;
		r.summary = summary;
		return r;
	}

	/** A request of the public web form: no person and no type until triage. */
	public static DeskRequest fromWebForm(UUID territoryId, String reference, LocalDate dueDate, WebContact contact,
			Instant now) {
		DeskRequest r = new DeskRequest(territoryId, reference, Channel.WEB_FORM, dueDate, null, now);
		r.wantedType = contact.wantedType();
		r.contactName = contact.name();
		r.contactPhone = contact.phone();
		r.contactEmail = contact.email();
		r.contactPostalCode = contact.postalCode();
		r.contactMessage = contact.message();
		r.contactLanguage = contact.language();
		return r;
	}

	/** What a caller typed on the public form. */
	public record WebContact(String name, String phone, String email, String postalCode, String wantedType,
			String message, String language) {
	}

	/** Whether it waits for triage: a web-form request without a person or a type yet. */
	public boolean awaitsTriage() {
		return personId == null || typeCode == null;
	}

	/** The triage: the person and the type are known now; the caller's contact is no longer kept here. */
	public void triage(UUID personId, String typeCode, Channel channel, LocalDate dueDate, UUID by, Instant now) {
		this.personId = personId;
		this.typeCode = typeCode;
		this.channel = channel;
		if (dueDate != null) {
			this.dueDate = dueDate;
		}
		if (this.assigneeId == null) {
			this.assigneeId = by;
		}
		if (this.summary == null && contactMessage != null) {
			this.summary = contactMessage;
		}
		clearContact();
		this.updatedAt = now;
	}

	public void clearContact() {
		this.contactName = null;
		this.contactPhone = null;
		this.contactEmail = null;
		this.contactPostalCode = null;
		this.contactMessage = null;
	}

	/** What the type's submit answered. */
	public void outcome(String detailLink, DeskStatus status, Instant now) {
		this.detailLink = detailLink;
		if (status != null) {
			moveTo(status, now);
		}
	}

	public void moveTo(DeskStatus status, Instant now) {
		this.status = status;
		this.closedAt = status.isOpen() ? null : now;
		this.updatedAt = now;
	}

	public void assignTo(UUID userId, Instant now) {
		this.assigneeId = userId;
		this.updatedAt = now;
	}

	public void dueOn(LocalDate dueDate, Instant now) {
		this.dueDate = dueDate;
		this.updatedAt = now;
	}

	/** The person's identity was removed: the link and what was written about them go. */
	public void anonymise(Instant now) {
		this.personId = null;
		this.summary = null;
		clearContact();
		this.updatedAt = now;
	}

	public boolean isOverdue(LocalDate today) {
		return status.isOpen() && dueDate.isBefore(today);
	}

	public UUID getId() {
		return id;
	}

	public UUID getTerritoryId() {
		return territoryId;
	}

	public String getReference() {
		return reference;
	}

	public String getTypeCode() {
		return typeCode;
	}

	public UUID getPersonId() {
		return personId;
	}

	public Channel getChannel() {
		return channel;
	}

	public DeskStatus getStatus() {
		return status;
	}

	public UUID getAssigneeId() {
		return assigneeId;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public String getDetailLink() {
		return detailLink;
	}

	public String getSummary() {
		return summary;
	}

	public String getWantedType() {
		return wantedType;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public String getContactPostalCode() {
		return contactPostalCode;
	}

	public String getContactMessage() {
		return contactMessage;
	}

	public String getContactLanguage() {
		return contactLanguage;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public UUID getCreatedBy() {
		return createdBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

}
