package org.relais.partnership.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.relais.partnership.PartnershipStatus;
import org.relais.shared.PersonalData;
import org.relais.shared.PersonalDataRetention;

/**
 * An organisation's application to become a partner of a territory, until its contract is signed and its accounts
 * are created. Each change of status goes through {@link #moveTo}, which checks the source state; the service
 * records the step.
 */
@PersonalDataRetention("refused requests deleted one year after refusal, others two years after their last change"
		+ " unless active (PartnershipRetention); an active partner's contact stays with its signed contract")
@Entity
@Table(name = "pts_request")
public class PartnershipRequest {

	@Id
	private UUID id;

	@Column(name = "territory_id", nullable = false)
	private UUID territoryId;

	@Column(nullable = false, length = 20)
	private String reference;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 24)
	private PartnershipStatus status;

	@Column(nullable = false, length = 2)
	private String language;

	@Column(name = "org_name", nullable = false, length = 300)
	private String organisationName;

	@Column(name = "org_kind", nullable = false, length = 32)
	private String kind;

	@Column(name = "legal_id", length = 40)
	private String legalId;

	@Column(nullable = false, length = 300)
	private String address;

	@Column(name = "postal_code", nullable = false, length = 16)
	private String postalCode;

	@Column(nullable = false, length = 120)
	private String city;

	@Column(nullable = false, length = 40)
	private String phone;

	@Column(nullable = false, length = 254)
	private String email;

	@Column(length = 500)
	private String website;

	@PersonalData
	@Column(name = "rep_name", nullable = false, length = 200)
	private String representativeName;

	@Column(name = "rep_function", nullable = false, length = 200)
	private String representativeFunction;

	@PersonalData
	@Column(name = "rep_email", nullable = false, length = 254)
	private String representativeEmail;

	@PersonalData
	@Column(name = "contact_name", nullable = false, length = 200)
	private String contactName;

	@PersonalData
	@Column(name = "contact_email", nullable = false, length = 254)
	private String contactEmail;

	@PersonalData
	@Column(name = "contact_phone", length = 40)
	private String contactPhone;

	@Column(nullable = false, length = 4000)
	private String activity;

	@Column(name = "changes_message", length = 4000)
	private String changesMessage;

	@Column(name = "refusal_reason", length = 4000)
	private String refusalReason;

	@Column(name = "contract_file_id")
	private UUID contractFileId;

	@Column(name = "contract_sha256", length = 64)
	private String contractSha256;

	@Column(name = "contract_language", length = 2)
	private String contractLanguage;

	@Column(name = "contract_version")
	private Integer contractVersion;

	@Column(name = "contract_sent_at")
	private Instant contractSentAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "signature_kind", length = 16)
	private SignatureKind signatureKind;

	@PersonalData
	@Column(name = "accepted_name", length = 200)
	private String acceptedName;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	@PersonalData
	@Column(name = "accepted_ip", length = 64)
	private String acceptedIp;

	@Column(name = "accepted_sha256", length = 64)
	private String acceptedSha256;

	@Column(name = "signed_file_id")
	private UUID signedFileId;

	@Column(name = "signed_sha256", length = 64)
	private String signedSha256;

	@Column(name = "organisation_id")
	private UUID organisationId;

	@Column(name = "activated_at")
	private Instant activatedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private int version;

	/** How the contract was signed. */
	public enum SignatureKind {

		/** Accepted on the status page: typed name, time, address and the contract's hash. */
		ONLINE,
		/** A scan of the signed contract, uploaded on the status page. */
		UPLOAD

	}

	protected PartnershipRequest() {
	}

	PartnershipRequest(UUID territoryId, String reference, Application a, Instant now) {
		this.id = UUID.randomUUID();
		this.territoryId = territoryId;
		this.reference = reference;
		this.status = PartnershipStatus.REQUESTED;
		this.createdAt = now;
		apply(a, now);
	}

	/** Takes the application's values (at submission, or when the applicant corrects it). */
	void apply(Application a, Instant now) {
		this.organisationName = a.organisationName();
		this.kind = a.kind();
		this.legalId = a.legalId();
		this.address = a.address();
		this.postalCode = a.postalCode();
		this.city = a.city();
		this.phone = a.phone();
		this.email = a.email();
		this.website = a.website();
		this.representativeName = a.representativeName();
		this.representativeFunction = a.representativeFunction();
		this.representativeEmail = a.representativeEmail();
		this.contactName = a.contactName();
		this.contactEmail = a.contactEmail();
		this.contactPhone = a.contactPhone();
		this.language = a.language();
		this.activity = a.activity();
		this.updatedAt = now;
	}

	/** The application as the form shows it. */
	public Application application() {
		return new Application(organisationName, kind, legalId, address, postalCode, city, phone, email, website,
				representativeName, representativeFunction, representativeEmail, contactName, contactEmail,
				contactPhone, language, activity);
	}

	/** Moves to a status allowed from the current one, or refuses with a message key. */
	void moveTo(PartnershipStatus target, Instant now) {
		if (!status.canGoTo(target)) {
			throw new PartnershipRejected(null, "partnership.error.state");
		}
		this.status = target;
		this.updatedAt = now;
	}

	void askChanges(String message, Instant now) {
		moveTo(PartnershipStatus.CHANGES_REQUESTED, now);
		this.changesMessage = message;
	}

	void refuse(String reason, Instant now) {
		moveTo(PartnershipStatus.REFUSED, now);
		this.refusalReason = reason;
	}

	void contractSent(UUID fileId, String sha256, String contractLanguage, int templateVersion, Instant now) {
		moveTo(PartnershipStatus.CONTRACT_SENT, now);
		this.contractFileId = fileId;
		this.contractSha256 = sha256;
		this.contractLanguage = contractLanguage;
		this.contractVersion = templateVersion;
		this.contractSentAt = now;
	}

	void signedOnline(String name, String ip, String acceptedSha256, UUID signedFileId, String signedSha256,
			Instant now) {
		moveTo(PartnershipStatus.SIGNED, now);
		this.signatureKind = SignatureKind.ONLINE;
		this.acceptedName = name;
		this.acceptedIp = ip;
		this.acceptedAt = now;
		this.acceptedSha256 = acceptedSha256;
		this.signedFileId = signedFileId;
		this.signedSha256 = signedSha256;
	}

	void signedByUpload(String ip, UUID uploadId, String uploadSha256, Instant now) {
		moveTo(PartnershipStatus.SIGNED, now);
		this.signatureKind = SignatureKind.UPLOAD;
		this.acceptedIp = ip;
		this.acceptedAt = now;
		this.acceptedSha256 = contractSha256;
		this.signedFileId = uploadId;
		this.signedSha256 = uploadSha256;
	}

	void activated(UUID organisationId, Instant now) {
		moveTo(PartnershipStatus.ACTIVE, now);
		this.organisationId = organisationId;
		this.activatedAt = now;
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

	public PartnershipStatus getStatus() {
		return status;
	}

	public String getLanguage() {
		return language;
	}

	public String getOrganisationName() {
		return organisationName;
	}

	public String getKind() {
		return kind;
	}

	public String getLegalId() {
		return legalId;
	}

	public String getAddress() {
		return address;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public String getCity() {
		return city;
	}

	public String getPhone() {
		return phone;
	}

	public String getEmail() {
		return email;
	}

	public String getWebsite() {
		return website;
	}

	public String getRepresentativeName() {
		return representativeName;
	}

	public String getRepresentativeFunction() {
		return representativeFunction;
	}

	public String getRepresentativeEmail() {
		return representativeEmail;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public String getActivity() {
		return activity;
	}

	public String getChangesMessage() {
		return changesMessage;
	}

	public String getRefusalReason() {
		return refusalReason;
	}

	public UUID getContractFileId() {
		return contractFileId;
	}

	public String getContractSha256() {
		return contractSha256;
	}

	public String getContractLanguage() {
		return contractLanguage;
	}

	public Integer getContractVersion() {
		return contractVersion;
	}

	public Instant getContractSentAt() {
		return contractSentAt;
	}

	public SignatureKind getSignatureKind() {
		return signatureKind;
	}

	public String getAcceptedName() {
		return acceptedName;
	}

	public Instant getAcceptedAt() {
		return acceptedAt;
	}

	public String getAcceptedIp() {
		return acceptedIp;
	}

	public String getAcceptedSha256() {
		return acceptedSha256;
	}

	public UUID getSignedFileId() {
		return signedFileId;
	}

	public String getSignedSha256() {
		return signedSha256;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public Instant getActivatedAt() {
		return activatedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	/** The one-line postal address. */
	public String fullAddress() {
		return address + ", " + postalCode + " " + city;
	}

}
