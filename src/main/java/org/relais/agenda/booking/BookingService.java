package org.relais.agenda.booking;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.relais.agenda.AppointmentBooked;
import org.relais.agenda.AppointmentCancelled;
import org.relais.agenda.AppointmentNotice;
import org.relais.agenda.AppointmentReminderDue;
import org.relais.agenda.booking.BookingViews.AppointmentView;
import org.relais.agenda.booking.BookingViews.BookingRequest;
import org.relais.agenda.booking.BookingViews.ClosureView;
import org.relais.agenda.booking.BookingViews.DaySlots;
import org.relais.agenda.booking.BookingViews.NewSchedule;
import org.relais.agenda.booking.BookingViews.ScheduleView;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.LocationRef;
import org.relais.directory.OrganisationRef;
import org.relais.people.BeneficiaryRecord;
import org.relais.people.People;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appointment booking: schedules and their closed dates, the free slots they offer (computed, bounded to a number
 * of weeks ahead), bookings that the database keeps unique per slot, the state changes of an appointment, reminders
 * and the clearing of contact details. Callers check permissions; this class checks tenancy (every read is by
 * territory) and the rules of a booking.
 */
@Service
public class BookingService {

	private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final ScheduleRepository schedules;

	private final ClosureRepository closures;

	private final AppointmentRepository appointments;

	private final AppointmentTransitionRepository transitions;

	private final TerritoryCatalog territories;

	private final DirectoryCatalog directory;

	private final People people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate bookingTx;

	private final SecureRandom random = new SecureRandom();

	private final int weeksAhead;

	private final Duration reminderDelay;

	private final String mailFrom;

	BookingService(ScheduleRepository schedules, ClosureRepository closures, AppointmentRepository appointments,
			AppointmentTransitionRepository transitions, TerritoryCatalog territories, DirectoryCatalog directory,
			People people, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
			@Value("${relais.agenda.booking.weeks-ahead:8}") int weeksAhead,
			@Value("${relais.agenda.booking.reminder-hours:24}") int reminderHours,
			@Value("${relais.mail-from:no-reply@relais.invalid}") String mailFrom) {
		this.schedules = schedules;
		this.closures = closures;
		this.appointments = appointments;
		this.transitions = transitions;
		this.territories = territories;
		this.directory = directory;
		this.people = people;
		this.events = events;
		this.clock = clock;
		this.bookingTx = new TransactionTemplate(transactions);
		this.bookingTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.weeksAhead = weeksAhead;
		this.reminderDelay = Duration.ofHours(reminderHours);
		int lt = mailFrom.indexOf('<');
		this.mailFrom = lt >= 0 && mailFrom.indexOf('>', lt) > lt ? mailFrom.substring(lt + 1, mailFrom.indexOf('>', lt))
				: mailFrom.strip();
	}

	// --- schedules

	@Transactional
	UUID createSchedule(UUID territoryId, NewSchedule s, UUID by) {
		directory.organisation(territoryId, s.organisationId(), "fr")
			.orElseThrow(() -> BookingRefused.of("organisationId", "agenda.booking.error.organisation"));
		if (s.locationId() != null && directory.location(territoryId, s.locationId()).isEmpty()) {
			throw BookingRefused.of("locationId", "agenda.booking.error.location");
		}
		Schedule schedule = new Schedule(territoryId, s.organisationId(), s.locationId(), s.title().strip(),
				Set.copyOf(s.days()), s.start(), s.end(), s.slotMinutes(), s.validFrom(), s.validUntil(),
				s.publicBooking(), by, clock.instant());
		return schedules.save(schedule).getId();
	}

	@Transactional(readOnly = true)
	Optional<ScheduleView> schedule(UUID territoryId, UUID scheduleId, String language) {
		return schedules.findByIdAndTerritoryId(scheduleId, territoryId).map(s -> view(s, language));
	}

	@Transactional(readOnly = true)
	List<ScheduleView> schedules(UUID territoryId, String language) {
		return schedules.findByTerritoryIdOrderByTitle(territoryId).stream().map(s -> view(s, language)).toList();
	}

	@Transactional(readOnly = true)
	List<ScheduleView> publicSchedules(UUID territoryId, String language) {
		return schedules.findByTerritoryIdAndPublicBookingTrueAndActiveTrueOrderByTitle(territoryId)
			.stream()
			.map(s -> view(s, language))
			.toList();
	}

	@Transactional
	void setActive(UUID territoryId, UUID scheduleId, boolean active) {
		find(territoryId, scheduleId).setActive(active);
	}

