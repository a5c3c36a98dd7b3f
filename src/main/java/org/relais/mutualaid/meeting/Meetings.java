package org.relais.mutualaid.meeting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.relais.agenda.Agenda;
import org.relais.agenda.EventCategory;
import org.relais.agenda.EventDraft;
import org.relais.agenda.EventVisibility;
import org.relais.agenda.Invitees;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.VolunteerMeetingDue;
import org.relais.mutualaid.VolunteerStatus;
import org.relais.mutualaid.association.AssociationProfile;
import org.relais.mutualaid.association.AssociationProfileRepository;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.platform.AccountDirectory;
import org.relais.platform.Role;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryAccounts;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteer meetings: scheduling one (an agenda event of category VOLUNTEER_MEETING with every active volunteer and
 * every active association invited, in one transaction), attendance, where the territory stands against its
 * meeting interval, and the coordinators' reminder when a meeting is due (once per interval, not every day).
 */
@Service
@Transactional
public class Meetings {

	private final VolunteerMeetingRepository meetings;

	private final MeetingAttendanceRepository attendance;

	private final MeetingReminderRepository reminders;

	private final VolunteerRepository volunteers;

	private final AssociationProfileRepository associations;

	private final MutualAid mutualAid;

	private final Agenda agenda;

	private final DirectoryCatalog directory;

	private final AccountDirectory accounts;

	private final TerritoryAccounts territoryAccounts;

	private final TerritoryCatalog territories;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String baseUrl;

