package org.relais.directory.partner;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

/** A location with its weekly hours and exceptions, as rows typed by the partner. */
public class LocationForm {

	/** Empty rows offered for new opening slots and exceptions. */
	static final int EMPTY_ROWS = 3;

	@Size(max = 300, message = "{platform.validation.tooLong}")
	private String name;

	@Size(max = 300, message = "{platform.validation.tooLong}")
	private String address;

	@Size(max = 16, message = "{platform.validation.tooLong}")
	private String postalCode;

	@Size(max = 120, message = "{platform.validation.tooLong}")
	private String city;

	private String areaCode = "";

	private String latitude;

	private String longitude;

	@Size(max = 1000, message = "{platform.validation.tooLong}")
	private String accessNotes;

	private boolean closedOnHolidays = true;

	@Size(max = 500, message = "{platform.validation.tooLong}")
	private String temporaryMessage;

	private List<SlotRow> slots = new ArrayList<>();

	private List<ExceptionRow> exceptions = new ArrayList<>();

	/** An opening slot: a day, an opening and a closing time (HH:mm). */
	public static class SlotRow {

		private String day = "";

		private String opens;

		private String closes;

		public String getDay() {
			return day;
		}

		public void setDay(String day) {
			this.day = day;
		}

		public String getOpens() {
			return opens;
		}

		public void setOpens(String opens) {
			this.opens = opens;
		}

		public String getCloses() {
			return closes;
		}

		public void setCloses(String closes) {
			this.closes = closes;
		}

		boolean isBlank() {
			return (day == null || day.isBlank()) && (opens == null || opens.isBlank())
					&& (closes == null || closes.isBlank());
		}

	}

	/** Exceptional closure or hours between two dates. */
	public static class ExceptionRow {

		private String from;

		private String to;

		private boolean closed = true;

		private String opens;

		private String closes;

		@Size(max = 300, message = "{platform.validation.tooLong}")
		private String note;

		public String getFrom() {
			return from;
		}

		public void setFrom(String from) {
			this.from = from;
		}

		public String getTo() {
			return to;
		}

		public void setTo(String to) {
			this.to = to;
		}

		public boolean isClosed() {
			return closed;
		}

		public void setClosed(boolean closed) {
			this.closed = closed;
		}

		public String getOpens() {
			return opens;
		}

		public void setOpens(String opens) {
			this.opens = opens;
		}

		public String getCloses() {
			return closes;
		}

		public void setCloses(String closes) {
			this.closes = closes;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		boolean isBlank() {
			return (from == null || from.isBlank()) && (to == null || to.isBlank());
		}

	}

	void addEmptyRows(int count) {
		for (int i = 0; i < count; i++) {
			slots.add(new SlotRow());
			ExceptionRow e = new ExceptionRow();
			e.setClosed(false);
			exceptions.add(e);
		}
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
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

	public String getAreaCode() {
		return areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode;
	}

	public String getLatitude() {
		return latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

	public String getAccessNotes() {
		return accessNotes;
	}

	public void setAccessNotes(String accessNotes) {
		this.accessNotes = accessNotes;
	}

	public boolean isClosedOnHolidays() {
		return closedOnHolidays;
	}

	public void setClosedOnHolidays(boolean closedOnHolidays) {
		this.closedOnHolidays = closedOnHolidays;
	}

	public String getTemporaryMessage() {
		return temporaryMessage;
	}

	public void setTemporaryMessage(String temporaryMessage) {
		this.temporaryMessage = temporaryMessage;
	}

	public List<SlotRow> getSlots() {
		return slots;
	}

	public void setSlots(List<SlotRow> slots) {
		this.slots = slots;
	}

	public List<ExceptionRow> getExceptions() {
		return exceptions;
	}

	public void setExceptions(List<ExceptionRow> exceptions) {
		this.exceptions = exceptions;
	}
}
