package org.relais.agenda.booking;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.agenda.booking.BookingViews.BookingRequest;
import org.relais.agenda.booking.BookingViews.ScheduleView;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
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
 * The public booking pages of a territory, without an account: the schedules open to inhabitants with their free
 * slots as lists grouped by day, the booking form (name and a phone or an email, nothing more), and the
 * inhabitant's own page reached by the secret link of the confirmation, where the appointment can be cancelled.
 */
@Controller
class PublicBookingController {

	private final BookingService bookings;

	private final TerritoryCatalog territories;

	private final BookingThrottle throttle;

	PublicBookingController(BookingService bookings, TerritoryCatalog territories, BookingThrottle throttle) {
		this.bookings = bookings;
		this.territories = territories;
		this.throttle = throttle;
	}

	@GetMapping("/t/{slug}/appointments")
	String list(@PathVariable String slug, Model model, Locale locale) {
		TerritorySummary t = territory(slug);
		String lang = Languages.of(locale);
		var schedules = bookings.publicSchedules(t.id(), lang);
		model.addAttribute("territory", t);
		model.addAttribute("lang", lang);
		model.addAttribute("schedules", schedules);
		model.addAttribute("slots", schedules.stream()
			.collect(java.util.stream.Collectors.toMap(ScheduleView::id, s -> bookings.freeSlots(t.id(), s.id()))));
		return "agenda/booking/public-list";
	}

	@GetMapping("/t/{slug}/appointments/{scheduleId}/book")
	String form(@PathVariable String slug, @PathVariable UUID scheduleId, @RequestParam(required = false) String slot,
			Model model, Locale locale) {
		TerritorySummary t = territory(slug);
		BookingForm form = new BookingForm();
		form.setSlot(slot);
		model.addAttribute("bookingForm", form);
		return formPage(model, t, publicSchedule(t, scheduleId, locale));
	}

	@PostMapping("/t/{slug}/appointments/{scheduleId}/book")
	String book(@PathVariable String slug, @PathVariable UUID scheduleId,
			@Valid @ModelAttribute("bookingForm") BookingForm form, BindingResult result, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
		TerritorySummary t = territory(slug);
		ScheduleView s = publicSchedule(t, scheduleId, locale);
		if (form.isRobot()) {
			return "redirect:/t/" + t.slug() + "/appointments";
		}
		Instant slotStart = form.slotStart(result);
		form.checkInhabitant(result);
		if (!result.hasErrors() && !throttle.tryAcquire(request.getRemoteAddr())) {
			result.reject("agenda.booking.error.tooMany");
			response.setStatus(429);
			return formPage(model, t, s);
		}
		if (!result.hasErrors()) {
			try {
				Appointment a = bookings.book(t.id(), new BookingRequest(scheduleId, slotStart, null, form.getName(),
						form.getPhone(), form.getEmail(), Languages.of(locale), null, true));
				flash.addFlashAttribute("flash", "agenda.booking.flash.booked");
				return "redirect:/t/" + t.slug() + "/appointments/mine/" + a.getCancelToken();
			}
			catch (BookingRefused refused) {
				StaffBookingPages.reject(result, refused);
			}
		}
		response.setStatus(result.hasFieldErrors("slot") && "agenda.booking.error.slot.taken"
			.equals(result.getFieldError("slot").getCode()) ? 409 : 422);
		return formPage(model, t, s);
	}

	@GetMapping("/t/{slug}/appointments/mine/{token}")
	String mine(@PathVariable String slug, @PathVariable String token, Model model, Locale locale) {
		TerritorySummary t = territory(slug);
		model.addAttribute("territory", t);
		model.addAttribute("appointment", bookings.byTokenView(t.id(), token, Languages.of(locale)));
		model.addAttribute("token", token);
		return "agenda/booking/public-mine";
	}

	@PostMapping("/t/{slug}/appointments/mine/{token}/cancel")
	String cancel(@PathVariable String slug, @PathVariable String token, RedirectAttributes flash) {
		TerritorySummary t = territory(slug);
		try {
			bookings.cancelByToken(t.id(), token);
			flash.addFlashAttribute("flash", "agenda.booking.flash.cancelled");
		}
		catch (BookingRefused refused) {
			flash.addFlashAttribute("flash", refused.messageKey());
		}
		return "redirect:/t/" + t.slug() + "/appointments/mine/" + token;
	}

	private String formPage(Model model, TerritorySummary t, ScheduleView s) {
		BookingForm form = (BookingForm) model.getAttribute("bookingForm");
		Instant slot = null;
		try {
			slot = form.getSlot() == null || form.getSlot().isBlank() ? null : Instant.parse(form.getSlot());
		}
		catch (java.time.format.DateTimeParseException ex) {
			slot = null;
		}
		model.addAttribute("territory", t);
		model.addAttribute("schedule", s);
		model.addAttribute("slotTime", slot == null ? null : slot.atZone(bookings.zone(t.id())));
		model.addAttribute("days", bookings.freeSlots(t.id(), s.id()));
		return "agenda/booking/public-book";
	}

	private TerritorySummary territory(String slug) {
		return territories.findBySlug(slug).orElseThrow(() -> NotFoundException.of("territory", slug));
	}

	private ScheduleView publicSchedule(TerritorySummary t, UUID scheduleId, Locale locale) {
		return bookings.schedule(t.id(), scheduleId, Languages.of(locale))
			.filter(s -> s.publicBooking() && s.active())
			.orElseThrow(() -> NotFoundException.of("schedule", scheduleId));
	}

}
