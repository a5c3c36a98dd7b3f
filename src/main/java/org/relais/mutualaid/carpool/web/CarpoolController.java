package org.relais.mutualaid.carpool.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.relais.agenda.Agenda;
import org.relais.agenda.EventSummary;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.Places;
import org.relais.mutualaid.carpool.CarpoolMatching;
import org.relais.mutualaid.carpool.CarpoolOffer;
import org.relais.mutualaid.carpool.CarpoolSeat;
import org.relais.mutualaid.carpool.CarpoolSeatStatus;
import org.relais.mutualaid.carpool.Carpools;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.mutualaid.web.MutualAidAccess;
import org.relais.people.BeneficiaryRecord;
import org.relais.people.People;
import org.relais.platform.AccountDirectory;
import org.relais.platform.CurrentUser;
import org.relais.platform.RelaisPrincipal;
import org.relais.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Carpooling to the territory's events, for its members: a volunteer driver's offers and a participant's seats; an
 * event's offers, requests and the proposals of the matching rule. A driver offers seats; anybody asks a seat for
 * themself; the staff ask one for a person without internet (found by name, each read logged); the staff or the
 * offer's driver confirm a proposal. The staff see every request of the event, a driver the proposals for their
 * offers, anybody else their own requests. Anything of another territory is a 404.
 */
@Controller
class CarpoolController {

	/** An offer as the pages show it. */
	record OfferRow(CarpoolOffer offer, Volunteer driver, String eventTitle, String commune, String departure,
			boolean mine, boolean mayCancel) {
	}

	/** A seat request as the pages show it; {@code passenger} is empty for a reader who may not see it. */
	record SeatRow(CarpoolSeat seat, String eventTitle, String passenger, String commune, OfferRow offer,
			boolean mayCancel) {
	}

	record ProposalRow(SeatRow seat, OfferRow offer, String detourKm, long sharedPercent) {
	}

	record EventRow(EventSummary event, String start, long offers, long seatsLeft) {
	}

	private final Carpools carpools;

	private final MutualAidAccess access;

	private final VolunteerRepository volunteers;

	private final Agenda agenda;

	private final Places places;

	private final People people;

	private final AccountDirectory accounts;

	private final MutualAid mutualAid;

	private final MessageSource messages;

	CarpoolController(Carpools carpools, MutualAidAccess access, VolunteerRepository volunteers, Agenda agenda,
			Places places, People people, AccountDirectory accounts, MutualAid mutualAid, MessageSource messages) {
		this.carpools = carpools;
		this.access = access;
		this.volunteers = volunteers;
		this.agenda = agenda;
		this.places = places;
		this.people = people;
		this.accounts = accounts;
		this.mutualAid = mutualAid;
		this.messages = messages;
	}

	@GetMapping("/carpool")
	String home(Model model, Locale locale) {
		RelaisPrincipal me = member();
		UUID territory = me.currentTerritoryId();
		Optional<Volunteer> volunteer = access.volunteer(me);
		Map<UUID, String> titles = new HashMap<>();
		List<OfferRow> myOffers = volunteer.map(v -> carpools.offersOf(v.getId())
			.stream()
			.map(o -> offerRow(me, o, volunteer, titles, locale))
			.toList()).orElse(List.of());
		List<SeatRow> mySeats = carpools.seatsOf(territory, me.userId())
			.stream()
			.filter(s -> s.getStatus() != CarpoolSeatStatus.CANCELLED)
			.map(s -> seatRow(me, s, volunteer, titles, locale, false))
			.toList();
		List<EventRow> events = new ArrayList<>();
		for (EventSummary e : carpools.events(territory)) {
			List<CarpoolOffer> offers = carpools.offers(territory, e.id()).stream().filter(CarpoolOffer::isOpen)
				.toList();
			events.add(new EventRow(e, date(territory, e.start(), locale), offers.size(),
					offers.stream().mapToLong(CarpoolOffer::seatsLeft).sum()));
		}
		model.addAttribute("volunteer", volunteer.orElse(null));
		model.addAttribute("canDrive", volunteer.map(carpools::canDrive).orElse(false));
		model.addAttribute("myOffers", myOffers);
		model.addAttribute("mySeats", mySeats);
		model.addAttribute("events", events);
		return "mutualaid/carpool/home";
	}

