package org.relais.agenda.booking;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.relais.agenda.booking.BookingViews.AppointmentView;
import org.relais.agenda.booking.BookingViews.ScheduleView;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.LocationRef;
import org.relais.people.BeneficiaryRecord;
import org.relais.people.People;
import org.relais.platform.PersonalDataAccessLog;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** Fills the models of the staff booking pages that are shown both on a first visit and after a refused form. */
@Component
class StaffBookingPages {

	/** The subject type of an appointment's contact details in the personal-data access log. */
	static final String SUBJECT = "appointment";

	private final BookingService bookings;

	private final BookingAccess access;

	private final DirectoryCatalog directory;

	private final People people;

	private final PersonalDataAccessLog accessLog;

	private final TerritoryCatalog territories;

	StaffBookingPages(BookingService bookings, BookingAccess access, DirectoryCatalog directory, People people,
			PersonalDataAccessLog accessLog, TerritoryCatalog territories) {
		this.bookings = bookings;
		this.access = access;
		this.directory = directory;
		this.people = people;
		this.accessLog = accessLog;
		this.territories = territories;
	}

	/** Puts a refusal next to its field (or at the top of the form). */
	static void reject(BindingResult result, BookingRefused refused) {
		if (refused.field() == null) {
			result.reject(refused.messageKey());
		}
		else {
			result.rejectValue(refused.field(), refused.messageKey());
		}
	}

	String scheduleForm(Model model, RelaisPrincipal me, Locale locale) {
		String lang = Languages.of(locale);
		var organisations = access.manageable(me, lang);
		var ids = organisations.stream().map(o -> o.id()).toList();
		List<LocationRef> locations = directory.locations(me.currentTerritoryId())
			.stream()
			.filter(l -> ids.contains(l.organisationId()))
			.toList();
		model.addAttribute("organisations", organisations);
		model.addAttribute("locations", locations);
		model.addAttribute("allDays", List.of(DayOfWeek.values()));
		return "agenda/booking/schedule-form";
	}

	String staffBooking(Model model, RelaisPrincipal me, ScheduleView s, String q, UUID person, Locale locale) {
		UUID territory = me.currentTerritoryId();
		BookingForm form = (BookingForm) model.getAttribute("bookingForm");
		model.addAttribute("schedule", s);
		model.addAttribute("zone", bookings.zone(territory));
		java.time.Instant slot = null;
		try {
			slot = form.getSlot() == null ? null : java.time.Instant.parse(form.getSlot());
		}
		catch (java.time.format.DateTimeParseException ex) {
			form.setSlot(null);
		}
		model.addAttribute("slotTime", slot == null ? null : slot.atZone(bookings.zone(territory)));
		if (slot == null) {
			model.addAttribute("days", bookings.freeSlots(territory, s.id()));
		}
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			model.addAttribute("found", people.search(territory, q.strip(), 20));
		}
		if (person != null) {
			BeneficiaryRecord record = people.read(territory, person).orElse(null);
			model.addAttribute("person", record);
			if (record != null) {
				form.setPerson(record.id().toString());
				if (form.getPhone() == null && form.getEmail() == null) {
					form.setPhone(record.phone());
					form.setEmail(record.email());
				}
			}
		}
		return "agenda/booking/book";
	}

	String appointment(Model model, RelaisPrincipal me, AppointmentView a, Locale locale) {
		model.addAttribute("appointment", a);
		if (a.beneficiaryId() != null && BookingAccess.isStaff(me)) {
			model.addAttribute("person", people.read(me.currentTerritoryId(), a.beneficiaryId()).orElse(null));
		}
		if (a.contactName() != null || a.contactPhone() != null || a.contactEmail() != null) {
			accessLog.recordRead(SUBJECT, a.id(), "contact");
		}
		model.addAttribute("history", bookings.history(a.id()));
		model.addAttribute("next", a.status().next().stream().sorted().toList());
		model.addAttribute("started", !a.start().toInstant().isAfter(bookings.now()));
		return "agenda/booking/appointment";
	}

	/** The language of the mails to a known person: their first language Relais speaks, else the territory's. */
	String personLanguage(UUID territoryId, UUID personId, Locale fallback) {
		if (personId != null) {
			BeneficiaryRecord r = people.read(territoryId, personId).orElse(null);
			if (r != null && r.languages() != null) {
				for (String l : r.languages()) {
					if (Languages.isSupported(l)) {
						return l;
					}
				}
			}
		}
		return territories.find(territoryId).map(TerritorySummary::defaultLanguage).orElse(Languages.of(fallback));
	}

}
