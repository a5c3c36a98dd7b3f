package org.relais.directory.partner;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.relais.directory.domain.DirectoryAccess;
import org.relais.directory.domain.ExceptionalHours;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.WeeklySlot;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.Languages;
import org.relais.territory.TerritoryCatalog;
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
 * The location editor: address, area, coordinates, access notes, weekly hours as rows (several per day) and
 * exceptional closures or hours between dates; a slot closing before it opens is refused next to its row.
 */
@Controller
class LocationController {

	/** The organisation a location belongs to. */
	record OrganisationRef(UUID id, String name) {
	}

	/** What validation derived from the rows. */
	record Checked(Double latitude, Double longitude, List<WeeklySlot> slots, List<ExceptionalHours> exceptions) {
	}

	private final DirectoryAccess access;

	private final PartnerWork work;

	private final EntryOptions options;

	private final TerritoryCatalog territories;

	LocationController(DirectoryAccess access, PartnerWork work, EntryOptions options, TerritoryCatalog territories) {
		this.access = access;
		this.work = work;
		this.options = options;
		this.territories = territories;
	}

	static String label(Location l) {
		List<String> parts = new ArrayList<>();
		for (String p : new String[] { l.getName(), l.getAddress(), l.getCity() }) {
			if (p != null && !p.isBlank()) {
				parts.add(p);
			}
		}
		return parts.isEmpty() ? l.getId().toString().substring(0, 8) : String.join(", ", parts);
	}