	@GetMapping("/carpool/events/{eventId}")
	String event(@PathVariable UUID eventId, @RequestParam(required = false) String q,
			@RequestParam(required = false) UUID person, Model model, Locale locale) {
		RelaisPrincipal me = member();
		EventSummary event = event(me, eventId);
		return page(me, event, q, person, new HashMap<>(), new HashMap<>(), model, locale);
	}

	@PostMapping("/carpool/events/{eventId}")
	String act(@PathVariable UUID eventId, @RequestParam(required = false) String action,
			@RequestParam Map<String, String> form, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		RelaisPrincipal me = member();
		UUID territory = me.currentTerritoryId();
		EventSummary event = event(me, eventId);
		UUID person = null;
		try {
			String flash;
			switch (action == null ? "" : action) {
				case "offer" -> {
					Volunteer v = access.volunteer(me)
						.orElseThrow(() -> new MutualAidException(null, "mutualaid.carpool.error.notDriver"));
					carpools.offer(territory, eventId, v.getId(), form.get("commune"), departure(form.get("departure")),
							number(form.get("seats"), "seats"), optionalNumber(form.get("detour")));
					flash = "mutualaid.carpool.flash.offered";
				}
				case "ask" -> {
					carpools.ask(territory, eventId, me.userId(), null, form.get("commune"), me.userId());
					flash = "mutualaid.carpool.flash.asked";
				}
				case "askFor" -> {
					MutualAidAccess.requireStaff();
					person = uuid(form.get("person"), "person");
					people.read(territory, person)
						.orElseThrow(() -> new MutualAidException("person", "mutualaid.carpool.error.person"));
					carpools.ask(territory, eventId, null, person, form.get("commune"), me.userId());
					person = null;
					flash = "mutualaid.carpool.flash.askedFor";
				}
				case "confirm" -> {
					UUID offerId = uuid(form.get("offer"), "offer");
					CarpoolOffer offer = carpools.offer(territory, offerId)
						.orElseThrow(() -> new MutualAidException("offer", "mutualaid.carpool.error.offerClosed"));
					if (!MutualAidAccess.isStaff(me) && !isDriver(me, offer)) {
						throw NotFoundException.of("carpool offer", offerId);
					}
					carpools.confirm(territory, uuid(form.get("seat"), "seat"), offerId);
					flash = "mutualaid.carpool.flash.confirmed";
				}
				default -> throw NotFoundException.of("carpool action", action);
			}
			redirect.addFlashAttribute("flash", flash);
			return "redirect:/carpool/events/" + eventId;
		}
		catch (MutualAidException e) {
			Map<String, String> errors = new LinkedHashMap<>();
			errors.put(e.field() == null ? "form" : e.field(),
					messages.getMessage(e.messageKey(), e.args(), locale));
			Map<String, String> values = new HashMap<>(form);
			response.setStatus(422);
			model.addAttribute("errorForm", action);
			return page(me, event, null, person, errors, values, model, locale);
		}
	}

	@PostMapping("/carpool/offers/{id}/cancel")
	String cancelOffer(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		RelaisPrincipal me = member();
		CarpoolOffer offer = carpools.offer(me.currentTerritoryId(), id)
			.filter(o -> MutualAidAccess.isStaff(me) || isDriver(me, o))
			.orElseThrow(() -> NotFoundException.of("carpool offer", id));
		return cancel(me, offer.getEventId(), () -> carpools.cancelOffer(me.currentTerritoryId(), id),
				"mutualaid.carpool.flash.offerCancelled", model, locale, response, redirect);
	}

	@PostMapping("/carpool/seats/{id}/cancel")
	String cancelSeat(@PathVariable UUID id, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		RelaisPrincipal me = member();
		CarpoolSeat seat = carpools.seat(me.currentTerritoryId(), id)
			.filter(s -> MutualAidAccess.isStaff(me) || me.userId().equals(s.getUserId()))
			.orElseThrow(() -> NotFoundException.of("carpool seat", id));
		return cancel(me, seat.getEventId(), () -> carpools.cancelSeat(me.currentTerritoryId(), id),
				"mutualaid.carpool.flash.seatCancelled", model, locale, response, redirect);
	}

