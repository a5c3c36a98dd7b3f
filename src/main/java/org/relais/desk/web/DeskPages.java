package org.relais.desk.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.relais.desk.Channel;
import org.relais.desk.DeskContext;
import org.relais.desk.DeskField;
import org.relais.desk.DeskRequestType;
import org.relais.desk.domain.DeskRequest;
import org.relais.desk.domain.DeskRequests;
import org.relais.desk.domain.DeskTypes;
import org.relais.people.BeneficiaryRecord;
import org.relais.people.BeneficiarySummary;
import org.relais.people.People;
import org.relais.platform.PersonalDataAccessLog;
import org.relais.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The desk page as the phone call goes: search, the person, their request types, the chosen type's fields. Used by
 * the desk itself and by the triage of a web-form request (the same page, another address and action).
 */
@Component
class DeskPages {

	static final String CHANNEL = "desk.channel";

	static final String FIELD = "field.";

	static final int SEARCH_LIMIT = 20;

	/** A type button: its label, hint and the link that chooses it. */
	record TypeButton(String code, String labelKey, String hintKey, String href, boolean current) {
	}

	/** What the agent chose and typed, and what is wrong with it (field name to translated message). */
	record Entry(String person, String type, Channel channel, String dueDate, String summary,
			Map<String, String> values, Map<String, String> errors) {
	}

	private final People people;

	private final DeskTypes types;

	private final DeskRequests requests;

	private final PersonalDataAccessLog accessLog;

	private final MessageSource messages;

	DeskPages(People people, DeskTypes types, DeskRequests requests, PersonalDataAccessLog accessLog,
			MessageSource messages) {
		this.people = people;
		this.types = types;
		this.requests = requests;
		this.accessLog = accessLog;
		this.messages = messages;
	}

	/** The person of the territory, their read logged; null for a blank or malformed id. */
	BeneficiaryRecord person(UUID territory, String id) {
		UUID personId = uuid(id);
		return personId == null ? null : people.read(territory, personId).orElse(null);
	}

	List<BeneficiarySummary> search(UUID territory, String q) {
		List<BeneficiarySummary> found = people.search(territory, q, SEARCH_LIMIT);
		found.forEach(p -> accessLog.recordRead("beneficiary", p.id(), "listed"));
		return found;
	}

	/**
	 * Fills the model of the desk page.
	 * @param base the page's address (the desk, or a triage page)
	 * @param action where the request form posts
	 */
	void fill(Model model, UUID territory, String base, String action, String q, BeneficiaryRecord person,
			DeskRequestType type, Entry entry, boolean newCaller, Locale locale) {
		String query = q == null ? "" : q.strip();
		model.addAttribute("base", base);
		model.addAttribute("action", action);
		model.addAttribute("q", query);
		model.addAttribute("searched", !query.isEmpty() && person == null);
		model.addAttribute("results", query.isEmpty() || person != null ? List.of() : search(territory, query));
		model.addAttribute("person", person);
		model.addAttribute("showNew", newCaller && person == null);
		if (!model.containsAttribute("callerForm")) {
			model.addAttribute("callerForm", new DeskCallerForm());
		}
		model.addAttribute("type", type);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("defaultDue", requests.defaultDueDate(territory));
		if (person != null) {
			List<TypeButton> buttons = new ArrayList<>();
			for (DeskRequestType t : types.availableIn(territory)) {
				buttons.add(new TypeButton(t.code(), t.labelKey(), t.hintKey(), UriComponentsBuilder.fromPath(base)
					.queryParam("person", person.id())
					.queryParam("type", t.code())
					.fragment("details")
					.build()
					.toUriString(), type != null && type.code().equals(t.code())));
			}
			model.addAttribute("types", buttons);
		}
		if (person != null && type != null) {
			List<DeskField> fields = type.fields(new DeskContext(territory, person.id(), person.situations(),
					Languages.of(locale)));
			Map<String, String> values = new LinkedHashMap<>();
			for (DeskField f : fields) {
				String given = entry == null ? null : entry.values().get(f.name());
				values.put(f.name(), entry == null ? f.defaultValue() : given);
			}
			model.addAttribute("fields", fields);
			model.addAttribute("values", values);
		}
		model.addAttribute("entry", entry);
		model.addAttribute("errors", entry == null ? Map.of() : entry.errors());
	}

	/** The channel last used in this session (phone at first). */
	static Channel channel(HttpSession session) {
		Object c = session.getAttribute(CHANNEL);
		return c instanceof Channel channel ? channel : Channel.PHONE;
	}

	/**
	 * Reads the type's fields from the request parameters and checks them: required, one of the options, a date.
	 * Returns the entry with its errors (translated).
	 */
	Entry entry(UUID territory, BeneficiaryRecord person, DeskRequestType type, Map<String, String> params,
			Locale locale, boolean web) {
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (DeskField f : type.fields(new DeskContext(territory, person.id(), person.situations(),
				Languages.of(locale)))) {
			String v = params.get(FIELD + f.name());
			v = v == null || v.isBlank() ? null : v.strip();
			values.put(f.name(), v);
			if (v == null) {
				if (f.required()) {
					errors.put(f.name(), message("desk.error.required", locale));
				}
				continue;
			}
			if (v.length() > 2000) {
				errors.put(f.name(), message("desk.error.tooLong", locale));
			}
			else if (f.kind() == DeskField.Kind.CHOICE
					&& f.options().stream().noneMatch(o -> o.value().equals(params.get(FIELD + f.name()).strip()))) {
				errors.put(f.name(), message("desk.error.choice", locale));
			}
			else if (f.kind() == DeskField.Kind.DATE && parseDate(v) == null) {
				errors.put(f.name(), message("desk.error.date", locale));
			}
		}
		Channel channel = parseChannel(params.get("channel"));
		if (channel == null || (!web && channel == Channel.WEB_FORM)) {
			errors.put("channel", message("desk.error.channel", locale));
		}
		String due = params.get("dueDate");
		if (due != null && !due.isBlank()) {
			LocalDate d = parseDate(due.strip());
			if (d == null || d.isBefore(requests.today(territory)) || d.isAfter(requests.today(territory).plusYears(1))) {
				errors.put("dueDate", message("desk.error.dueDate", locale));
			}
		}
		String summary = params.get("summary");
		if (summary != null && summary.length() > 2000) {
			errors.put("summary", message("desk.error.tooLong", locale));
		}
		return new Entry(person.id().toString(), type.code(), channel, due, summary, values, errors);
	}

	/** The submitted values without blanks, as the type receives them. */
	static Map<String, String> details(Entry entry) {
		Map<String, String> details = new LinkedHashMap<>();
		entry.values().forEach((k, v) -> {
			if (v != null) {
				details.put(k, v);
			}
		});
		return details;
	}

	String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	static Channel parseChannel(String value) {
		for (Channel c : Channel.values()) {
			if (c.name().equals(value)) {
				return c;
			}
		}
		return null;
	}

	static LocalDate parseDate(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static UUID uuid(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The request's contact as the triage page shows it. */
	static Map<String, String> contact(DeskRequest r) {
		Map<String, String> c = new LinkedHashMap<>();
		c.put("name", r.getContactName());
		c.put("phone", r.getContactPhone());
		c.put("email", r.getContactEmail());
		c.put("postalCode", r.getContactPostalCode());
		c.put("message", r.getContactMessage());
		return c;
	}

}
