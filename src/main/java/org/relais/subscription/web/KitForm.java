package org.relais.subscription.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.relais.subscription.kit.CommunicationKit;

/** The kit form: the desk's phone number, a tagline per language, the last flyer renewal (yyyy-mm-dd, optional). */
class KitForm {

	private String deskPhone;

	private Map<String, String> taglines = new LinkedHashMap<>();

	private String lastRenewedOn;

	static KitForm of(CommunicationKit kit) {
		KitForm f = new KitForm();
		f.deskPhone = kit.getDeskPhone();
		f.taglines = new LinkedHashMap<>(kit.getTaglines());
		f.lastRenewedOn = kit.getLastRenewedOn() == null ? null : kit.getLastRenewedOn().toString();
		return f;
	}

	public String getDeskPhone() {
		return deskPhone;
	}

	public void setDeskPhone(String deskPhone) {
		this.deskPhone = deskPhone;
	}

	public Map<String, String> getTaglines() {
		return taglines;
	}

	public void setTaglines(Map<String, String> taglines) {
		this.taglines = taglines;
	}

	public String getLastRenewedOn() {
		return lastRenewedOn;
	}

	public void setLastRenewedOn(String lastRenewedOn) {
		this.lastRenewedOn = lastRenewedOn;
	}

	boolean renewalBlank() {
		return lastRenewedOn == null || lastRenewedOn.isBlank();
	}

	/** The date, or null when blank or not a date. */
	LocalDate renewalDate() {
		if (renewalBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(lastRenewedOn.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
