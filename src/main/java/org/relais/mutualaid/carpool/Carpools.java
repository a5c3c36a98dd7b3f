package org.relais.mutualaid.carpool;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.relais.agenda.Agenda;
import org.relais.agenda.EventSummary;
import org.relais.agenda.EventVisibility;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.LocationRef;
import org.relais.mutualaid.ActionType;
import org.relais.mutualaid.CarpoolSeatConfirmed;
import org.relais.mutualaid.GeoPoint;
import org.relais.mutualaid.MutualAidException;
import org.relais.mutualaid.Places;
import org.relais.mutualaid.VolunteerReadiness;
import org.relais.mutualaid.settings.MutualAid;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.mutualaid.volunteer.VolunteerRepository;
import org.relais.platform.AccountDirectory;
import org.relais.territory.AreaSummary;
import org.relais.territory.TerritoryCatalog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carpooling to the territory's events (public or for its members, from yesterday on, a year ahead): drivers'
 * offers, seat requests, the proposals of the matching rule ({@link CarpoolMatching}) and their confirmation, which
 * locks the offer's row so that two confirmations of the last seat cannot both pass. Every step checks its input
 * before writing ({@link MutualAidException} names the field).
 */
@Service
@Transactional
public class Carpools {

	/** How far ahead events are offered for carpooling. */
	static final Duration HORIZON = Duration.ofDays(366);

	/** Where the event's destination point comes from. */
	public enum DestinationSource {

		/** the coordinates of the event's directory location */
		LOCATION,
		/** the organiser's location in the directory (its coordinates or its postal code's commune) */
		ORGANISER,
		/** the centre of the territory's first area with coordinates */
		TERRITORY

	}

	public record Destination(GeoPoint point, DestinationSource source) {
	}

	/** A proposal: a waiting request that fits an open offer with a seat left. */
	public record Proposal(CarpoolSeat seat, CarpoolOffer offer, CarpoolMatching.Fit fit) {
	}

	private final CarpoolOfferRepository offers;

	private final CarpoolSeatRepository seats;

	private final VolunteerRepository volunteers;

	private final VolunteerReadiness readiness;

	private final Agenda agenda;

	private final DirectoryCatalog directory;

	private final TerritoryCatalog territories;

	private final Places places;

	private final MutualAid mutualAid;

	private final ApplicationEventPublisher publisher;

	private final AccountDirectory accounts;


	private final Clock clock;

