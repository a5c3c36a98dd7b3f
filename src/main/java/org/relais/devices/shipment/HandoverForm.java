package org.relais.devices.shipment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/** The hand-over form: the date the person received the devices, their acknowledgement, an optional note. */
class HandoverForm {

	private String handedOverOn;

	private boolean acknowledged;

	@Size(max = 500, message = "{devices.handover.error.noteLong}")
	private String note;

	/** The date, or null with an error on the field (missing, not a date, in the future). */
	LocalDate check(BindingResult result, LocalDate today) {
		LocalDate day = null;
		if (handedOverOn == null || handedOverOn.isBlank()) {
			result.rejectValue("handedOverOn", "devices.handover.error.date");
		}
		else {
			try {
				day = LocalDate.parse(handedOverOn.strip());
				if (day.isAfter(today)) {
					result.rejectValue("handedOverOn", "devices.handover.error.future");
					day = null;
				}
			}
			catch (DateTimeParseException ex) {
				result.rejectValue("handedOverOn", "devices.handover.error.date");
			}
		}
		if (!acknowledged) {
			result.rejectValue("acknowledged", "devices.handover.error.acknowledged");
		}
		return day;
	}

	String noteOrNull() {
		return note == null || note.isBlank() ? null : note.strip();
	}

	public String getHandedOverOn() {
		return handedOverOn;
	}

	public void setHandedOverOn(String handedOverOn) {
		this.handedOverOn = handedOverOn;
	}

	public boolean isAcknowledged() {
		return acknowledged;
	}

	public void setAcknowledged(boolean acknowledged) {
		this.acknowledged = acknowledged;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
