package org.relais.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.DirectoryCatalog;
import org.relais.people.BeneficiaryRecord;
import org.relais.territory.AreaKind;
import org.relais.territory.AreaSummary;
import org.relais.territory.TerritoryCatalog;
import org.springframework.stereotype.Service;

/**
 * Matching as the other parts of Relais use it: a profile (anonymous, or built from a person's record) and needs,
 * against the current directory of a territory. The rules themselves are {@link Matcher}'s.
 */
@Service
public class Matching {

	private final DirectoryCatalog directory;

	private final TerritoryCatalog territories;

	private final Clock clock;

	Matching(DirectoryCatalog directory, TerritoryCatalog territories, Clock clock) {
		this.directory = directory;
		this.territories = territories;
		this.clock = clock;
	}

	/** @param at the time asked for, or null for now */
	public MatchResult match(UUID territoryId, MatchProfile profile, Set<String> needs, Instant at) {
		return Matcher.match(profile, needs, at, clock.instant(), directory.eligibility(territoryId));
	}

	/** The commune of the territory with this INSEE/BFS code, or else with this postal code. */
	public Optional<AreaSummary> commune(UUID territoryId, String communeCode, String postalCode) {
		return territories.areas(territoryId)
			.stream()
			.filter(a -> a.kind() == AreaKind.COMMUNE)
			.filter(a -> communeCode != null && !communeCode.isBlank() ? a.code().equals(communeCode.strip())
					: postalCode != null && a.postalCodes().contains(postalCode.strip()))
			.findFirst();
	}

	/**
	 * The profile matching reads from a person's record: age (from the birth date, else the birth year), commune
	 * and its centre, situations as publics, languages, how far they can go, remote.
	 */
	public MatchProfile profileOf(BeneficiaryRecord person) {
		LocalDate today = LocalDate.now(clock);
		Integer age = person.birthDate() != null ? Integer.valueOf(Period.between(person.birthDate(), today).getYears())
				: person.birthYear() != null ? Integer.valueOf(Year.now(clock).getValue() - person.birthYear()) : null;
		Optional<AreaSummary> commune = commune(person.territoryId(), person.communeCode(), person.postalCode());
		String code = commune.map(AreaSummary::code).orElse(person.communeCode());
		Double lat = commune.map(AreaSummary::latitude).orElse(null);
		Double lon = commune.map(AreaSummary::longitude).orElse(null);
		return new MatchProfile(age, code, lat, lon, person.situations(), person.languages(), person.maxDistanceKm(),
				person.remoteOk());
	}

}
