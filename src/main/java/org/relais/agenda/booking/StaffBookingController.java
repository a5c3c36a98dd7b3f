package org.relais.agenda.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.agenda.booking.BookingViews.AppointmentView;
import org.relais.agenda.booking.BookingViews.BookingRequest;
import org.relais.agenda.booking.BookingViews.NewSchedule;
import org.relais.agenda.booking.BookingViews.ScheduleView;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationRef;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages of appointment booking: the schedules of the territory, a schedule with its closed dates and free
 * slots, a new schedule, booking a slot for a known person, the appointments of an organisation and one
 * appointment with its state actions.
 */
@Controller
class StaffBookingController {

	private final BookingService bookings;

	private final BookingAccess access;

	private final DirectoryCatalog directory;

	private final StaffBookingPages pages;

	StaffBookingController(BookingService bookings, BookingAccess access, DirectoryCatalog directory,
			StaffBookingPages pages) {
		this.bookings = bookings;
		this.access = access;
		this.directory = directory;
		this.pages = pages;
	}

	@GetMapping("/agenda/appointments")
	String index(Model model, Locale locale) {
		RelaisPrincipal me = access.require();
		String lang = Languages.of(locale);
		List<OrganisationRef> handled = access.handled(me, lang);
		List<UUID> handledIds = handled.stream().map(OrganisationRef::id).toList();
		model.addAttribute("schedules", bookings.schedules(me.currentTerritoryId(), lang)
			.stream()
			.filter(s -> handledIds.contains(s.organisationId()))
			.toList());
		model.addAttribute("organisations", handled);
		model.addAttribute("mayCreate", !access.manageable(me, lang).isEmpty());
		return "agenda/booking/index";
	}

	@GetMapping("/agenda/appointments/schedules/new")
	String newSchedule(Model model, Locale locale) {
		RelaisPrincipal me = access.require();
		ScheduleForm form = new ScheduleForm();
		form.setValidFrom(LocalDate.now(bookings.clockIn(me.currentTerritoryId())).toString());
		model.addAttribute("scheduleForm", form);
		return pages.scheduleForm(model, me, locale);
	}

	@PostMapping("/agenda/appointments/schedules")
	String createSchedule(@Valid @ModelAttribute("scheduleForm") ScheduleForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = access.require();
		NewSchedule s = form.check(result);
		if (s != null && !access.mayManage(me, s.organisationId())) {
			result.rejectValue("organisationId", "agenda.booking.error.organisation");
		}
		if (s != null && s.locationId() != null && directory.location(me.currentTerritoryId(), s.locationId())
			.filter(l -> l.organisationId().equals(s.organisationId()))
			.isEmpty()) {
			result.rejectValue("locationId", "agenda.booking.error.location");
		}
		if (result.hasErrors()) {
			response.setStatus(422);
			return pages.scheduleForm(model, me, locale);
		}
		UUID id = bookings.createSchedule(me.currentTerritoryId(), s, me.userId());
		flash.addFlashAttribute("flash", "agenda.booking.flash.scheduleCreated");
		return "redirect:/agenda/appointments/schedules/" + id;
	}

	@GetMapping("/agenda/appointments/schedules/{id}")
	String schedule(@PathVariable UUID id, Model model, Locale locale) {
		RelaisPrincipal me = access.require();
		ScheduleView s = handledSchedule(me, id, locale);
		model.addAttribute("schedule", s);
		model.addAttribute("closures", bookings.closures(me.currentTerritoryId(), id));
		model.addAttribute("days", bookings.freeSlots(me.currentTerritoryId(), id));
		model.addAttribute("mayManage", access.mayManage(me, s.organisationId()));
		model.addAttribute("mayBook", BookingAccess.isStaff(me));
		model.addAttribute("allDays", List.of(DayOfWeek.values()));
		return "agenda/booking/schedule";
	}

	@PostMapping("/agenda/appointments/schedules/{id}/closures")
	String addClosure(@PathVariable UUID id, @RequestParam(required = false) String day, Locale locale,
			RedirectAttributes flash) {
		RelaisPrincipal me = access.require();
		ScheduleView s = handledSchedule(me, id, locale);
		access.requireManage(me, s.organisationId());
		try {
			bookings.addClosure(me.currentTerritoryId(), id, LocalDate.parse(day == null ? "" : day.strip()));
			flash.addFlashAttribute("flash", "agenda.booking.flash.closureAdded");
		}
		catch (DateTimeParseException ex) {
			flash.addFlashAttribute("closureError", "agenda.booking.error.date");
		}
		return "redirect:/agenda/appointments/schedules/" + id + "#closures";
	}

	@PostMapping("/agenda/appointments/schedules/{id}/closures/{closureId}/delete")
	String removeClosure(@PathVariable UUID id, @PathVariable UUID closureId, Locale locale,
			RedirectAttributes flash) {
		RelaisPrincipal me = access.require();
		ScheduleView s = handledSchedule(me, id, locale);
		access.requireManage(me, s.organisationId());
		bookings.removeClosure(me.currentTerritoryId(), id, closureId);
		flash.addFlashAttribute("flash", "agenda.booking.flash.closureRemoved");
		return "redirect:/agenda/appointments/schedules/" + id + "#closures";
	}