	Meetings(VolunteerMeetingRepository meetings, MeetingAttendanceRepository attendance,
			MeetingReminderRepository reminders, VolunteerRepository volunteers,
			AssociationProfileRepository associations, MutualAid mutualAid, Agenda agenda, DirectoryCatalog directory,
			AccountDirectory accounts, TerritoryAccounts territoryAccounts, TerritoryCatalog territories,
			JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock,
			@Value("${relais.base-url}") String baseUrl) {
		this.meetings = meetings;
		this.attendance = attendance;
		this.reminders = reminders;
		this.volunteers = volunteers;
		this.associations = associations;
		this.mutualAid = mutualAid;
		this.agenda = agenda;
		this.directory = directory;
		this.accounts = accounts;
		this.territoryAccounts = territoryAccounts;
		this.territories = territories;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The territory's meetings, newest first. */
	@Transactional(readOnly = true)
	public List<VolunteerMeeting> list(UUID territoryId) {
		return meetings.findByTerritoryIdOrderByStartsAtDesc(territoryId);
	}

	/** A meeting of the territory, or 404. */
	@Transactional(readOnly = true)
	public VolunteerMeeting meeting(UUID territoryId, UUID meetingId) {
		return meetings.findByIdAndTerritoryId(meetingId, territoryId)
			.orElseThrow(() -> NotFoundException.of("meeting", meetingId));
	}

	/** Where the territory stands today against its meeting interval. */
	@Transactional(readOnly = true)
	public MeetingCadence cadence(UUID territoryId) {
		return cadence(territoryId, mutualAid.today(territoryId), firstActive(territoryId));
	}

	private MeetingCadence cadence(UUID territoryId, LocalDate today, LocalDate firstActive) {
		int interval = mutualAid.settings(territoryId).getMeetingIntervalMonths();
		List<VolunteerMeeting> all = list(territoryId);
		VolunteerMeeting last = all.stream().filter(m -> !m.getHeldOn().isAfter(today)).findFirst().orElse(null);
		VolunteerMeeting next = all.stream()
			.filter(m -> m.getHeldOn().isAfter(today))
			.min(Comparator.comparing(VolunteerMeeting::getStartsAt))
			.orElse(null);
		LocalDate lastDay = last == null ? null : last.getHeldOn();
		LocalDate anchor = lastDay != null ? lastDay : firstActive;
		LocalDate dueBy = anchor == null ? null : anchor.plusMonths(interval);
		boolean overdue = next == null && dueBy != null && today.isAfter(dueBy);
		return new MeetingCadence(interval, lastDay, lastDay == null ? null : ChronoUnit.MONTHS.between(lastDay, today),
				dueBy, overdue, next);
	}

	/** The day the territory's first active volunteer became active (approximately: the oldest status change). */
	private LocalDate firstActive(UUID territoryId) {
		Timestamp first = jdbc.queryForObject(
				"select min(status_changed_at) from ma_volunteer where territory_id = ? and status = ?",
				Timestamp.class, territoryId, VolunteerStatus.ACTIVE.name());
		return first == null ? null : first.toInstant().atZone(mutualAid.zone(territoryId)).toLocalDate();
	}

	/**
	 * Schedules a meeting: the agenda event (category VOLUNTEER_MEETING, seen by the territory's members) and, when
	 * it is still to come, the invitations of every active volunteer (by account, else by address) and every active
	 * association; then the meeting row. A meeting in the past is recorded without invitations (one held before
	 * Relais, to record its attendance). An agenda refusal ({@link org.relais.agenda.EventRejected}) leaves nothing.
	 */
	public VolunteerMeeting schedule(UUID territoryId, UUID actorUserId, MeetingDraft d) {
		if (d.durationMinutes() < 15 || d.durationMinutes() > MeetingDraft.MAX_MINUTES) {
			throw new MutualAidException("durationMinutes", "mutualaid.meetings.error.duration");
		}
		if (d.facilitatorNote() != null && d.facilitatorNote().length() > MeetingDraft.MAX_NOTE) {
			throw new MutualAidException("facilitatorNote", "mutualaid.meetings.error.note", MeetingDraft.MAX_NOTE);
		}
		ZoneId zone = mutualAid.zone(territoryId);
		LocalDateTime start = LocalDateTime.of(d.date(), d.time());
		String title = d.title() == null ? null : d.title().strip();
		UUID eventId = agenda.create(territoryId, actorUserId,
				new EventDraft(title, null, start, start.plusMinutes(d.durationMinutes()), false, null, d.locationId(),
						blankToNull(d.address()), null, null, EventCategory.VOLUNTEER_MEETING,
						EventVisibility.PARTNERS, null, null));
		Instant startsAt = start.atZone(zone).toInstant();
		if (startsAt.isAfter(clock.instant())) {
			Invitees invitees = invitees(territoryId);
			if (!invitees.isEmpty()) {
				agenda.invite(territoryId, eventId, actorUserId, invitees);
			}
		}
		return meetings.save(new VolunteerMeeting(territoryId, eventId, title, d.date(), startsAt,
				blankToNull(d.facilitatorNote()), actorUserId, clock.instant()));
	}

	/** Every active volunteer (their account when it is a member of the territory, else their address) and association. */
	private Invitees invitees(UUID territoryId) {
		Set<UUID> users = new LinkedHashSet<>();
		Set<String> emails = new LinkedHashSet<>();
		for (Volunteer v : volunteers.findByTerritoryIdAndStatusIn(territoryId, Set.of(VolunteerStatus.ACTIVE))) {
			boolean member = v.getUserId() != null && accounts.findById(v.getUserId())
				.filter(p -> p.isEnabled() && p.membership(territoryId).isPresent())
				.isPresent();
			if (member) {
				users.add(v.getUserId());
			}
			else if (Agenda.normaliseEmail(v.getEmail()) != null) {
				emails.add(v.getEmail());
			}
		}
		Set<UUID> organisations = new LinkedHashSet<>();
		for (AssociationProfile a : associations.findByTerritoryIdAndActiveTrue(territoryId)) {
			if (directory.organisation(territoryId, a.getOrganisationId(), "fr").isPresent()) {
				organisations.add(a.getOrganisationId());
			}
		}
		return new Invitees(organisations, users, emails);
	}

	/** The attendance sheet of a meeting: active volunteers and associations, and whoever was recorded before. */
	@Transactional(readOnly = true)
	public AttendanceSheet sheet(UUID territoryId, UUID meetingId, String language) {
		VolunteerMeeting meeting = meeting(territoryId, meetingId);
		Map<UUID, MeetingAttendance> byVolunteer = new LinkedHashMap<>();
		Map<UUID, MeetingAttendance> byOrganisation = new LinkedHashMap<>();
		for (MeetingAttendance a : attendance.findByMeetingId(meetingId)) {
			if (a.getVolunteerId() != null) {
				byVolunteer.put(a.getVolunteerId(), a);
			}
			else {
				byOrganisation.put(a.getOrganisationId(), a);
			}
		}
		List<AttendanceSheet.Line> people = new ArrayList<>();
		for (Volunteer v : volunteers.findByTerritoryIdOrderByLastNameAscFirstNameAsc(territoryId)) {
			MeetingAttendance a = byVolunteer.get(v.getId());
			if (a != null || v.getStatus() == VolunteerStatus.ACTIVE) {
				people.add(new AttendanceSheet.Line(v.getId(), v.displayName(), a == null ? null : a.getPresence()));
			}
		}
		Set<UUID> orgIds = new LinkedHashSet<>();
		associations.findByTerritoryIdAndActiveTrue(territoryId).forEach(p -> orgIds.add(p.getOrganisationId()));
		orgIds.addAll(byOrganisation.keySet());
		List<AttendanceSheet.Line> orgs = new ArrayList<>();
		for (UUID org : orgIds) {
			String name = directory.organisation(territoryId, org, language).map(OrganisationRef::name).orElse(null);
			if (name != null) {
				MeetingAttendance a = byOrganisation.get(org);
				orgs.add(new AttendanceSheet.Line(org, name, a == null ? null : a.getPresence()));
			}
		}
		orgs.sort(Comparator.comparing(AttendanceSheet.Line::name, String.CASE_INSENSITIVE_ORDER));
		return new AttendanceSheet(meeting, people, orgs);
	}

	/**
	 * Records the attendance of a meeting: each given volunteer and association must be on its sheet (else nothing
	 * is written); a line left out keeps what it had.
	 */
	public void record(UUID territoryId, UUID meetingId, Map<UUID, Presence> people, Map<UUID, Presence> orgs,
			UUID by, String language) {
		AttendanceSheet sheet = sheet(territoryId, meetingId, language);
		Set<UUID> allowedPeople = new LinkedHashSet<>();
		sheet.volunteers().forEach(l -> allowedPeople.add(l.id()));
		Set<UUID> allowedOrgs = new LinkedHashSet<>();
		sheet.associations().forEach(l -> allowedOrgs.add(l.id()));
		if (!allowedPeople.containsAll(people.keySet()) || !allowedOrgs.containsAll(orgs.keySet())) {
			throw new MutualAidException("attendance", "mutualaid.meetings.error.unknownAttendee");
		}
		Map<UUID, MeetingAttendance> existing = new LinkedHashMap<>();
		for (MeetingAttendance a : attendance.findByMeetingId(meetingId)) {
			existing.put(a.getVolunteerId() != null ? a.getVolunteerId() : a.getOrganisationId(), a);
		}
		Instant now = clock.instant();
		people.forEach((id, presence) -> save(existing.get(id), meetingId, id, null, presence, by, now));
		orgs.forEach((id, presence) -> save(existing.get(id), meetingId, null, id, presence, by, now));
	}

	private void save(MeetingAttendance row, UUID meetingId, UUID volunteerId, UUID organisationId,
			Presence presence, UUID by, Instant now) {
		MeetingAttendance a = row != null ? row : new MeetingAttendance(meetingId, volunteerId, organisationId);
		a.record(presence, by, now);
		attendance.save(a);
	}

	/**
	 * Reminds the coordinators of every territory whose meeting is overdue at {@code now}: once per interval (a
	 * territory reminded less than an interval ago is left alone). Returns how many territories were reminded.
	 */
	public int remindDue(Instant now) {
		int sent = 0;
		record Started(UUID territoryId, Instant firstActive) {
		}
		List<Started> started = jdbc.query("select territory_id, min(status_changed_at) as first_active"
				+ " from ma_volunteer where status = ? group by territory_id",
				(rs, i) -> new Started(rs.getObject("territory_id", UUID.class),
						rs.getTimestamp("first_active").toInstant()),
				VolunteerStatus.ACTIVE.name());
		for (Started row : started) {
			UUID territoryId = row.territoryId();
			TerritorySummary territory = territories.find(territoryId).orElse(null);
			if (territory == null) {
				continue;
			}
			ZoneId zone = ZoneId.of(territory.timeZone());
			LocalDate today = now.atZone(zone).toLocalDate();
			LocalDate firstActive = row.firstActive().atZone(zone).toLocalDate();
			MeetingCadence cadence = cadence(territoryId, today, firstActive);
			if (!cadence.overdue()) {
				continue;
			}
			MeetingReminder reminder = reminders.findById(territoryId).orElse(null);
			if (reminder != null && reminder.getRemindedAt()
				.atZone(zone)
				.toLocalDate()
				.plusMonths(cadence.intervalMonths())
				.isAfter(today)) {
				continue;
			}
			List<UUID> recipients = new ArrayList<>(territoryAccounts.holders(territoryId, java.util.Set.of(Role.COORDINATOR)));
			if (recipients.isEmpty()) {
				recipients.addAll(territoryAccounts.territoryAdmins(territoryId));
			}
			if (reminder == null) {
				reminders.save(new MeetingReminder(territoryId, now));
			}
			else {
				reminder.reminded(now);
			}
			events.publishEvent(new VolunteerMeetingDue(UUID.randomUUID(), territoryId,
					territory.name(territory.defaultLanguage()), cadence.lastHeldOn(), cadence.intervalMonths(),
					recipients, baseUrl + "/mutualaid/meetings"));
			sent++;
		}
		return sent;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