	@GetMapping("/partner/locations/new")
	String newPage(@RequestParam UUID organisation, Model model, Locale locale) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		OrganisationRef org = work.read(() -> ref(access.organisation(me, organisation).getId(), me, locale));
		LocationForm form = new LocationForm();
		form.addEmptyRows(LocationForm.EMPTY_ROWS);
		model.addAttribute("locationForm", form);
		return editor(model, org, null, locale);
	}

	@PostMapping("/partner/locations/new")
	String create(@RequestParam UUID organisation, @Valid @ModelAttribute("locationForm") LocationForm form,
			BindingResult result, @RequestParam(name = "more", required = false) String more, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		OrganisationRef org = work.read(() -> ref(access.organisation(me, organisation).getId(), me, locale));
		if (more != null) {
			form.addEmptyRows(LocationForm.EMPTY_ROWS);
			return editor(model, org, null, locale);
		}
		Checked checked = validate(form, result);
		if (result.hasErrors()) {
			response.setStatus(422);
			return editor(model, org, null, locale);
		}
		String country = territories.find(CurrentUser.territoryId()).map(t -> t.country()).orElse("FR");
		Location l = work.createLocation(me, organisation, country, x -> apply(x, form, checked));
		flash.addFlashAttribute("flash", "directory.edit.location.created");
		return "redirect:/partner/locations/" + l.getId();
	}

	@GetMapping("/partner/locations/{id}")
	String page(@PathVariable UUID id, Model model, Locale locale) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		OrganisationRef[] org = new OrganisationRef[1];
		LocationForm form = work.read(() -> {
			Location l = access.location(me, id);
			org[0] = ref(l.getOrganisationId(), me, locale);
			return formOf(l);
		});
		form.addEmptyRows(LocationForm.EMPTY_ROWS);
		model.addAttribute("locationForm", form);
		return editor(model, org[0], id, locale);
	}

	@PostMapping("/partner/locations/{id}")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("locationForm") LocationForm form,
			BindingResult result, @RequestParam(name = "more", required = false) String more, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes flash) {
		RelaisPrincipal me = CurrentUser.require();
		access.requirePartnerSpace(me);
		OrganisationRef org = work.read(() -> ref(access.location(me, id).getOrganisationId(), me, locale));
		if (more != null) {
			form.addEmptyRows(LocationForm.EMPTY_ROWS);
			return editor(model, org, id, locale);
		}
		Checked checked = validate(form, result);
		if (result.hasErrors()) {
			response.setStatus(422);
			return editor(model, org, id, locale);
		}
		work.updateLocation(me, id, l -> apply(l, form, checked));
		flash.addFlashAttribute("flash", "directory.edit.location.saved");
		return "redirect:/partner/locations/" + id;
	}

	private OrganisationRef ref(UUID organisationId, RelaisPrincipal me, Locale locale) {
		return new OrganisationRef(organisationId,
				EntryText.name(access.organisation(me, organisationId).getName(), Languages.of(locale)));
	}

	private String editor(Model model, OrganisationRef org, UUID locationId, Locale locale) {
		model.addAttribute("organisation", org);
		model.addAttribute("locationId", locationId);
		List<EntryOptions.Option> areas = new ArrayList<>();
		areas.add(new EntryOptions.Option("", ""));
		areas.addAll(options.areas(CurrentUser.territoryId(), locale));
		model.addAttribute("areaOptions", areas);
		List<String> days = new ArrayList<>();
		days.add("");
		Arrays.stream(DayOfWeek.values()).forEach(d -> days.add(d.name()));
		model.addAttribute("days", days);
		return "directory/partner/location";
	}

	static LocationForm formOf(Location l) {
		LocationForm f = new LocationForm();
		f.setName(l.getName());
		f.setAddress(l.getAddress());
		f.setPostalCode(l.getPostalCode());
		f.setCity(l.getCity());
		f.setAreaCode(l.getAreaCode() == null ? "" : l.getAreaCode());
		f.setLatitude(l.getLatitude() == null ? null : l.getLatitude().toString());
		f.setLongitude(l.getLongitude() == null ? null : l.getLongitude().toString());
		f.setAccessNotes(l.getAccessNotes());
		f.setClosedOnHolidays(l.isClosedOnHolidays());
		f.setTemporaryMessage(l.getTemporaryMessage());
		List<LocationForm.SlotRow> slots = new ArrayList<>();
		for (WeeklySlot w : l.getWeekly()) {
			LocationForm.SlotRow row = new LocationForm.SlotRow();
			row.setDay(w.day().name());
			row.setOpens(w.opens().toString());
			row.setCloses(w.closes().toString());
			slots.add(row);
		}
		f.setSlots(slots);
		List<LocationForm.ExceptionRow> exceptions = new ArrayList<>();
		for (ExceptionalHours e : l.getExceptions()) {
			LocationForm.ExceptionRow row = new LocationForm.ExceptionRow();
			row.setFrom(e.validFrom().toString());
			row.setTo(e.validTo().toString());
			row.setClosed(e.closed());
			row.setOpens(e.opens() == null ? null : e.opens().toString());
			row.setCloses(e.closes() == null ? null : e.closes().toString());
			row.setNote(e.note());
			exceptions.add(row);
		}
		f.setExceptions(exceptions);
		return f;
	}

	private Checked validate(LocationForm f, BindingResult r) {
		for (String field : List.of("name", "address", "city", "accessNotes", "temporaryMessage")) {
			Object value = r.getFieldValue(field);
			if (value instanceof String s && EntryText.hasScript(s)) {
				r.rejectValue(field, "directory.edit.scriptRefused");
			}
		}
		String area = f.getAreaCode() == null ? "" : f.getAreaCode();
		if (!area.isEmpty() && !options.areaCodes(CurrentUser.territoryId()).contains(area)) {
			r.rejectValue("areaCode", "platform.validation.invalid");
		}
		Double latitude = null;
		Double longitude = null;
		try {
			latitude = Numbers.optionalDouble(f.getLatitude());
			if (latitude != null && Math.abs(latitude) > 90) {
				r.rejectValue("latitude", "directory.edit.location.latitudeInvalid");
			}
		}
		catch (NumberFormatException ex) {
			r.rejectValue("latitude", "directory.edit.location.latitudeInvalid");
		}
		try {
			longitude = Numbers.optionalDouble(f.getLongitude());
			if (longitude != null && Math.abs(longitude) > 180) {
				r.rejectValue("longitude", "directory.edit.location.longitudeInvalid");
			}
		}
		catch (NumberFormatException ex) {
			r.rejectValue("longitude", "directory.edit.location.longitudeInvalid");
		}
		if (!r.hasFieldErrors("latitude") && !r.hasFieldErrors("longitude") && (latitude == null) != (longitude == null)) {
			r.rejectValue(latitude == null ? "latitude" : "longitude", "directory.edit.location.coordinatesPair");
		}
		List<WeeklySlot> slots = new ArrayList<>();
		for (int i = 0; i < f.getSlots().size(); i++) {
			LocationForm.SlotRow row = f.getSlots().get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			String path = "slots[" + i + "].";
			DayOfWeek day = null;
			try {
				day = DayOfWeek.valueOf(row.getDay() == null ? "" : row.getDay());
			}
			catch (IllegalArgumentException ex) {
				r.rejectValue(path + "day", "directory.edit.hours.dayRequired");
			}
			LocalTime opens = time(r, path + "opens", row.getOpens());
			LocalTime closes = time(r, path + "closes", row.getCloses());
			if (opens != null && closes != null && !closes.isAfter(opens)) {
				r.rejectValue(path + "closes", "directory.edit.hours.closesBeforeOpens");
			}
			else if (day != null && opens != null && closes != null) {
				slots.add(new WeeklySlot(day, opens, closes));
			}
		}
		slots.sort(java.util.Comparator.comparing(WeeklySlot::day).thenComparing(WeeklySlot::opens));
		List<ExceptionalHours> exceptions = new ArrayList<>();
		for (int i = 0; i < f.getExceptions().size(); i++) {
			LocationForm.ExceptionRow row = f.getExceptions().get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			String path = "exceptions[" + i + "].";
			LocalDate from = date(r, path + "from", row.getFrom());
			LocalDate to = row.getTo() == null || row.getTo().isBlank() ? from : date(r, path + "to", row.getTo());
			if (from != null && to != null && to.isBefore(from)) {
				r.rejectValue(path + "to", "directory.edit.hours.endsBeforeStart");
				continue;
			}
			if (EntryText.hasScript(row.getNote())) {
				r.rejectValue(path + "note", "directory.edit.scriptRefused");
				continue;
			}
			LocalTime opens = null;
			LocalTime closes = null;
			if (!row.isClosed()) {
				opens = time(r, path + "opens", row.getOpens());
				closes = time(r, path + "closes", row.getCloses());
				if (opens != null && closes != null && !closes.isAfter(opens)) {
					r.rejectValue(path + "closes", "directory.edit.hours.closesBeforeOpens");
					continue;
				}
				if (opens == null || closes == null) {
					continue;
				}
			}
			if (from != null && to != null) {
				exceptions.add(new ExceptionalHours(from, to, row.isClosed(), opens, closes, EntryText.clean(row.getNote())));
			}
		}
		exceptions.sort(java.util.Comparator.comparing(ExceptionalHours::validFrom));
		return new Checked(latitude, longitude, slots, exceptions);
	}

	/** A required time HH:mm; an error next to the field otherwise. */
	private static LocalTime time(BindingResult r, String field, String text) {
		if (text == null || text.isBlank()) {
			r.rejectValue(field, "directory.edit.hours.timeRequired");
			return null;
		}
		try {
			return LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			r.rejectValue(field, "directory.edit.hours.timeInvalid");
			return null;
		}
	}

	private static LocalDate date(BindingResult r, String field, String text) {
		if (text == null || text.isBlank()) {
			r.rejectValue(field, "directory.edit.dateInvalid");
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			r.rejectValue(field, "directory.edit.dateInvalid");
			return null;
		}
	}

	private static void apply(Location l, LocationForm f, Checked c) {
		l.setName(EntryText.clean(f.getName()));
		l.setAddress(EntryText.clean(f.getAddress()));
		l.setPostalCode(EntryText.trim(f.getPostalCode()));
		l.setCity(EntryText.clean(f.getCity()));
		l.setAreaCode(f.getAreaCode() == null || f.getAreaCode().isBlank() ? null : f.getAreaCode());
		l.setCoordinates(c.latitude(), c.longitude());
		l.setAccessNotes(EntryText.clean(f.getAccessNotes()));
		l.setClosedOnHolidays(f.isClosedOnHolidays());
		l.setTemporaryMessage(EntryText.clean(f.getTemporaryMessage()));
		l.setWeekly(c.slots());
		l.setExceptions(c.exceptions());
	}

}