	@Transactional(readOnly = true)
	List<ClosureView> closures(UUID territoryId, UUID scheduleId) {
		find(territoryId, scheduleId);
		return closures.findByScheduleIdOrderByClosedOn(scheduleId)
			.stream()
			.map(c -> new ClosureView(c.getId(), c.getClosedOn()))
			.toList();
	}

	@Transactional
	void addClosure(UUID territoryId, UUID scheduleId, LocalDate day) {
		find(territoryId, scheduleId);
		if (!closures.existsByScheduleIdAndClosedOn(scheduleId, day)) {
			closures.save(new Closure(scheduleId, day));
		}
	}

	@Transactional
	void removeClosure(UUID territoryId, UUID scheduleId, UUID closureId) {
		find(territoryId, scheduleId);
		Closure c = closures.findById(closureId)
			.filter(x -> x.getScheduleId().equals(scheduleId))
			.orElseThrow(() -> NotFoundException.of("closure", closureId));
		closures.delete(c);
	}

	// --- slots

	/** The free slots of a schedule from now to the horizon, grouped by day, in the territory's time zone. */
	@Transactional(readOnly = true)
	List<DaySlots> freeSlots(UUID territoryId, UUID scheduleId) {
		Schedule s = find(territoryId, scheduleId);
		if (!s.isActive()) {
			return List.of();
		}
		ZoneId zone = zone(territoryId);
		Instant now = clock.instant();
		LocalDate today = now.atZone(zone).toLocalDate();
		Set<Instant> taken = new HashSet<>(appointments.bookedStarts(scheduleId, AppointmentStatus.BOOKED, now));
		Map<LocalDate, List<ZonedDateTime>> byDay = new LinkedHashMap<>();
		for (ZonedDateTime slot : s.rule()
			.slots(zone, today, today.plusWeeks(weeksAhead), closedDays(scheduleId), now)) {
			if (!taken.contains(slot.toInstant())) {
				byDay.computeIfAbsent(slot.toLocalDate(), d -> new ArrayList<>()).add(slot);
			}
		}
		return byDay.entrySet().stream().map(e -> new DaySlots(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

	Instant now() {
		return clock.instant();
	}

	/** The clock read in the territory's time zone (for today's date there). */
	Clock clockIn(UUID territoryId) {
		return clock.withZone(zone(territoryId));
	}

	ZoneId zone(UUID territoryId) {
		return territories.find(territoryId)
			.map(TerritorySummary::timeZone)
			.map(ZoneId::of)
			.orElse(ZoneId.of("Europe/Paris"));
	}

	// --- booking

	/**
	 * Books a slot, or refuses with the reason (past, not a slot of the schedule, closed date, already taken). The
	 * database decides between two requests for the same slot: the loser gets {@code slot.taken}.
	 */
	Appointment book(UUID territoryId, BookingRequest r) {
		Schedule s = find(territoryId, r.scheduleId());
		if (!s.isActive() || (r.publicPage() && !s.isPublicBooking())) {
			throw NotFoundException.of("schedule", r.scheduleId());
		}
		if (r.slotStart() == null) {
			throw BookingRefused.slot("missing");
		}
		if (!r.slotStart().isAfter(clock.instant())) {
			throw BookingRefused.slot("past");
		}
		ZoneId zone = zone(territoryId);
		SlotRule.Problem problem = s.rule().check(r.slotStart(), zone, closedDays(s.getId()));
		if (problem == SlotRule.Problem.NOT_IN_SCHEDULE) {
			throw BookingRefused.slot("unknown");
		}
		if (problem == SlotRule.Problem.CLOSED) {
			throw BookingRefused.slot("closed");
		}
		if (r.slotStart().isAfter(clock.instant().atZone(zone).plusWeeks(weeksAhead).plusDays(1).toInstant())) {
			throw BookingRefused.slot("tooFar");
		}
		String contactName = r.contactName();
		if (r.beneficiaryId() != null) {
			BeneficiaryRecord person = people.read(territoryId, r.beneficiaryId())
				.orElseThrow(() -> BookingRefused.of("person", "agenda.booking.error.person"));
			contactName = person.firstName() == null || person.firstName().isBlank() ? person.lastName()
					: person.firstName() + " " + person.lastName();
		}
		String name = contactName;
		try {
			Appointment booked = bookingTx.execute(status -> {
				if (appointments.existsByActiveKey(Appointment.key(s.getId(), r.slotStart()))) {
					throw BookingRefused.taken();
				}
				Appointment a = appointments.saveAndFlush(new Appointment(s, r.slotStart(),
						s.rule().endOf(r.slotStart()), newReference(), newToken(), r.beneficiaryId(),
						blankToNull(name), blankToNull(r.contactPhone()), blankToNull(r.contactEmail()),
						r.language(), r.bookedBy(), clock.instant()));
				transitions.save(new AppointmentTransition(a.getId(), null, AppointmentStatus.BOOKED, clock.instant(),
						r.bookedBy()));
				events.publishEvent(new AppointmentBooked(a.getId(), territoryId, clock.instant()));
				return a;
			});
			if (r.beneficiaryId() != null) {
				people.touch(territoryId, r.beneficiaryId());
			}
			return booked;
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			throw BookingRefused.taken();
		}
	}

	/** Moves a booked appointment to attended, no-show or cancelled; refuses any other move. */
	@Transactional
	void move(UUID territoryId, UUID appointmentId, AppointmentStatus to, UUID by) {
		Appointment a = appointments.findByIdAndTerritoryId(appointmentId, territoryId)
			.orElseThrow(() -> NotFoundException.of("appointment", appointmentId));
		move(a, to, by, false);
	}

	/** The inhabitant cancels with the secret link of the confirmation. */
	@Transactional
	void cancelByToken(UUID territoryId, String token) {
		Appointment a = byToken(territoryId, token);
		move(a, AppointmentStatus.CANCELLED, null, true);
	}

	private void move(Appointment a, AppointmentStatus to, UUID by, boolean byInhabitant) {
		AppointmentStatus from = a.getStatus();
		if (!from.next().contains(to)) {
			throw BookingRefused.of(null, "agenda.booking.error.transition");
		}
		if ((to == AppointmentStatus.ATTENDED || to == AppointmentStatus.NO_SHOW)
				&& a.getSlotStart().isAfter(clock.instant())) {
			throw BookingRefused.of(null, "agenda.booking.error.notYet");
		}
		a.moveTo(to);
		transitions.save(new AppointmentTransition(a.getId(), from, to, clock.instant(), by));
		if (to == AppointmentStatus.CANCELLED) {
			events.publishEvent(new AppointmentCancelled(a.getId(), a.getTerritoryId(), byInhabitant, clock.instant()));
		}
	}

	// --- reading appointments

	@Transactional(readOnly = true)
	Optional<AppointmentView> appointment(UUID territoryId, UUID appointmentId, String language) {
		return appointments.findByIdAndTerritoryId(appointmentId, territoryId).map(a -> view(a, language));
	}

	@Transactional(readOnly = true)
	AppointmentView byTokenView(UUID territoryId, String token, String language) {
		return view(byToken(territoryId, token), language);
	}

	private Appointment byToken(UUID territoryId, String token) {
		return appointments.findByCancelToken(token == null ? "" : token)
			.filter(a -> a.getTerritoryId().equals(territoryId))
			.orElseThrow(() -> NotFoundException.of("appointment", "token"));
	}

	@Transactional(readOnly = true)
	List<AppointmentView> ofOrganisation(UUID organisationId, String language) {
		return appointments.findByOrganisationIdOrderBySlotStart(organisationId)
			.stream()
			.map(a -> view(a, language))
			.toList();
	}

	@Transactional(readOnly = true)
	long noShows(UUID organisationId) {
		return appointments.countByOrganisationIdAndStatus(organisationId, AppointmentStatus.NO_SHOW);
	}

	@Transactional(readOnly = true)
	List<AppointmentView> ofPerson(UUID territoryId, UUID beneficiaryId, String language) {
		return appointments.findByTerritoryIdAndBeneficiaryIdOrderBySlotStart(territoryId, beneficiaryId)
			.stream()
			.map(a -> view(a, language))
			.toList();
	}

	@Transactional(readOnly = true)
	List<BookingViews.HistoryLine> history(UUID appointmentId) {
		return transitions.findByAppointmentIdOrderByAt(appointmentId)
			.stream()
			.map(t -> new BookingViews.HistoryLine(t.getAt(), t.getToStatus()))
			.toList();
	}

	/** What the notification module needs for a confirmation, a reminder or a cancellation notice. */
	@Transactional(readOnly = true)
	public Optional<AppointmentNotice> notice(UUID appointmentId) {
		return appointments.findById(appointmentId).map(a -> {
			String lang = a.getLanguage();
			AppointmentView v = view(a, lang);
			String slug = territories.find(a.getTerritoryId()).map(TerritorySummary::slug).orElse("");
			return new AppointmentNotice(a.getId(), a.getTerritoryId(), a.getReference(), v.title(),
					v.organisationName(), v.place(), v.start(), v.end(), a.getStatus() == AppointmentStatus.BOOKED,
					a.getContactName(), a.getContactPhone(), a.getContactEmail(), lang,
					"/t/" + slug + "/appointments/mine/" + a.getCancelToken());
		});
	}

	/**
	 * The appointment as an iCalendar object for the person's calendar (PUBLISH while booked, CANCEL after), with
	 * the absolute address of their own page; empty when the appointment does not exist.
	 */
	@Transactional(readOnly = true)
	public Optional<String> ics(UUID appointmentId, String baseUrl) {
		return notice(appointmentId)
			.map(n -> AppointmentIcs.write(n, mailFrom, baseUrl + n.ownPagePath(), clock.instant()));
	}

	// --- jobs and the person's life cycle

	/** Flags and announces the booked appointments starting within the reminder delay after {@code now}. */
	@Transactional
	int remind(Instant now) {
		List<Appointment> due = appointments.dueForReminder(AppointmentStatus.BOOKED, now, now.plus(reminderDelay));
		for (Appointment a : due) {
			a.remindedAt(now);
			events.publishEvent(new AppointmentReminderDue(a.getId(), a.getTerritoryId(), now));
		}
		return due.size();
	}

	/** Clears the contact details of appointments whose slot ended before {@code before}. */
	@Transactional
	int clearContacts(Instant before) {
		List<Appointment> old = appointments.withContactBefore(before);
		old.forEach(Appointment::clearContact);
		return old.size();
	}

	/** The person was anonymised or erased: their appointments keep no link to them and no contact detail. */
	@Transactional
	void detachPerson(UUID beneficiaryId) {
		appointments.findByBeneficiaryId(beneficiaryId).forEach(Appointment::detachPerson);
	}

	// --- helpers

	private Schedule find(UUID territoryId, UUID scheduleId) {
		return schedules.findByIdAndTerritoryId(scheduleId, territoryId)
			.orElseThrow(() -> NotFoundException.of("schedule", scheduleId));
	}

	private Set<LocalDate> closedDays(UUID scheduleId) {
		return closures.findByScheduleIdOrderByClosedOn(scheduleId)
			.stream()
			.map(Closure::getClosedOn)
			.collect(Collectors.toSet());
	}

	private ScheduleView view(Schedule s, String language) {
		return new ScheduleView(s.getId(), s.getOrganisationId(), organisationName(s, language), place(s), s.getTitle(),
				s.days().stream().sorted().toList(), s.getStartTime(), s.getEndTime(), s.getSlotMinutes(),
				s.getValidFrom(), s.getValidUntil(), s.isPublicBooking(), s.isActive());
	}

	private String organisationName(Schedule s, String language) {
		return directory.organisation(s.getTerritoryId(), s.getOrganisationId(), language)
			.map(OrganisationRef::name)
			.orElse("");
	}

	private String place(Schedule s) {
		return s.getLocationId() == null ? ""
				: directory.location(s.getTerritoryId(), s.getLocationId()).map(LocationRef::oneLine).orElse("");
	}

	private AppointmentView view(Appointment a, String language) {
		Schedule s = schedules.findById(a.getScheduleId()).orElseThrow();
		ZoneId zone = zone(a.getTerritoryId());
		return new AppointmentView(a.getId(), s.getId(), s.getTitle(), a.getOrganisationId(),
				organisationName(s, language), place(s), a.getSlotStart().atZone(zone), a.getSlotEnd().atZone(zone),
				a.getStatus(), a.getReference(), a.getBeneficiaryId(), a.getContactName(), a.getContactPhone(),
				a.getContactEmail(), a.getBookedAt(), a.getReminderSentAt(), a.getCancelToken());
	}

	private String newReference() {
		for (int attempt = 0; attempt < 5; attempt++) {
			StringBuilder b = new StringBuilder("RDV-");
			for (int i = 0; i < 6; i++) {
				b.append(REFERENCE_ALPHABET[random.nextInt(REFERENCE_ALPHABET.length)]);
			}
			if (!appointments.existsByReference(b.toString())) {
				return b.toString();
			}
		}
		throw new IllegalStateException("no free appointment reference");
	}

	private String newToken() {
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
