package org.relais.mutualaid.dispatch;

import java.util.Optional;
import java.util.UUID;

import org.relais.mutualaid.GeoPoint;
import org.relais.mutualaid.Places;
import org.relais.mutualaid.action.ActionRequest;
import org.relais.mutualaid.volunteer.Volunteer;
import org.relais.people.BeneficiaryRecord;
import org.relais.people.People;
import org.relais.territory.AreaSummary;
import org.springframework.stereotype.Component;

/**
 * Where the person of a request and a volunteer are, as coarsely as the dispatch needs: their commune's centre and
 * name, from the person's postal or commune code (read through {@link People}, logged) and the volunteer's stored
 * point or codes.
 */
@Component
class PersonPlaces {

	/** A commune centre and its name; both null when unknown. */
	record Place(GeoPoint point, String commune) {
	}

	private final People people;

	private final Places places;

	PersonPlaces(People people, Places places) {
		this.people = people;
		this.places = places;
	}

	Place of(ActionRequest r) {
		Optional<BeneficiaryRecord> person = people.read(r.getTerritoryId(), r.getPersonId());
		if (person.isEmpty()) {
			return new Place(null, null);
		}
		String postal = person.get().postalCode();
		String code = person.get().communeCode();
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
