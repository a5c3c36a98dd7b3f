package org.relais.agenda.poll;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The new-poll form: what, where, the proposed slots (a fixed number of rows, more on request, blank rows left out)
 * and who is invited. Dates and times are the strings the date and time inputs send, parsed and checked by
 * {@link PollFormCheck}.
 */
public class PollForm {

	/** Empty slot rows a new form shows, and how many more "add rows" appends. */
	static final int ROWS = 3;

	static final int MAX_ROWS = 30;

	@NotBlank(message = "{agenda.poll.error.titleRequired}")
	@Size(max = 200, message = "{agenda.poll.error.titleTooLong}")
	private String title = "";

	@Size(max = 5000, message = "{agenda.poll.error.descriptionTooLong}")
	private String description = "";

	@Size(max = 300, message = "{agenda.poll.error.placeTooLong}")
	private String place = "";

	private String locationId = "";

	private List<SlotRow> slots = new ArrayList<>();

	private List<String> organisationIds = new ArrayList<>();

	@Size(max = 20000, message = "{agenda.poll.error.emailsTooLong}")
	private String emails = "";

	PollForm withEmptyRows(int n) {
		for (int i = 0; i < n && slots.size() < MAX_ROWS; i++) {
			slots.add(new SlotRow());
		}
		return this;
	}

	/** One proposed slot as typed: a date, a start and an end time. */
	public static class SlotRow {

		private String date = "";

		private String start = "";

		private String end = "";

		boolean blank() {
			return date.isBlank() && start.isBlank() && end.isBlank();
		}

		public String getDate() {
			return date;
		}

		public void setDate(String date) {
			this.date = date == null ? "" : date.strip();
		}

		public String getStart() {
			return start;
		}

		public void setStart(String start) {
			this.start = start == null ? "" : start.strip();
		}

		public String getEnd() {
			return end;
		}

		public void setEnd(String end) {
			this.end = end == null ? "" : end.strip();
		}

	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title.strip();
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description == null ? "" : description.strip();
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place == null ? "" : place.strip();
	}

	public String getLocationId() {
		return locationId;
	}

	public void setLocationId(String locationId) {
		this.locationId = locationId == null ? "" : locationId.strip();
	}

	public List<SlotRow> getSlots() {
		return slots;
	}

	public void setSlots(List<SlotRow> slots) {
		this.slots = slots == null ? new ArrayList<>() : new ArrayList<>(slots);
	}

	public List<String> getOrganisationIds() {
		return organisationIds;
	}

	public void setOrganisationIds(List<String> organisationIds) {
		this.organisationIds = organisationIds == null ? new ArrayList<>() : organisationIds;
	}

	public String getEmails() {
		return emails;
	}

	public void setEmails(String emails) {
		this.emails = emails == null ? "" : emails;
	}

}