	@PostMapping("/agenda/appointments/schedules/{id}/active")
	String setActive(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean active, Locale locale,
			RedirectAttributes flash) {
		RelaisPrincipal me = access.require();
		ScheduleView s = handledSchedule(me, id, locale);
		access.requireManage(me, s.organisationId());
		bookings.setActive(me.currentTerritoryId(), id, active);
		flash.addFlashAttribute("flash",
				active ? "agenda.booking.flash.scheduleOpened" : "agenda.booking.flash.scheduleClosed");
		return "redirect:/agenda/appointments/schedules/" + id;
	}

	@GetMapping("/agenda/appointments/schedules/{id}/book")
	String bookPage(@PathVariable UUID id, @RequestParam(required = false) String slot,
			@RequestParam(required = false) String q, @RequestParam(required = false) UUID person, Model model,
			Locale locale) {
		RelaisPrincipal me = access.requireStaff();
		ScheduleView s = handledSchedule(me, id, locale);
		BookingForm form = new BookingForm();
		form.setSlot(slot);
		model.addAttribute("bookingForm", form);
		return pages.staffBooking(model, me, s, q, person, locale);
	}

	@PostMapping("/agenda/appointments/schedules/{id}/book")
	String book(@PathVariable UUID id, @Valid @ModelAttribute("bookingForm") BookingForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = access.requireStaff();
		ScheduleView s = handledSchedule(me, id, locale);
		var slotStart = form.slotStart(result);
		UUID person = form.personId(result);
		form.checkContact(result, false);
		if (!result.hasErrors()) {
			try {
				Appointment a = bookings.book(me.currentTerritoryId(),
						new BookingRequest(id, slotStart, person, null, form.getPhone(), form.getEmail(),
								pages.personLanguage(me.currentTerritoryId(), person, locale), me.userId(), false));
				flash.addFlashAttribute("flash", "agenda.booking.flash.booked");
				return "redirect:/agenda/appointments/" + a.getId();
			}
			catch (BookingRefused refused) {
				StaffBookingPages.reject(result, refused);
			}
		}
		response.setStatus(422);
		return pages.staffBooking(model, me, s, null, person, locale);
	}

	@GetMapping("/agenda/appointments/organisations/{id}")
	String organisation(@PathVariable UUID id, Model model, Locale locale) {
		RelaisPrincipal me = access.require();
		String lang = Languages.of(locale);
		OrganisationRef org = directory.organisation(me.currentTerritoryId(), id, lang)
			.orElseThrow(() -> NotFoundException.of("organisation", id));
		access.requireHandle(me, id);
		List<AppointmentView> all = bookings.ofOrganisation(id, lang);
		var now = bookings.now();
		model.addAttribute("organisation", org);
		model.addAttribute("upcoming", all.stream().filter(a -> a.end().toInstant().isAfter(now)).toList());
		model.addAttribute("past", all.stream()
			.filter(a -> !a.end().toInstant().isAfter(now))
			.sorted((a, b) -> b.start().compareTo(a.start()))
			.toList());
		model.addAttribute("noShows", bookings.noShows(id));
		return "agenda/booking/organisation";
	}

	@GetMapping("/agenda/appointments/{id}")
	String appointment(@PathVariable UUID id, Model model, Locale locale) {
		RelaisPrincipal me = access.require();
		AppointmentView a = handledAppointment(me, id, locale);
		return pages.appointment(model, me, a, locale);
	}

	@PostMapping("/agenda/appointments/{id}/status")
	String move(@PathVariable UUID id, @RequestParam(required = false) String to, Locale locale,
			RedirectAttributes flash) {
		RelaisPrincipal me = access.require();
		handledAppointment(me, id, locale);
		try {
			AppointmentStatus target = AppointmentStatus.valueOf(to == null ? "" : to);
			bookings.move(me.currentTerritoryId(), id, target, me.userId());
			flash.addFlashAttribute("flash", "agenda.booking.flash.status." + target.name());
		}
		catch (IllegalArgumentException ex) {
			flash.addFlashAttribute("statusError", "agenda.booking.error.transition");
		}
		catch (BookingRefused refused) {
			flash.addFlashAttribute("statusError", refused.messageKey());
		}
		return "redirect:/agenda/appointments/" + id;
	}

	private ScheduleView handledSchedule(RelaisPrincipal me, UUID id, Locale locale) {
		ScheduleView s = bookings.schedule(me.currentTerritoryId(), id, Languages.of(locale))
			.orElseThrow(() -> NotFoundException.of("schedule", id));
		access.requireHandle(me, s.organisationId());
		return s;
	}

	private AppointmentView handledAppointment(RelaisPrincipal me, UUID id, Locale locale) {
		AppointmentView a = bookings.appointment(me.currentTerritoryId(), id, Languages.of(locale))
			.orElseThrow(() -> NotFoundException.of("appointment", id));
		access.requireHandle(me, a.organisationId());
		return a;
	}

}
