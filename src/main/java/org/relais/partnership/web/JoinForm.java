package org.relais.partnership.web;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.relais.partnership.domain.Application;
import org.springframework.validation.BindingResult;

/**
 * The public application form (and its corrected version on the status page). {@code nickname} is a field hidden
 * from people that only robots fill in.
 */
public class JoinForm {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-/]{6,30}");

	private static final Pattern LEGAL_ID = Pattern.compile("[A-Za-z0-9 .\\-/]{5,40}");

	private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9 \\-]{3,16}");

	private static final Pattern WEBSITE = Pattern.compile("(https?://)?[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}(/\\S*)?");

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 300, message = "{platform.validation.tooLong}")
	private String organisationName;

	@NotBlank(message = "{platform.validation.required}")
	private String kind;

	@Size(max = 40, message = "{platform.validation.tooLong}")
	private String legalId;

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 300, message = "{platform.validation.tooLong}")
	private String address;

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 16, message = "{platform.validation.tooLong}")
	private String postalCode;

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 120, message = "{platform.validation.tooLong}")
	private String city;

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 40, message = "{platform.validation.tooLong}")
	private String phone;

	@NotBlank(message = "{platform.validation.required}")
	@Email(message = "{platform.validation.email}")
	@Size(max = 254, message = "{platform.validation.tooLong}")
	private String email;

	@Size(max = 500, message = "{platform.validation.tooLong}")
	private String website;

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String representativeName;

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String representativeFunction;

	@NotBlank(message = "{platform.validation.required}")
	@Email(message = "{platform.validation.email}")
	@Size(max = 254, message = "{platform.validation.tooLong}")
	private String representativeEmail;

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 200, message = "{platform.validation.tooLong}")
	private String contactName;

	@NotBlank(message = "{platform.validation.required}")
	@Email(message = "{platform.validation.email}")
	@Size(max = 254, message = "{platform.validation.tooLong}")
	private String contactEmail;

	@Size(max = 40, message = "{platform.validation.tooLong}")
	private String contactPhone;

	@NotBlank(message = "{platform.validation.required}")
	private String language;

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 4000, message = "{platform.validation.tooLong}")
	private String activity;

	private String nickname;

	static JoinForm of(Application a) {
		JoinForm f = new JoinForm();
		f.organisationName = a.organisationName();
		f.kind = a.kind();
		f.legalId = a.legalId();
		f.address = a.address();
		f.postalCode = a.postalCode();
		f.city = a.city();
		f.phone = a.phone();
		f.email = a.email();
		f.website = a.website();
		f.representativeName = a.representativeName();
		f.representativeFunction = a.representativeFunction();
		f.representativeEmail = a.representativeEmail();
		f.contactName = a.contactName();
		f.contactEmail = a.contactEmail();
		f.contactPhone = a.contactPhone();
		f.language = a.language();
		f.activity = a.activity();
		return f;
	}

	boolean isRobot() {
		return nickname != null && !nickname.isBlank();
	}

	/** The checks beyond the annotations: choices among those offered, shapes of phones, ids and addresses. */
	void check(BindingResult result, List<String> kinds, List<String> languages) {
		if (kind != null && !kind.isBlank() && !kinds.contains(kind)) {
			result.rejectValue("kind", "platform.validation.invalid");
		}
		if (language != null && !language.isBlank() && !languages.contains(language)) {
			result.rejectValue("language", "platform.validation.invalid");
		}
		shape(result, "phone", phone, PHONE, "partnership.join.error.phone");
		shape(result, "contactPhone", contactPhone, PHONE, "partnership.join.error.phone");
		shape(result, "legalId", legalId, LEGAL_ID, "partnership.join.error.legalId");
		shape(result, "postalCode", postalCode, POSTAL_CODE, "partnership.join.error.postalCode");
		shape(result, "website", website, WEBSITE, "partnership.join.error.website");
	}

	private static void shape(BindingResult result, String field, String value, Pattern pattern, String key) {
		if (value != null && !value.isBlank() && !result.hasFieldErrors(field)
				&& !pattern.matcher(value.strip()).matches()) {
			result.rejectValue(field, key);
		}
	}

	Application application() {
		String site = blank(website);
		if (site != null && !site.startsWith("http")) {
			site = "https://" + site;
		}
		return new Application(organisationName.strip(), kind, blank(legalId), address.strip(), postalCode.strip(),
				city.strip(), phone.strip(), email.strip(), site, representativeName.strip(),
				representativeFunction.strip(), representativeEmail.strip(), contactName.strip(), contactEmail.strip(),
				blank(contactPhone), language, activity.strip());
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public String getOrganisationName() {
		return organisationName;
	}

	public void setOrganisationName(String organisationName) {
		this.organisationName = organisationName;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getLegalId() {
		return legalId;
	}

	public void setLegalId(String legalId) {
		this.legalId = legalId;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getRepresentativeName() {
		return representativeName;
	}

	public void setRepresentativeName(String representativeName) {
		this.representativeName = representativeName;
	}

	public String getRepresentativeFunction() {
		return representativeFunction;
	}

	public void setRepresentativeFunction(String representativeFunction) {
		this.representativeFunction = representativeFunction;
	}

	public String getRepresentativeEmail() {
		return representativeEmail;
	}

	public void setRepresentativeEmail(String representativeEmail) {
		this.representativeEmail = representativeEmail;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getActivity() {
		return activity;
	}

	public void setActivity(String activity) {
		this.activity = activity;
	}

	public String getNickname() {
		return nickname;
	}

	public void setNickname(String nickname) {
		this.nickname = nickname;
	}

}