	Carpools(CarpoolOfferRepository offers, CarpoolSeatRepository seats, VolunteerRepository volunteers,
			VolunteerReadiness readiness, Agenda agenda, DirectoryCatalog directory, TerritoryCatalog territories,
			Places places, MutualAid mutualAid, ApplicationEventPublisher publisher, AccountDirectory accounts,
			Clock clock) {
		this.accounts = accounts;
		this.offers = offers;
		this.seats = seats;
		this.volunteers = volunteers;
		this.readiness = readiness;
		this.agenda = agenda;
		this.directory = directory;
		this.territories = territories;
		this.places = places;
		this.mutualAid = mutualAid;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** The events one may carpool to: not cancelled, public or for the territory's members, soonest first. */
	@Transactional(readOnly = true)
	public List<EventSummary> events(UUID territoryId) {
		Instant now = clock.instant();
		return agenda.summaries(territoryId, now.minus(Duration.ofDays(1)), now.plus(HORIZON))
			.stream()
			.filter(e -> e.visibility() != EventVisibility.INVITEES)
			.toList();
	}

	/** One of {@link #events(UUID)}, or empty (another territory's, invitees only, past or cancelled). */
	@Transactional(readOnly = true)
	public Optional<EventSummary> event(UUID territoryId, UUID eventId) {
		return events(territoryId).stream().filter(e -> e.id().equals(eventId)).findFirst();
	}

	/**
	 * Where the event takes place, as a point: its directory location's coordinates, else the organiser's location
	 * (coordinates, or its postal code's commune centre), else the centre of the territory's first area.
	 */
	@Transactional(readOnly = true)
	public Optional<Destination> destination(EventSummary event) {
		if (event.locationId() != null) {
			Optional<GeoPoint> at = directory.location(event.territoryId(), event.locationId())
				.flatMap(l -> point(event.territoryId(), l));
			if (at.isPresent()) {
				return Optional.of(new Destination(at.get(), DestinationSource.LOCATION));
			}
		}
		if (event.organiserOrganisationId() != null) {
			Optional<GeoPoint> at = directory.locations(event.territoryId())
				.stream()
				.filter(l -> event.organiserOrganisationId().equals(l.organisationId()))
				.map(l -> point(event.territoryId(), l))
				.flatMap(Optional::stream)
				.findFirst();
			if (at.isPresent()) {
				return Optional.of(new Destination(at.get(), DestinationSource.ORGANISER));
			}
		}
		return territories.areas(event.territoryId())
			.stream()
			.map(a -> GeoPoint.of(a.latitude(), a.longitude()))
			.filter(p -> p != null)
			.findFirst()
			.map(p -> new Destination(p, DestinationSource.TERRITORY));
	}

	private Optional<GeoPoint> point(UUID territoryId, LocationRef l) {
		GeoPoint p = GeoPoint.of(l.latitude(), l.longitude());
		return p != null ? Optional.of(p) : places.locate(territoryId, l.postalCode(), null);
	}

	/**
	 * A driver offers seats. The volunteer must be able to take carpooling today (active, current charter signed,
	 * valid driving licence and car insurance…), the commune one of the territory's, the departure before the event
	 * starts and not past, 1 to 8 seats, a detour from 0 to 100 %.
	 */
	public CarpoolOffer offer(UUID territoryId, UUID eventId, UUID volunteerId, String communeCode,
			LocalDateTime departure, int seatCount, Integer detourPercent) {
		EventSummary event = requireEvent(territoryId, eventId);
		Volunteer driver = volunteers.findByIdAndTerritoryId(volunteerId, territoryId)
			.orElseThrow(() -> new MutualAidException(null, "mutualaid.carpool.error.notDriver"));
		if (!canDrive(driver)) {
			throw new MutualAidException(null, "mutualaid.carpool.error.notDriver");
		}
		String commune = requireCommune(territoryId, communeCode);
		if (departure == null) {
			throw new MutualAidException("departure", "mutualaid.carpool.error.departure");
		}
		ZoneId zone = mutualAid.zone(territoryId);
		Instant at = departure.atZone(zone).toInstant();
		if (at.isBefore(clock.instant()) || !at.isBefore(event.start())) {
			throw new MutualAidException("departure", "mutualaid.carpool.error.departure");
		}
		if (seatCount < CarpoolOffer.MIN_SEATS || seatCount > CarpoolOffer.MAX_SEATS) {
			throw new MutualAidException("seats", "mutualaid.carpool.error.seats", CarpoolOffer.MIN_SEATS,
					CarpoolOffer.MAX_SEATS);
		}
		int detour = detourPercent == null ? CarpoolMatching.DEFAULT_DETOUR_PERCENT : detourPercent;
		if (detour < 0 || detour > CarpoolOffer.MAX_DETOUR_PERCENT) {
			throw new MutualAidException("detour", "mutualaid.carpool.error.detour", CarpoolOffer.MAX_DETOUR_PERCENT);
		}
		return offers.save(new CarpoolOffer(territoryId, eventId, volunteerId, commune, at, seatCount, detour,
				clock.instant()));
	}

	/**
	 * A seat request for a user of the territory (themself) or a person of the people module (the desk); one
	 * waiting or confirmed request per participant and event.
	 */
	public CarpoolSeat ask(UUID territoryId, UUID eventId, UUID userId, UUID personId, String communeCode,
			UUID requestedBy) {
		requireEvent(territoryId, eventId);
		if ((userId == null) == (personId == null)) {
			throw new MutualAidException("person", "mutualaid.carpool.error.person");
		}
		String commune = requireCommune(territoryId, communeCode);
		boolean already = seats.findByTerritoryIdAndEventIdOrderByCreatedAtAsc(territoryId, eventId)
			.stream()
			.filter(s -> s.getStatus() != CarpoolSeatStatus.CANCELLED)
			.anyMatch(s -> userId != null ? userId.equals(s.getUserId()) : personId.equals(s.getPersonId()));
		if (already) {
			throw new MutualAidException("person", "mutualaid.carpool.error.already");
		}
		return seats.save(new CarpoolSeat(territoryId, eventId, userId, personId, commune, requestedBy,
				clock.instant()));
	}

	/** The waiting requests that fit an open offer with a seat left, the smallest detour first. */
	@Transactional(readOnly = true)
	public List<Proposal> proposals(UUID territoryId, UUID eventId) {
		EventSummary event = requireEvent(territoryId, eventId);
		Optional<Destination> destination = destination(event);
		if (destination.isEmpty()) {
			return List.of();
		}
		List<CarpoolOffer> open = offers.findByTerritoryIdAndEventIdOrderByDepartureAtAsc(territoryId, eventId)
			.stream()
			.filter(o -> o.seatsLeft() > 0)
			.toList();
		List<Proposal> out = new ArrayList<>();
		for (CarpoolSeat seat : seats.findByTerritoryIdAndEventIdOrderByCreatedAtAsc(territoryId, eventId)) {
			if (seat.getStatus() != CarpoolSeatStatus.REQUESTED) {
				continue;
			}
			for (CarpoolOffer offer : open) {
				fit(territoryId, offer, seat, destination.get().point()).filter(CarpoolMatching.Fit::fits)
					.ifPresent(fit -> out.add(new Proposal(seat, offer, fit)));
			}
		}
		out.sort(Comparator.comparingDouble((Proposal p) -> p.fit().detourKm()));
		return out;
	}

	private Optional<CarpoolMatching.Fit> fit(UUID territoryId, CarpoolOffer offer, CarpoolSeat seat,
			GeoPoint destination) {
		Optional<GeoPoint> d = places.locate(territoryId, null, offer.getCommuneCode());
		Optional<GeoPoint> p = places.locate(territoryId, null, seat.getCommuneCode());
		if (d.isEmpty() || p.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(CarpoolMatching.evaluate(d.get(), p.get(), destination, offer.getDetourPercent()));
	}

	/**
	 * Confirms a waiting request in an offer: locks the offer's row, refuses a seat beyond capacity, a cancelled
	 * offer, another event's offer or a request that does not fit; nothing is written when refused. Publishes
	 * {@link CarpoolSeatConfirmed}.
	 */
	public CarpoolSeat confirm(UUID territoryId, UUID seatId, UUID offerId) {
		CarpoolOffer offer = offers.lockById(offerId, territoryId)
			.orElseThrow(() -> new MutualAidException("offer", "mutualaid.carpool.error.offerClosed"));
		CarpoolSeat seat = seats.lockById(seatId, territoryId)
			.orElseThrow(() -> new MutualAidException("seat", "mutualaid.carpool.error.seatNotWaiting"));
		if (!offer.getEventId().equals(seat.getEventId())) {
			throw new MutualAidException("offer", "mutualaid.carpool.error.offerClosed");
		}
		if (seat.getStatus() != CarpoolSeatStatus.REQUESTED) {
			throw new MutualAidException("seat", "mutualaid.carpool.error.seatNotWaiting");
		}
		EventSummary event = requireEvent(territoryId, offer.getEventId());
		GeoPoint destination = destination(event)
			.orElseThrow(() -> new MutualAidException("offer", "mutualaid.carpool.error.noFit"))
			.point();
		if (!fit(territoryId, offer, seat, destination).map(CarpoolMatching.Fit::fits).orElse(false)) {
			throw new MutualAidException("offer", "mutualaid.carpool.error.noFit");
		}
		offer.take();
		Instant now = clock.instant();
		seat.confirm(offer.getId(), now);
		Volunteer driver = volunteers.findById(offer.getVolunteerId()).orElseThrow();
		ZoneId zone = mutualAid.zone(territoryId);
		publisher.publishEvent(new CarpoolSeatConfirmed(territoryId, event.id(), seat.getId(), offer.getId(),
				event.title(), offer.getDepartureAt().atZone(zone), communeName(territoryId, offer.getCommuneCode()),
				communeName(territoryId, seat.getCommuneCode()), driver.getUserId(), driver.getEmail(),
				driver.displayName(), driver.getLanguage(), seat.getUserId(), passengerFirstName(seat),
				"/carpool/events/" + event.id()));
		return seat;
	}

	/** A user's first name for the driver; none for a person of the desk (the desk tells them and the driver). */
	private String passengerFirstName(CarpoolSeat seat) {
		if (seat.getUserId() == null) {
			return null;
		}
		return accounts.findById(seat.getUserId()).map(p -> p.displayName().strip().split("\\s+")[0]).orElse(null);
	}

	/** The driver or the staff cancel an offer: its confirmed seats wait for another driver. */
	public void cancelOffer(UUID territoryId, UUID offerId) {
		CarpoolOffer offer = offers.lockById(offerId, territoryId)
			.orElseThrow(() -> new MutualAidException("offer", "mutualaid.carpool.error.offerClosed"));
		if (!offer.isOpen()) {
			throw new MutualAidException("offer", "mutualaid.carpool.error.offerClosed");
		}
		for (CarpoolSeat s : seats.findByOfferIdAndStatus(offerId, CarpoolSeatStatus.CONFIRMED)) {
			s.backToWaiting();
		}
		offer.cancel();
	}

	/** The participant or the staff cancel a seat request; a confirmed seat frees its place in the offer. */
	public void cancelSeat(UUID territoryId, UUID seatId) {
		CarpoolSeat seat = seats.lockById(seatId, territoryId)
			.orElseThrow(() -> new MutualAidException("seat", "mutualaid.carpool.error.seatNotWaiting"));
		if (seat.getStatus() == CarpoolSeatStatus.CANCELLED) {
			throw new MutualAidException("seat", "mutualaid.carpool.error.seatNotWaiting");
		}
		if (seat.getStatus() == CarpoolSeatStatus.CONFIRMED && seat.getOfferId() != null) {
			offers.lockById(seat.getOfferId(), territoryId).ifPresent(CarpoolOffer::release);
		}
		seat.cancel();
	}

	@Transactional(readOnly = true)
	public List<CarpoolOffer> offers(UUID territoryId, UUID eventId) {
		return offers.findByTerritoryIdAndEventIdOrderByDepartureAtAsc(territoryId, eventId);
	}

	@Transactional(readOnly = true)
	public List<CarpoolSeat> seats(UUID territoryId, UUID eventId) {
		return seats.findByTerritoryIdAndEventIdOrderByCreatedAtAsc(territoryId, eventId);
	}

	@Transactional(readOnly = true)
	public List<CarpoolOffer> offersOf(UUID volunteerId) {
		return offers.findByVolunteerIdOrderByDepartureAtDesc(volunteerId);
	}

	@Transactional(readOnly = true)
	public List<CarpoolSeat> seatsOf(UUID territoryId, UUID userId) {
		return seats.findByTerritoryIdAndUserIdOrderByCreatedAtDesc(territoryId, userId);
	}

	@Transactional(readOnly = true)
	public Optional<CarpoolOffer> offer(UUID territoryId, UUID offerId) {
		return offers.findByIdAndTerritoryId(offerId, territoryId);
	}

	@Transactional(readOnly = true)
	public Optional<CarpoolSeat> seat(UUID territoryId, UUID seatId) {
		return seats.findByIdAndTerritoryId(seatId, territoryId);
	}

	/** Whether the volunteer may drive to events today (see {@link VolunteerReadiness}). */
	@Transactional(readOnly = true)
	public boolean canDrive(Volunteer volunteer) {
		return readiness.of(volunteer, mutualAid.today(volunteer.getTerritoryId())).canTake(ActionType.CARPOOL);
	}

	/** The name of one of the territory's communes (its code when unknown). */
	@Transactional(readOnly = true)
	public String communeName(UUID territoryId, String code) {
		return places.communes(territoryId)
			.stream()
			.filter(a -> a.code().equals(code))
			.map(AreaSummary::name)
			.findFirst()
			.orElse(code);
	}

	/** The person's rows go with them (anonymised or erased in the people module). */
	public void forgetPerson(UUID personId) {
		for (CarpoolSeat seat : seats.findByPersonId(personId)) {
			if (seat.getStatus() == CarpoolSeatStatus.CONFIRMED && seat.getOfferId() != null) {
				offers.lockById(seat.getOfferId(), seat.getTerritoryId()).ifPresent(CarpoolOffer::release);
			}
			seats.delete(seat);
		}
	}

	private EventSummary requireEvent(UUID territoryId, UUID eventId) {
		return event(territoryId, eventId)
			.orElseThrow(() -> new MutualAidException("event", "mutualaid.carpool.error.event"));
	}

	private String requireCommune(UUID territoryId, String code) {
		String c = code == null ? "" : code.strip();
		if (places.communes(territoryId).stream().noneMatch(a -> a.code().equals(c))) {
			throw new MutualAidException("commune", "mutualaid.carpool.error.commune");
		}
		return c;
	}

}
