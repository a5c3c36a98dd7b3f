package org.relais.agenda.poll;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.relais.directory.DirectoryCatalog;
import org.springframework.validation.BindingResult;

/**
 * Checks a {@link PollForm} against the territory and the clock: at least one slot, each complete, in the future,
 * ending after it starts and not proposed twice; a known location; known organisations of the territory; valid
 * addresses, one per line. Errors go on the fields they concern; a clean form gives a {@link PollDraft}.
 */
final class PollFormCheck {

	static final int MAX_EMAILS = 200;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>(),;:\"\\[\\]]+@[^@\\s<>(),;:\"\\[\\]]+\\.[^@\\s<>(),;:\"\\[\\]]{2,}");

	private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("H:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

	private PollFormCheck() {
	}

	static PollDraft check(PollForm form, BindingResult result, UUID territoryId, ZoneId zone, Instant now,
			DirectoryCatalog directory, String language) {
		List<PollDraft.Slot> slots = slots(form, result, zone, now);
		UUID location = null;
		if (!form.getLocationId().isBlank()) {
			location = uuid(form.getLocationId());
			if (location == null || directory.location(territoryId, location).isEmpty()) {
				result.rejectValue("locationId", "agenda.poll.error.unknownLocation");
			}
		}
		Set<UUID> organisations = new LinkedHashSet<>();
		for (String id : form.getOrganisationIds()) {
			UUID org = uuid(id);
			if (org == null || directory.organisation(territoryId, org, language).isEmpty()) {
				result.rejectValue("organisationIds", "agenda.poll.error.unknownOrganisation");
				break;
			}
			organisations.add(org);
		}
		List<String> emails = emails(form, result);
		if (organisations.isEmpty() && emails.isEmpty() && !result.hasFieldErrors("emails")
				&& !result.hasFieldErrors("organisationIds")) {
			result.rejectValue("emails", "agenda.poll.error.noInvitee");
		}
		return result.hasErrors() ? null
				: new PollDraft(form.getTitle(), blankToNull(form.getDescription()), blankToNull(form.getPlace()),
						location, zone, slots, organisations, emails);
	}

	private static List<PollDraft.Slot> slots(PollForm form, BindingResult result, ZoneId zone, Instant now) {
		List<PollDraft.Slot> slots = new ArrayList<>();
		Set<PollDraft.Slot> seen = new HashSet<>();
		boolean any = false;
		for (int i = 0; i < form.getSlots().size(); i++) {
			PollForm.SlotRow row = form.getSlots().get(i);
			if (row == null || row.blank()) {
				continue;
			}
			any = true;
			String at = "slots[" + i + "].";
			LocalDate date = date(row.getDate());
			LocalTime start = time(row.getStart());
			LocalTime end = time(row.getEnd());
			if (date == null) {
				result.rejectValue(at + "date", row.getDate().isBlank() ? "agenda.poll.error.dateRequired"
						: "agenda.poll.error.dateInvalid");
			}
			if (start == null) {
				result.rejectValue(at + "start", row.getStart().isBlank() ? "agenda.poll.error.startRequired"
						: "agenda.poll.error.timeInvalid");
			}
			if (end == null) {
				result.rejectValue(at + "end", row.getEnd().isBlank() ? "agenda.poll.error.endRequired"
						: "agenda.poll.error.timeInvalid");
			}
			if (date == null || start == null || end == null) {
				continue;
			}
			if (!end.isAfter(start)) {
				result.rejectValue(at + "end", "agenda.poll.error.endBeforeStart");
				continue;
			}
			PollDraft.Slot slot = new PollDraft.Slot(date.atTime(start).atZone(zone).toInstant(),
					date.atTime(end).atZone(zone).toInstant());
			if (!slot.startsAt().isAfter(now)) {
				result.rejectValue(at + "date", "agenda.poll.error.slotPast");
			}
			else if (!seen.add(slot)) {
				result.rejectValue(at + "date", "agenda.poll.error.slotDuplicate");
			}
			else {
				slots.add(slot);
			}
		}
		if (!any) {
			result.rejectValue("slots", "agenda.poll.error.noSlot");
		}
		return slots;
	}

	private static List<String> emails(PollForm form, BindingResult result) {
		Set<String> emails = new LinkedHashSet<>();
		for (String line : form.getEmails().split("\\R")) {
			String email = line.strip();
			if (email.isEmpty()) {
				continue;
			}
			if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
				result.rejectValue("emails", "agenda.poll.error.invalidEmail", new Object[] { email }, null);
				return List.of();
			}
			emails.add(email.toLowerCase(Locale.ROOT));
		}
		if (emails.size() > MAX_EMAILS) {
			result.rejectValue("emails", "agenda.poll.error.tooManyEmails", new Object[] { MAX_EMAILS }, null);
			return List.of();
		}
		return List.copyOf(emails);
	}

	static LocalDate date(String text) {
		for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DOTTED, SLASHED)) {
			try {
				return LocalDate.parse(text, f);
			}
			catch (DateTimeParseException ex) {
				// next format
			}
		}
		return null;
	}

	/** A time as a time input sends it (14:30, 14:30:00), or typed: 9:30, 9.30, 9h30, 9h. */
	static LocalTime time(String text) {
		String t = text.strip().toLowerCase(java.util.Locale.ROOT).replace('h', ':').replace('.', ':');
		if (t.endsWith(":")) {
			t = t + "00";
		}
		for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_TIME, HOURS_MINUTES)) {
			try {
				return LocalTime.parse(t, f);
			}
			catch (DateTimeParseException ex) {
				// next format
			}
		}
		return null;
	}

	static UUID uuid(String text) {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
