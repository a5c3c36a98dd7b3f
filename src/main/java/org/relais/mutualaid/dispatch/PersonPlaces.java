package org.relais.mutualaid.dispatch;

import java.util.Optional;
import java.util.UUID;

import org.relais.mutualaid.GeoPoint;
import org.relais.mutualaid.Places;
import org.relais.mutualaid.action.ActionPlace;
import org.relais.mutualaid.action.ActionPlaceRepository;
import org.relais.mutualaid.action.ActionRequest;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.territory.AreaSummary;
import org.springframework.stereotype.Component;

/**
 * Where the person of a request and a volunteer are, as coarsely as the dispatch needs: their commune's centre and
 * name, from the person's postal or commune code stored when the request was taken, and the volunteer's stored
 * point or codes.
 */
@Component
class PersonPlaces {

	/** A commune centre and its name; both null when unknown. */
	record Place(GeoPoint point, String commune) {
	}

	private final ActionPlaceRepository stored;

	private final Places places;

	PersonPlaces(ActionPlaceRepository stored, Places places) {
		this.stored = stored;
		this.places = places;
	}

	Place of(ActionRequest r) {
		Optional<ActionPlace> place = stored.findById(r.getId());
		if (place.isEmpty()) {
			return new Place(null, null);
		}
		String postal = place.get().getPostalCode();
		String code = place.get().getCommuneCode();
		GeoPoint point = places.locate(r.getTerritoryId(), postal, code).orElse(null);
		String commune = places.communes(r.getTerritoryId())
			.stream()
			.filter(a -> (code != null && code.strip().equals(a.code()))
					|| (postal != null && a.postalCodes() != null && a.postalCodes().contains(postal.strip())))
			.map(AreaSummary::name)
			.findFirst()
			.orElse(null);
		return new Place(point, commune);
	}

	GeoPoint ofVolunteer(Volunteer v) {
		GeoPoint stored = GeoPoint.of(v.getLatitude(), v.getLongitude());
		return stored != null ? stored
				: places.locate(v.getTerritoryId(), v.getPostalCode(), v.getCommuneCode()).orElse(null);
	}

}
