package org.relais.mutualaid.volunteer.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.Availability;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.Volunteers;
import org.relais.territory.AreaSummary;
import org.springframework.validation.BindingResult;

/**
 * What a volunteer says about themselves and what they offer: phone, private street address, postal code and
 * commune (from the territory's list), the weekly availability grid, the action types they accept, a car, how far
 * they go (1 to 100 km) and their language. The public sign-up adds the name and email.
 */
class VolunteerProfileForm {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-/]{6,30}");

	private static final Pattern POSTAL = Pattern.compile("[0-9A-Za-z \\-]{3,10}");

	private String phone;

	private String streetAddress;

	private String postalCode;

	private String communeCode;

	private List<String> availability = new ArrayList<>();

	private List<String> actionTypes = new ArrayList<>();

	private boolean hasCar;

	private String maxDistanceKm = "5";

	private String language;

	static VolunteerProfileForm of(Volunteer v) {
		VolunteerProfileForm f = new VolunteerProfileForm();
		f.fill(v);
		return f;
	}

	void fill(Volunteer v) {
		phone = v.getPhone();
		streetAddress = v.getStreetAddress();
		postalCode = v.getPostalCode();
		communeCode = v.getCommuneCode();
		availability = v.getAvailability().slots().stream().map(Availability.Slot::code).collect(Collectors.toList());
		actionTypes = v.getActionTypes().stream().map(Enum::name).collect(Collectors.toList());
		hasCar = v.isHasCar();
		maxDistanceKm = String.valueOf(v.getMaxDistanceKm());
		language = v.getLanguage();
	}

	void check(BindingResult result, List<AreaSummary> communes, List<String> languages) {
		if (!blank(phone) && !PHONE.matcher(phone.strip()).matches()) {
			result.rejectValue("phone", "mutualaid.signup.error.phone");
		}
		if (streetAddress != null && streetAddress.strip().length() > 300) {
			result.rejectValue("streetAddress", "platform.validation.tooLong");
		}
		AreaSummary commune = communes.stream()
			.filter(a -> a.code() != null && a.code().equals(communeCode))
			.findFirst()
			.orElse(null);
		if (commune == null) {
			result.rejectValue("communeCode", "mutualaid.signup.error.commune");
		}
		if (blank(postalCode) || !POSTAL.matcher(postalCode.strip()).matches()) {
			result.rejectValue("postalCode", "mutualaid.signup.error.postalCode");
		}
		else if (commune != null && commune.postalCodes() != null && !commune.postalCodes().isEmpty()
				&& !commune.postalCodes().contains(postalCode.strip())) {
			result.rejectValue("postalCode", "mutualaid.signup.error.postalCodeCommune");
		}
		if (availability().isEmpty()) {
			result.rejectValue("availability", "mutualaid.signup.error.availability");
		}
		if (types().isEmpty()) {
			result.rejectValue("actionTypes", "mutualaid.signup.error.actionTypes");
		}
		Integer km = km();
		if (km == null || km < Volunteers.MIN_KM || km > Volunteers.MAX_KM) {
			result.rejectValue("maxDistanceKm", "mutualaid.signup.error.distance",
					new Object[] { Volunteers.MIN_KM, Volunteers.MAX_KM }, null);
		}
		if (language == null || !languages.contains(language)) {
			result.rejectValue("language", "mutualaid.signup.error.language");
		}
	}

	Volunteers.Profile profile() {
		return new Volunteers.Profile(strip(phone), strip(streetAddress), strip(postalCode), strip(communeCode),
				availability(), types(), hasCar, km(), language);
	}

	Availability availability() {
		return Availability.parse(availability == null ? "" : String.join(",", availability));
	}

	Set<ActionType> types() {
		Set<ActionType> set = EnumSet.noneOf(ActionType.class);
		if (actionTypes != null) {
			set.addAll(ActionType.parse(String.join(",", actionTypes)));
		}
		return set;
	}

	Integer km() {
		try {
			return maxDistanceKm == null ? null : Integer.valueOf(maxDistanceKm.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static String strip(String s) {
		return blank(s) ? null : s.strip();
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getStreetAddress() {
		return streetAddress;
	}

	public void setStreetAddress(String streetAddress) {
		this.streetAddress = streetAddress;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public void setCommuneCode(String communeCode) {
		this.communeCode = communeCode;
	}

	public List<String> getAvailability() {
		return availability;
	}

	public void setAvailability(List<String> availability) {
		this.availability = availability;
	}

	public List<String> getActionTypes() {
		return actionTypes;
	}

	public void setActionTypes(List<String> actionTypes) {
		this.actionTypes = actionTypes;
	}

	public boolean isHasCar() {
		return hasCar;
	}

	public void setHasCar(boolean hasCar) {
		this.hasCar = hasCar;
	}

	public String getMaxDistanceKm() {
		return maxDistanceKm;
	}

	public void setMaxDistanceKm(String maxDistanceKm) {
		this.maxDistanceKm = maxDistanceKm;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
