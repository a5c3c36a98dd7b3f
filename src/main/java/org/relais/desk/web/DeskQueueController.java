package org.relais.desk.web;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.desk.Channel;
import org.relais.desk.DeskRequestType;
import org.relais.desk.DeskStatus;
import org.relais.desk.domain.DeskQueue;
import org.relais.desk.domain.DeskRequest;
import org.relais.desk.domain.DeskRequestEvent;
import org.relais.desk.domain.DeskRequestRepository;
import org.relais.desk.domain.DeskRequests;
import org.relais.desk.domain.DeskTypes;
import org.relais.people.BeneficiarySummary;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The queue of requests (filters, overdue first to see, paging) and a request's page: status with a note, assignee,
 * due date, history, the link to the type's own page, and for a web-form request the way to its triage.
 */
@Controller
class DeskQueueController {

	/** A user one may assign a request to. */
	record Assignable(UUID id, String name) {
	}

	/** A line of the history as the page shows it. */
	record HistoryLine(DeskRequestEvent event, String by, java.time.ZonedDateTime at) {
	}

	private final DeskQueue queue;

	private final DeskRequests requests;

	private final DeskRequestRepository repository;

	private final DeskTypes types;

	private final People people;

	private final AccountDirectory accounts;

	private final DeskPages pages;

	DeskQueueController(DeskQueue queue, DeskRequests requests, DeskRequestRepository repository, DeskTypes types,
			People people, AccountDirectory accounts, DeskPages pages) {
		this.queue = queue;
		this.requests = requests;
		this.repository = repository;
		this.types = types;
		this.people = people;
		this.accounts = accounts;
		this.pages = pages;
	}

	@GetMapping("/desk/queue")
	String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String assignee,
			@RequestParam(required = false) String overdue, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") String page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		RelaisPrincipal me = DeskAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		DeskStatus s = parse(DeskStatus.class, status);
		Channel c = parse(Channel.class, channel);
		DeskQueue.Assignee who = Optional.ofNullable(parse(DeskQueue.Assignee.class, assignee))
			.orElse(DeskQueue.Assignee.ANYONE);
		String t = type == null || type.isBlank() ? null : type.strip();
		String text = q == null || q.isBlank() ? null : q.strip();
		if (text != null && text.length() > 100) {
			text = text.substring(0, 100);
		}
		List<UUID> personIds = text == null ? List.of()
				: pages.search(territory, text).stream().map(BeneficiarySummary::id).toList();
		boolean onlyOverdue = "true".equals(overdue) || "on".equals(overdue);
		boolean open = status == null || status.isBlank();
		int p = 0;
		try {
			p = Math.max(0, Integer.parseInt(page));
		}
		catch (NumberFormatException ex) {
			p = 0;
		}
		LocalDate today = requests.today(territory);
		Page<DeskRequest> found = queue.find(territory,
				new DeskQueue.Query(s, t, c, who, onlyOverdue, text, personIds, open && !"ALL".equals(status)), me.userId(),
				today, p);
		model.addAttribute("page", found);
		model.addAttribute("today", today);
		model.addAttribute("statuses", DeskStatus.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("types", types.availableIn(territory));
		model.addAttribute("labels", labels());
		model.addAttribute("names", names(found.getContent().stream().map(DeskRequest::getAssigneeId).toList()));
		model.addAttribute("f", Map.of("status", status == null ? "" : status, "type", t == null ? "" : t, "channel",
				c == null ? "" : c.name(), "assignee", who.name(), "overdue", onlyOverdue, "q", text == null ? "" : text));
		model.addAttribute("pageLink", UriComponentsBuilder.fromPath("/desk/queue")
			.queryParamIfPresent("status", Optional.ofNullable(status).filter(v -> !v.isBlank()))
			.queryParamIfPresent("type", Optional.ofNullable(t))
			.queryParamIfPresent("channel", Optional.ofNullable(c))
			.queryParam("assignee", who)
			.queryParamIfPresent("overdue", onlyOverdue ? Optional.of("true") : Optional.empty())
			.queryParamIfPresent("q", Optional.ofNullable(text))
			.build()
			.toUriString());
		return htmx != null ? "desk/queue :: rows" : "desk/queue";
	}

	@GetMapping("/desk/requests/{id}")
	String request(@PathVariable UUID id, Model model) {
		RelaisPrincipal me = DeskAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		DeskRequest r = found(territory, id);
		model.addAttribute("r", r);
		model.addAttribute("today", requests.today(territory));
		model.addAttribute("overdue", r.isOverdue(requests.today(territory)));
		model.addAttribute("labels", labels());
		model.addAttribute("person", r.getPersonId() == null ? null : people.read(territory, r.getPersonId()).orElse(null));
		List<DeskRequestEvent> events = requests.history(r.getId());
		Map<UUID, String> names = names(events.stream().map(DeskRequestEvent::getByUser).toList());
		names.putAll(names(java.util.Collections.singletonList(r.getAssigneeId())));
		model.addAttribute("names", names);
		java.time.ZoneId zone = requests.zone(territory);
		model.addAttribute("history",
				events.stream().map(e -> new HistoryLine(e, names.get(e.getByUser()), e.getAt().atZone(zone))).toList());
		model.addAttribute("statuses", DeskStatus.values());
		model.addAttribute("assignable", assignable(territory, me));
		model.addAttribute("me", me);
		if (r.awaitsTriage()) {
			model.addAttribute("contact", DeskPages.contact(r));
			model.addAttribute("wantedKey", types.byCode(r.getWantedType()).map(DeskRequestType::labelKey)
				.orElse("desk.public.need.other"));
		}
		return "desk/request";
	}

