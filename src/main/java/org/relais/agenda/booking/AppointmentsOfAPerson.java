package org.relais.agenda.booking;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.relais.agenda.booking.BookingViews.AppointmentView;
import org.relais.people.BeneficiaryAnonymised;
import org.relais.people.BeneficiaryErased;
import org.relais.people.PersonalDataSection;
import org.relais.referral.PathwayContributor;
import org.relais.referral.PathwayEntry;
import org.relais.shared.Languages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Where a known person's life cycle reaches their appointments: lines of their pathway (seen by the organisation
 * that receives them too), a section of the right-of-access export, and the link to the person (with any contact
 * detail) cleared when the person is anonymised or erased.
 */
@Component
class AppointmentsOfAPerson implements PathwayContributor, PersonalDataSection {

	static final String LINE_TITLE = "agenda.booking.pathway.title";

	private final BookingService bookings;

	AppointmentsOfAPerson(BookingService bookings) {
		this.bookings = bookings;
	}

	@Override
	public List<PathwayEntry> entries(UUID territoryId, UUID beneficiaryId) {
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale);
		List<PathwayEntry> lines = new ArrayList<>();
		for (AppointmentView a : bookings.ofPerson(territoryId, beneficiaryId, Languages.of(locale))) {
			lines.add(new PathwayEntry(a.bookedAt(), "appointment", LINE_TITLE,
					List.of(a.title(), format.format(a.start()), a.organisationName()),
					"agenda.booking.status." + a.status().name(), null, "/agenda/appointments/" + a.id(),
					a.organisationId()));
		}
		return lines;
	}

	@Override
	public String key() {
		return "agenda.booking.export.section";
	}

	@Override
	public List<Map<String, Object>> rows(UUID territoryId, UUID beneficiaryId) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (AppointmentView a : bookings.ofPerson(territoryId, beneficiaryId, "fr")) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("reference", a.reference());
			row.put("title", a.title());
			row.put("organisation", a.organisationName());
			row.put("place", a.place());
			row.put("start", a.start().toOffsetDateTime().toString());
			row.put("status", a.status().name());
			row.put("phone", a.contactPhone());
			row.put("email", a.contactEmail());
			rows.add(row);
		}
		return rows;
	}

	@ApplicationModuleListener
	void on(BeneficiaryAnonymised event) {
		bookings.detachPerson(event.beneficiaryId());
	}

	@ApplicationModuleListener
	void on(BeneficiaryErased event) {
		bookings.detachPerson(event.beneficiaryId());
	}

}