	private String cancel(RelaisPrincipal me, UUID eventId, Runnable step, String flash, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			step.run();
		}
		catch (MutualAidException e) {
			response.setStatus(422);
			Map<String, String> errors = Map.of("form", messages.getMessage(e.messageKey(), e.args(), locale));
			return carpools.event(me.currentTerritoryId(), eventId)
				.map(ev -> page(me, ev, null, null, errors, Map.of(), model, locale))
				.orElseThrow(() -> NotFoundException.of("event", eventId));
		}
		redirect.addFlashAttribute("flash", flash);
		return carpools.event(me.currentTerritoryId(), eventId).isPresent() ? "redirect:/carpool/events/" + eventId
				: "redirect:/carpool";
	}

	private String page(RelaisPrincipal me, EventSummary event, String q, UUID person, Map<String, String> errors,
			Map<String, String> values, Model model, Locale locale) {
		UUID territory = me.currentTerritoryId();
		boolean staff = MutualAidAccess.isStaff(me);
		Optional<Volunteer> volunteer = access.volunteer(me);
		Map<UUID, String> titles = new HashMap<>(Map.of(event.id(), event.title()));
		List<OfferRow> offers = carpools.offers(territory, event.id())
			.stream()
			.map(o -> offerRow(me, o, volunteer, titles, locale))
			.toList();
		List<SeatRow> requests = carpools.seats(territory, event.id())
			.stream()
			.filter(s -> s.getStatus() != CarpoolSeatStatus.CANCELLED)
			.filter(s -> staff || me.userId().equals(s.getUserId()))
			.map(s -> seatRow(me, s, volunteer, titles, locale, staff))
			.toList();
		List<ProposalRow> proposals = new ArrayList<>();
		Map<UUID, SeatRow> seatRows = new HashMap<>();
		for (Carpools.Proposal p : carpools.proposals(territory, event.id())) {
			boolean myOffer = volunteer.map(v -> v.getId().equals(p.offer().getVolunteerId())).orElse(false);
			if (!staff && !myOffer) {
				continue;
			}
			SeatRow seat = seatRows.computeIfAbsent(p.seat().getId(),
					k -> seatRow(me, p.seat(), volunteer, titles, locale, true));
			proposals.add(new ProposalRow(seat, offerRow(me, p.offer(), volunteer, titles, locale),
					String.format(locale, "%.1f", p.fit().detourKm()), Math.round(p.fit().sharedPercent())));
		}
		boolean asked = carpools.seats(territory, event.id())
			.stream()
			.anyMatch(s -> s.getStatus() != CarpoolSeatStatus.CANCELLED && me.userId().equals(s.getUserId()));
		model.addAttribute("event", event);
		model.addAttribute("start", date(territory, event.start(), locale));
		model.addAttribute("destination", carpools.destination(event).map(d -> d.source().name()).orElse(null));
		model.addAttribute("offers", offers);
		model.addAttribute("requests", requests);
		model.addAttribute("proposals", proposals);
		model.addAttribute("staff", staff);
		model.addAttribute("canDrive", volunteer.map(carpools::canDrive).orElse(false));
		model.addAttribute("volunteer", volunteer.orElse(null));
		model.addAttribute("asked", asked);
		model.addAttribute("communes", places.communes(territory));
		model.addAttribute("defaultDetour", CarpoolMatching.DEFAULT_DETOUR_PERCENT);
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		if (staff) {
			model.addAttribute("q", q);
			model.addAttribute("found", q == null || q.isBlank() ? List.of() : people.search(territory, q, 20));
			BeneficiaryRecord chosen = person == null ? null : people.read(territory, person).orElse(null);
			model.addAttribute("person", chosen);
			if (chosen != null && !values.containsKey("commune") && chosen.communeCode() != null) {
				Map<String, String> v = new HashMap<>(values);
				v.put("commune", chosen.communeCode());
				model.addAttribute("values", v);
			}
		}
		return "mutualaid/carpool/event";
	}

	private OfferRow offerRow(RelaisPrincipal me, CarpoolOffer o, Optional<Volunteer> volunteer,
			Map<UUID, String> titles, Locale locale) {
		UUID territory = me.currentTerritoryId();
		boolean mine = volunteer.map(v -> v.getId().equals(o.getVolunteerId())).orElse(false);
		return new OfferRow(o, volunteers.findById(o.getVolunteerId()).orElse(null), title(territory, o.getEventId(),
				titles), carpools.communeName(territory, o.getCommuneCode()), date(territory, o.getDepartureAt(), locale),
				mine, o.isOpen() && (mine || MutualAidAccess.isStaff(me)));
	}

	private SeatRow seatRow(RelaisPrincipal me, CarpoolSeat s, Optional<Volunteer> volunteer,
			Map<UUID, String> titles, Locale locale, boolean named) {
		UUID territory = me.currentTerritoryId();
		String passenger;
		if (me.userId().equals(s.getUserId())) {
			passenger = messages.getMessage("mutualaid.carpool.you", null, locale);
		}
		else if (!named) {
			passenger = "";
		}
		else if (s.getUserId() != null) {
			passenger = accounts.findById(s.getUserId()).map(RelaisPrincipal::displayName).orElse("");
		}
		else {
			boolean staff = MutualAidAccess.isStaff(me);
			passenger = people.read(territory, s.getPersonId())
				.map(p -> staff ? p.firstName() + " " + p.lastName() : p.firstName())
				.orElse("");
		}
		OfferRow offer = s.getOfferId() == null ? null : carpools.offer(territory, s.getOfferId())
			.map(o -> offerRow(me, o, volunteer, titles, locale))
			.orElse(null);
		boolean mayCancel = s.getStatus() != CarpoolSeatStatus.CANCELLED
				&& (MutualAidAccess.isStaff(me) || me.userId().equals(s.getUserId()));
		return new SeatRow(s, title(territory, s.getEventId(), titles), passenger,
				carpools.communeName(territory, s.getCommuneCode()), offer, mayCancel);
	}

	private String title(UUID territory, UUID eventId, Map<UUID, String> titles) {
		return titles.computeIfAbsent(eventId, k -> agenda.title(territory, k).orElse(""));
	}

	private boolean isDriver(RelaisPrincipal me, CarpoolOffer offer) {
		return access.volunteer(me).map(v -> v.getId().equals(offer.getVolunteerId())).orElse(false);
	}

	private String date(UUID territory, java.time.Instant at, Locale locale) {
		ZoneId zone = mutualAid.zone(territory);
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
			.withLocale(locale)
			.format(at.atZone(zone));
	}

	/** The signed-in member of a territory, or 404. */
	private static RelaisPrincipal member() {
		RelaisPrincipal me = CurrentUser.require();
		if (me.currentTerritoryId() == null) {
			throw NotFoundException.of("carpool", "territory");
		}
		return me;
	}

	private EventSummary event(RelaisPrincipal me, UUID eventId) {
		return carpools.event(me.currentTerritoryId(), eventId).orElseThrow(() -> NotFoundException.of("event", eventId));
	}

	private static LocalDateTime departure(String raw) {
		try {
			return raw == null || raw.isBlank() ? null : LocalDateTime.parse(raw.strip());
		}
		catch (DateTimeParseException e) {
			throw new MutualAidException("departure", "mutualaid.carpool.error.departure");
		}
	}

	private static int number(String raw, String field) {
		try {
			return Integer.parseInt(raw == null ? "" : raw.strip());
		}
		catch (NumberFormatException e) {
			throw new MutualAidException(field, "mutualaid.carpool.error.seats", CarpoolOffer.MIN_SEATS,
					CarpoolOffer.MAX_SEATS);
		}
	}

	private static Integer optionalNumber(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Integer.parseInt(raw.strip());
		}
		catch (NumberFormatException e) {
			throw new MutualAidException("detour", "mutualaid.carpool.error.detour", CarpoolOffer.MAX_DETOUR_PERCENT);
		}
	}

	private static UUID uuid(String raw, String field) {
		try {
			return UUID.fromString(raw == null ? "" : raw.strip());
		}
		catch (IllegalArgumentException e) {
			throw new MutualAidException(field, field.equals("person") ? "mutualaid.carpool.error.person"
					: "mutualaid.carpool.error.seatNotWaiting");
		}
	}

}
