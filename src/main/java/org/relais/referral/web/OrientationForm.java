package org.relais.referral.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The matching page's form, bound from the query string (every search has a bookmarkable URL). Numbers, dates and
 * times are kept as typed and checked by {@link OrientationController}, so that any input gets a message next to
 * its field rather than a conversion error.
 */
public class OrientationForm {

	/** The person matched for (an id), or blank for an anonymous profile. */
	private String person;

	/** "1" once the form was shown: a person's record then no longer overwrites the fields. */
	private String filled;

	private String age;

	private String birthYear;

	private String commune;

	private String postalCode;

	private List<String> publics = new ArrayList<>();

	private List<String> languages = new ArrayList<>();

	private String maxDistanceKm;

	/** "true" when remote help suits the person. */
	private String remoteOk;

	private List<String> needs = new ArrayList<>();

	private String date;

	private String time;

	public String getPerson() {
		return person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

	public String getFilled() {
		return filled;
	}

	public void setFilled(String filled) {
		this.filled = filled;
	}

	public String getAge() {
		return age;
	}

	public void setAge(String age) {
		this.age = age;
	}

	public String getBirthYear() {
		return birthYear;
	}

	public void setBirthYear(String birthYear) {
		this.birthYear = birthYear;
	}

	public String getCommune() {
		return commune;
	}

	public void setCommune(String commune) {
		this.commune = commune;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public List<String> getPublics() {
		return publics;
	}

	public void setPublics(List<String> publics) {
		this.publics = publics == null ? new ArrayList<>() : publics;
	}

	public List<String> getLanguages() {
		return languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages == null ? new ArrayList<>() : languages;
	}

	public String getMaxDistanceKm() {
		return maxDistanceKm;
	}

	public void setMaxDistanceKm(String maxDistanceKm) {
		this.maxDistanceKm = maxDistanceKm;
	}

	public String getRemoteOk() {
		return remoteOk;
	}

	public void setRemoteOk(String remoteOk) {
		this.remoteOk = remoteOk;
	}

	public List<String> getNeeds() {
		return needs;
	}

	public void setNeeds(List<String> needs) {
		this.needs = needs == null ? new ArrayList<>() : needs;
	}

	boolean wasFilled() {
		return "1".equals(filled);
	}

	boolean remote() {
		return "true".equals(remoteOk);
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getTime() {
		return time;
	}

	public void setTime(String time) {
		this.time = time;
	}

}
