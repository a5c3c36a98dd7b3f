package org.relais.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.directory.DirectoryCatalog;
import org.relais.people.BeneficiaryRecord;
import org.relais.referral.domain.UnmetNeed;
import org.relais.referral.domain.UnmetNeedRepository;
import org.relais.territory.AreaKind;
import org.relais.territory.AreaSummary;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching as the other parts of Relais use it: a profile (anonymous, or built from a person's record) and needs,
 * against the current directory of a territory. The rules themselves are {@link Matcher}'s.
 */
@Service
public class Matching {

	private final DirectoryCatalog directory;

	private final TerritoryCatalog territories;

	private final UnmetNeedRepository unmetNeeds;

	private final Clock clock;

	Matching(DirectoryCatalog directory, TerritoryCatalog territories, UnmetNeedRepository unmetNeeds, Clock clock) {
		this.directory = directory;
		this.territories = territories;
		this.unmetNeeds = unmetNeeds;
		this.clock = clock;
	}

	/** @param at the time asked for, or null for now */
	public MatchResult match(UUID territoryId, MatchProfile profile, Set<String> needs, Instant at) {
		return Matcher.match(profile, needs, at, clock.instant(), directory.offering(territoryId, needs));
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
	 * A profile from what an agent or an API client gave: the commune's centre stands for the person's position
	 * unless coordinates are given; an age is taken from a birth year when only that is known.
	 */
	public MatchProfile profile(Integer age, Integer birthYear, Optional<AreaSummary> commune, Double latitude,
			Double longitude, Set<String> publics, Set<String> languages, Integer maxDistanceKm, boolean remoteOk) {
		Integer years = age != null ? age : birthYear != null ? Integer.valueOf(Year.now(clock).getValue() - birthYear) : null;
		boolean point = latitude != null && longitude != null;
		Double lat = point ? latitude : commune.map(AreaSummary::latitude).orElse(null);
		Double lon = point ? longitude : commune.map(AreaSummary::longitude).orElse(null);
		return new MatchProfile(years, commune.map(AreaSummary::code).orElse(null), lat, lon, publics, languages,
				maxDistanceKm, remoteOk);
	}

	/** The area an unmet need is counted in: the commune's code, else the postal code given, else none. */
	public static String area(Optional<AreaSummary> commune, String postalCode) {
		return commune.map(AreaSummary::code)
			.orElse(postalCode == null || postalCode.isBlank() ? null : postalCode.strip());
	}

	/**
	 * Records needs no service could take, today in the territory's time zone, in an area. {@code seen} holds
	 * "territory|need|area|day" keys already recorded (e.g. in this HTTP session) and is updated: a need is recorded at most
	 * once per key.
	 */
	@Transactional
	public void recordUnmetNeeds(UUID territoryId, Collection<String> needs, String area, Set<String> seen) {
		LocalDate today = LocalDate.now(clock.withZone(zone(territoryId)));
		for (String need : needs) {
			if (seen.add(territoryId + "|" + need + "|" + (area == null ? "" : area) + "|" + today)) {
				unmetNeeds.save(new UnmetNeed(territoryId, need, area, today));
			}
		}
	}

	/** How many times each need went unmet in each area of the territory, from one day to another (included). */
	@Transactional(readOnly = true)
	public List<UnmetNeedCount> unmetNeeds(UUID territoryId, LocalDate from, LocalDate to) {
		return unmetNeeds.countByNeedAndArea(territoryId, from, to);
	}

	/** The territory's time zone (Europe/Paris for an unknown territory). */
	public ZoneId zone(UUID territoryId) {
		return territories.find(territoryId)
			.map(TerritorySummary::timeZone)
			.map(ZoneId::of)
			.orElse(ZoneId.of("Europe/Paris"));
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