	@PostMapping("/desk/requests/{id}/status")
	String status(@PathVariable UUID id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String note, RedirectAttributes flash) {
		RelaisPrincipal me = DeskAccess.requireStaff();
		DeskRequest r = found(me.currentTerritoryId(), id);
		DeskStatus s = parse(DeskStatus.class, status);
		if (s == null || (note != null && note.length() > 2000)
				|| (s != r.getStatus() && s != DeskStatus.CANCELLED && r.awaitsTriage())) {
			flash.addFlashAttribute("requestError", s == null ? "desk.error.status"
					: note != null && note.length() > 2000 ? "desk.error.tooLong" : "desk.error.triageFirst");
			return "redirect:/desk/requests/" + id;
		}
		requests.changeStatus(r, s, note, me.userId());
		flash.addFlashAttribute("flash", "desk.flash.saved");
		return "redirect:/desk/requests/" + id;
	}

	@PostMapping("/desk/requests/{id}/assign")
	String assign(@PathVariable UUID id, @RequestParam(required = false) String assignee, RedirectAttributes flash) {
		RelaisPrincipal me = DeskAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		DeskRequest r = found(territory, id);
		UUID to;
		if ("me".equals(assignee)) {
			to = me.userId();
		}
		else if ("nobody".equals(assignee)) {
			to = null;
		}
		else {
			UUID wanted = DeskPages.uuid(assignee);
			if (wanted == null || assignable(territory, me).stream().noneMatch(a -> a.id().equals(wanted))) {
				flash.addFlashAttribute("requestError", "desk.error.assignee");
				return "redirect:/desk/requests/" + id;
			}
			to = wanted;
		}
		requests.assign(r, to, me.userId());
		flash.addFlashAttribute("flash", "desk.flash.saved");
		return "redirect:/desk/requests/" + id;
	}

	@PostMapping("/desk/requests/{id}/due")
	String due(@PathVariable UUID id, @RequestParam(required = false) String dueDate, RedirectAttributes flash) {
		RelaisPrincipal me = DeskAccess.requireStaff();
		UUID territory = me.currentTerritoryId();
		DeskRequest r = found(territory, id);
		LocalDate d = DeskPages.parseDate(dueDate);
		LocalDate today = requests.today(territory);
		if (d == null || d.isBefore(today) || d.isAfter(today.plusYears(1))) {
			flash.addFlashAttribute("requestError", "desk.error.dueDate");
			return "redirect:/desk/requests/" + id;
		}
		requests.due(r, d, me.userId());
		flash.addFlashAttribute("flash", "desk.flash.saved");
		return "redirect:/desk/requests/" + id;
	}

	/** The labels of the types by code, for the queue and the request page. */
	private Map<String, String> labels() {
		Map<String, String> labels = new HashMap<>();
		types.all().forEach(t -> labels.put(t.code(), t.labelKey()));
		return labels;
	}

	/**
	 * Whom a request can go to: the staff of the territory who work at the desk (who took or hold a request here),
	 * and the agent themself.
	 */
	private List<Assignable> assignable(UUID territory, RelaisPrincipal me) {
		Set<UUID> ids = new LinkedHashSet<>();
		ids.add(me.userId());
		ids.addAll(repository.assignees(territory));
		ids.addAll(repository.creators(territory));
		Collator collator = Collator.getInstance(Locale.ROOT);
		return ids.stream()
			.map(accounts::findById)
			.flatMap(Optional::stream)
			.filter(p -> p.isEnabled() && p.membership(territory)
				.map(m -> m.roles().stream().anyMatch(role -> role.isStaff()))
				.orElse(false))
			.map(p -> new Assignable(p.userId(), p.displayName()))
			.sorted(Comparator.comparing(Assignable::name, collator))
			.toList();
	}

	private Map<UUID, String> names(List<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		ids.stream()
			.filter(java.util.Objects::nonNull)
			.distinct()
			.forEach(id -> accounts.findById(id).ifPresent(p -> names.put(id, p.displayName())));
		return names;
	}

	private DeskRequest found(UUID territory, UUID id) {
		return requests.find(territory, id).orElseThrow(() -> NotFoundException.of("desk request", id));
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E e : type.getEnumConstants()) {
			if (e.name().equalsIgnoreCase(value.strip())) {
				return e;
			}
		}
		return null;
	}

}
