package org.relais.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.relais.directory.OpeningTimes;
import org.relais.directory.SaturationLevel;
import org.relais.directory.ServiceEligibility;
import org.relais.directory.ServiceEligibility.Place;

/** The matching rules, one by one, then the ranking. */
class MatcherTest {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** Monday 23 November 2026, 10:00 in Lyon. */
	static final Instant NOW = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, PARIS).toInstant();

	static final String FOOD = "equipement-et-alimentation--alimentation";

	static final String ONLINE = "numerique--acceder-a-des-services-en-ligne";

	/** Bellecour, Lyon. */
	static final double LAT = 45.7578;

	static final double LON = 4.8320;

	static final MatchProfile ADULT = new MatchProfile(35, "69381", LAT, LON, Set.of("personnes-exilees"),
			Set.of("fr"), 10, false);

	/** Weekdays 9:00–12:00. */
	static final OpeningTimes MORNINGS = new OpeningTimes() {

		@Override
		public boolean known() {
			return true;
		}

		@Override
		public boolean isOpen(Instant at) {
			ZonedDateTime t = at.atZone(PARIS);
			return t.getDayOfWeek().getValue() <= 5 && !t.toLocalTime().isBefore(LocalTime.of(9, 0))
					&& t.toLocalTime().isBefore(LocalTime.of(12, 0));
		}

		@Override
		public Optional<ZonedDateTime> nextOpening(Instant from) {
			if (isOpen(from)) {
				return Optional.of(from.atZone(PARIS));
			}
			ZonedDateTime t = from.atZone(PARIS).withHour(9).withMinute(0).withSecond(0).withNano(0);
			while (!t.toInstant().isAfter(from) || t.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) > 0) {
				t = t.plusDays(1);
			}
			return Optional.of(t);
		}

	};

	static Builder service(String name) {
		return new Builder(name);
	}

	static final class Builder {

		String name;

		Set<String> needs = Set.of(FOOD);

		Set<String> publics = Set.of();

		boolean reserved;

		Integer minAge;

		Integer maxAge;

		Set<String> zone = Set.of();

		Set<String> languages = Set.of();

		Set<String> reception = Set.of(ServiceEligibility.ON_SITE);

		SaturationLevel saturation = SaturationLevel.AVAILABLE;

		boolean closed;

		LocalDate closedUntil;

		Instant verifyBy = NOW.plusSeconds(86_400 * 30);

		double lat = LAT + 0.01;

		double lon = LON;

		OpeningTimes hours = MORNINGS;

		Builder(String name) {
			this.name = name;
		}

		ServiceEligibility build() {
			return new ServiceEligibility(UUID.randomUUID(), UUID.randomUUID(), Map.of("fr", name), "Org " + name, needs,
					publics, reserved, minAge, maxAge, zone.isEmpty(), zone, languages, reception, saturation, closed,
					closedUntil, verifyBy, List.of(new Place(UUID.randomUUID(), lat, lon, "69381", hours)));
		}

	}

	static MatchResult match(MatchProfile p, Instant at, ServiceEligibility... services) {
		return Matcher.match(p, Set.of(FOOD), at, NOW, List.of(services));
	}

	static List<Exclusion> reasonsOf(MatchProfile p, Instant at, Builder b) {
		MatchResult r = match(p, at, b.build());
		return r.excluded().isEmpty() ? List.of() : r.excluded().get(0).reasons();
	}

	@Test
	void eachRuleExcludesWithItsCode() {
		Builder young = service("Jeunes");
		young.minAge = 16;
		young.maxAge = 25;
		assertThat(reasonsOf(ADULT, null, young)).containsExactly(Exclusion.AGE_ABOVE_MAXIMUM);
		Builder seniors = service("Seniors");
		seniors.minAge = 60;
		assertThat(reasonsOf(ADULT, null, seniors)).containsExactly(Exclusion.AGE_BELOW_MINIMUM);

		Builder reserved = service("Réservé");
		reserved.publics = Set.of("personnes-en-situation-de-handicap");
		reserved.reserved = true;
		assertThat(reasonsOf(ADULT, null, reserved)).containsExactly(Exclusion.PUBLIC_NOT_SERVED);
		reserved.reserved = false;
		assertThat(reasonsOf(ADULT, null, reserved)).as("preferred, not reserved").isEmpty();

		Builder villeurbanne = service("Villeurbanne");
		villeurbanne.zone = Set.of("69266");
		assertThat(reasonsOf(ADULT, null, villeurbanne)).containsExactly(Exclusion.OUTSIDE_ELIGIBILITY_ZONE);

		Builder full = service("Complet");
		full.saturation = SaturationLevel.FULL;
		assertThat(reasonsOf(ADULT, null, full)).containsExactly(Exclusion.FULL);
		full.saturation = SaturationLevel.WAITLIST;
		assertThat(reasonsOf(ADULT, null, full)).containsExactly(Exclusion.WAITLIST);

		Builder closed = service("Fermé");
		closed.closed = true;
		closed.closedUntil = LocalDate.of(2026, 12, 1);
		assertThat(reasonsOf(ADULT, null, closed)).containsExactly(Exclusion.TEMPORARILY_CLOSED);
		Instant december = ZonedDateTime.of(2026, 12, 2, 10, 0, 0, 0, PARIS).toInstant();
		assertThat(reasonsOf(ADULT, december, closed)).as("open again by then").isEmpty();

		Instant afternoon = NOW.plusSeconds(5 * 3600);
		assertThat(reasonsOf(ADULT, afternoon, service("Matin"))).containsExactly(Exclusion.CLOSED_AT_REQUESTED_TIME);
		assertThat(reasonsOf(ADULT, NOW, service("Matin"))).isEmpty();

		Builder german = service("Deutsch");
		german.languages = Set.of("de");
		assertThat(reasonsOf(ADULT, null, german)).containsExactly(Exclusion.LANGUAGE_NOT_SPOKEN);

		Builder far = service("Loin");
		far.lat = LAT + 0.2; // about 22 km north
		assertThat(reasonsOf(ADULT, null, far)).containsExactly(Exclusion.TOO_FAR);

		MatchProfile housebound = new MatchProfile(80, "69381", LAT, LON, Set.of(), Set.of(), 0, true);
		assertThat(reasonsOf(housebound, null, service("Sur place"))).containsExactly(Exclusion.ON_SITE_ONLY);
		Builder phone = service("Au téléphone");
		phone.reception = Set.of(ServiceEligibility.REMOTE);
		phone.lat = LAT + 0.2;
		assertThat(reasonsOf(housebound, null, phone)).as("remote suits them, distance does not matter").isEmpty();
	}

	@Test
	void everyReasonIsGivenNotJustTheFirst() {
		Builder b = service("Tout faux");
		b.minAge = 60;
		b.saturation = SaturationLevel.FULL;
		b.languages = Set.of("it");
		b.lat = LAT + 0.3;
		assertThat(reasonsOf(ADULT, null, b)).containsExactly(Exclusion.AGE_BELOW_MINIMUM, Exclusion.FULL,
				Exclusion.LANGUAGE_NOT_SPOKEN, Exclusion.TOO_FAR);
	}

	@Test
	void aStaleServiceStaysWithAWarningAndRanksLower() {
		Builder stale = service("Ancienne fiche");
		stale.verifyBy = NOW.minusSeconds(86_400);
		MatchResult r = match(ADULT, null, stale.build(), service("Fiche à jour").build());
		assertThat(r.excluded()).isEmpty();
		assertThat(r.results()).extracting(x -> x.service().name("fr")).containsExactly("Fiche à jour", "Ancienne fiche");
		assertThat(r.results().get(1).warnings()).containsExactly(Exclusion.NOT_VERIFIED_RECENTLY);
		assertThat(r.results().get(0).reasons()).contains(RankReason.VERIFIED);
		assertThat(r.results().get(1).reasons()).doesNotContain(RankReason.VERIFIED);
	}

	@Test
	void rankingPrefersAllNeedsThenNearOpenAndAvailable() {
		Builder both = service("Les deux besoins");
		both.needs = Set.of(FOOD, ONLINE);
		both.lat = LAT + 0.05;
		Builder near = service("Tout près");
		near.lat = LAT + 0.001;
		Builder limited = service("Presque complet");
		limited.lat = LAT + 0.001;
		limited.saturation = SaturationLevel.LIMITED;
		Builder other = service("Hors sujet");
		other.needs = Set.of("famille--garde-denfants");

		MatchResult r = Matcher.match(ADULT, Set.of(FOOD, ONLINE), NOW, NOW,
				List.of(near.build(), limited.build(), both.build(), other.build()));

		assertThat(r.results()).extracting(x -> x.service().name("fr"))
			.containsExactly("Les deux besoins", "Tout près", "Presque complet");
		assertThat(r.results().get(0).reasons()).contains(RankReason.ALL_NEEDS, RankReason.OPEN);
		assertThat(r.results().get(1).reasons()).contains(RankReason.SOME_NEEDS, RankReason.NEAR, RankReason.AVAILABLE);
		assertThat(r.results().get(2).reasons()).contains(RankReason.LIMITED);
		assertThat(r.results().get(1).distanceKm()).isLessThan(0.2);
		assertThat(r.results().get(0).score()).isGreaterThan(r.results().get(1).score());
		assertThat(r.unmetNeeds()).isEmpty();
	}

	@Test
	void aNeedNoServiceCanAnswerIsUnmet() {
		Builder full = service("Complet");
		full.needs = Set.of(ONLINE);
		full.saturation = SaturationLevel.FULL;
		MatchResult r = Matcher.match(ADULT, Set.of(FOOD, ONLINE), null, NOW, List.of(service("Colis").build(),
				full.build()));
		assertThat(r.unmetNeeds()).containsExactly(ONLINE);
		assertThat(r.excluded()).hasSize(1);
	}

	@Test
	void opensSoonIsBetterThanLater() {
		Instant sundayEvening = ZonedDateTime.of(2026, 11, 22, 20, 0, 0, 0, PARIS).toInstant();
		MatchResult r = match(ADULT, sundayEvening, service("Lundi matin").build());
		assertThat(r.excluded()).as("closed on Sunday evening").hasSize(1);
		MatchResult now = Matcher.match(ADULT, Set.of(FOOD), null, sundayEvening, List.of(service("Lundi matin").build()));
		assertThat(now.results().get(0).reasons()).contains(RankReason.OPENS_SOON);
		assertThat(now.results().get(0).nextOpening()).isEqualTo(ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, PARIS));
	}

	@Test
	void distanceIsAGreatCircle() {
		// Lyon Part-Dieu to Villeurbanne town hall: about 1.8 km
		assertThat(Matcher.km(45.7606, 4.8592, 45.7667, 4.8803)).isBetween(1.7, 1.9);
		assertThat(Matcher.km(45.7578, 4.8320, 47.3769, 8.5417)).isBetween(330.0, 345.0);
	}

}
