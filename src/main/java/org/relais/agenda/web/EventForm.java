package org.relais.agenda.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.relais.agenda.EventCategory;
import org.relais.agenda.EventDraft;
import org.relais.agenda.EventVisibility;
import org.relais.agenda.Invitees;
import org.relais.agenda.Recurrence;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The event form as posted: what the event says (dates and times apart, as the browser's date and time inputs send
 * them), the repetition, files, and on creation the first invitees. Checks are the agenda's ({@code EventRules}):
 * this class only converts.
 */
public class EventForm {

	/** The value of the organiser select that names the territory itself. */
	public static final String TERRITORY = "TERRITORY";

	public static final String NO_REPEAT = "NONE";

	private String title;

	private String description;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
	private LocalTime startTime;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
	private LocalTime endTime;

	private boolean allDay;

	private String timeZone;

	private UUID locationId;

	private String address;

	private String onlineUrl;

	private String organiser = TERRITORY;

	private EventCategory category = EventCategory.PARTNER_MEETING;

	private EventVisibility visibility = EventVisibility.INVITEES;

	private Integer capacity;

	private String repeat = NO_REPEAT;

	private Integer interval = 1;

	private String ends = "COUNT";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate until;

	private Integer count;

	private List<MultipartFile> files = new ArrayList<>();

	private List<UUID> inviteOrganisations = new ArrayList<>();

	private List<UUID> inviteUsers = new ArrayList<>();

	private String inviteEmails;

	private List<UUID> removeAttachments = new ArrayList<>();

	static EventForm of(EventDraft d) {
		EventForm f = new EventForm();
		f.title = d.title();
		f.description = d.description();
		f.startDate = d.start().toLocalDate();
		f.startTime = d.allDay() ? null : d.start().toLocalTime();
		f.endDate = d.end().toLocalDate();
		f.endTime = d.allDay() ? null : d.end().toLocalTime();
		f.allDay = d.allDay();
		f.timeZone = d.timeZone();
		f.locationId = d.locationId();
		f.address = d.address();
		f.onlineUrl = d.onlineUrl();
		f.organiser = d.organiserOrganisationId() == null ? TERRITORY : d.organiserOrganisationId().toString();
		f.category = d.category();
		f.visibility = d.visibility();
		f.capacity = d.capacity();
		Recurrence r = d.recurrence();
		if (r != null) {
			f.repeat = r.frequency().name();
			f.interval = r.interval();
			f.ends = r.until() != null ? "UNTIL" : "COUNT";
			f.until = r.until();
			f.count = r.count();
		}
		return f;
	}

	/** The organiser organisation chosen, null for the territory; empty when the value is not an id. */
	java.util.Optional<UUID> organiserId() {
		if (organiser == null || organiser.isBlank() || TERRITORY.equals(organiser)) {
			return java.util.Optional.empty();
		}
		try {
			return java.util.Optional.of(UUID.fromString(organiser.strip()));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

	boolean organiserIsTerritory() {
		return organiser == null || organiser.isBlank() || TERRITORY.equals(organiser);
	}

	EventDraft toDraft() {
		return new EventDraft(title, description, at(startDate, startTime), at(endDate, endTime), allDay, timeZone,
				locationId, address, onlineUrl, organiserId().orElse(null), category, visibility, capacity,
				recurrence());
	}

	private LocalDateTime at(LocalDate date, LocalTime time) {
		if (date == null) {
			return null;
		}
		if (allDay) {
			return date.atStartOfDay();
		}
		return time == null ? null : date.atTime(time);
	}

	private Recurrence recurrence() {
		if (repeat == null || repeat.isBlank() || NO_REPEAT.equals(repeat)) {
			return null;
		}
		Recurrence.Frequency frequency;
		try {
			frequency = Recurrence.Frequency.valueOf(repeat);
		}
		catch (IllegalArgumentException ex) {
			frequency = null;
		}
		int every = interval == null ? 1 : interval;
		boolean byDate = "UNTIL".equals(ends);
		return new Recurrence(frequency, every, byDate ? until : null, byDate ? null : count);
	}

	Invitees invitees() {
		return new Invitees(new LinkedHashSet<>(inviteOrganisations == null ? List.of() : inviteOrganisations),
				new LinkedHashSet<>(inviteUsers == null ? List.of() : inviteUsers), emails(inviteEmails));
	}

	/** Addresses one per line (commas and semicolons also separate them), blanks left out. */
	static Set<String> emails(String text) {
		Set<String> out = new LinkedHashSet<>();
		if (text != null) {
			for (String line : text.split("[\\r\\n,;]+")) {
				if (!line.isBlank()) {
					out.add(line.strip());
				}
			}
		}
		return out;
	}

	/** The files actually chosen (an empty file input sends one empty part). */
	List<MultipartFile> chosenFiles() {
		return files == null ? List.of()
				: files.stream().filter(f -> f != null && !f.isEmpty() && f.getOriginalFilename() != null).toList();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalTime getStartTime() {
		return startTime;
	}

	public void setStartTime(LocalTime startTime) {
		this.startTime = startTime;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public LocalTime getEndTime() {
		return endTime;
	}

	public void setEndTime(LocalTime endTime) {
		this.endTime = endTime;
	}

	public boolean isAllDay() {
		return allDay;
	}

	public void setAllDay(boolean allDay) {
		this.allDay = allDay;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public UUID getLocationId() {
		return locationId;
	}

	public void setLocationId(UUID locationId) {
		this.locationId = locationId;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getOnlineUrl() {
		return onlineUrl;
	}

	public void setOnlineUrl(String onlineUrl) {
		this.onlineUrl = onlineUrl;
	}

	public String getOrganiser() {
		return organiser;
	}

	public void setOrganiser(String organiser) {
		this.organiser = organiser;
	}

	public EventCategory getCategory() {
		return category;
	}

	public void setCategory(EventCategory category) {
		this.category = category;
	}

	public EventVisibility getVisibility() {
		return visibility;
	}

	public void setVisibility(EventVisibility visibility) {
		this.visibility = visibility;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public String getRepeat() {
		return repeat;
	}

	public void setRepeat(String repeat) {
		this.repeat = repeat;
	}

	public Integer getInterval() {
		return interval;
	}

	public void setInterval(Integer interval) {
		this.interval = interval;
	}

	public String getEnds() {
		return ends;
	}

	public void setEnds(String ends) {
		this.ends = ends;
	}

	public LocalDate getUntil() {
		return until;
	}

	public void setUntil(LocalDate until) {
		this.until = until;
	}

	public Integer getCount() {
		return count;
	}

	public void setCount(Integer count) {
		this.count = count;
	}

	public List<MultipartFile> getFiles() {
		return files;
	}

	public void setFiles(List<MultipartFile> files) {
		this.files = files;
	}

	public List<UUID> getInviteOrganisations() {
		return inviteOrganisations;
	}

	public void setInviteOrganisations(List<UUID> inviteOrganisations) {
		this.inviteOrganisations = inviteOrganisations;
	}

	public List<UUID> getInviteUsers() {
		return inviteUsers;
	}

	public void setInviteUsers(List<UUID> inviteUsers) {
		this.inviteUsers = inviteUsers;
	}

	public String getInviteEmails() {
		return inviteEmails;
	}

	public void setInviteEmails(String inviteEmails) {
		this.inviteEmails = inviteEmails;
	}

	public List<UUID> getRemoveAttachments() {
		return removeAttachments;
	}

	public void setRemoveAttachments(List<UUID> removeAttachments) {
		this.removeAttachments = removeAttachments;
	}

}
