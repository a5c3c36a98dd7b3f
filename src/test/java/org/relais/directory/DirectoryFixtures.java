package org.relais.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.relais.directory.domain.Location;
import org.relais.directory.domain.LocationRepository;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.Organisation;
import org.relais.directory.domain.OrganisationRepository;
import org.relais.directory.domain.OrganisationStatus;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.ServiceRepository;
import org.relais.directory.domain.ServiceStatus;
import org.relais.directory.domain.WeeklySlot;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Directory test data with unique names, saved through the repositories in their own transactions. */
@Component
public class DirectoryFixtures {

	private final OrganisationRepository organisations;

	private final ServiceRepository services;

	private final LocationRepository locations;

	private final TransactionTemplate tx;

	public DirectoryFixtures(OrganisationRepository organisations, ServiceRepository services,
			LocationRepository locations, TransactionTemplate tx) {
		this.organisations = organisations;
		this.services = services;
		this.locations = locations;
		this.tx = tx;
	}

	public static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 6);
	}

	public Organisation organisation(UUID territoryId, String language, String name) {
		return tx.execute(t -> {
			Organisation o = new Organisation(null, territoryId, LocalizedText.of(language, name), Instant.now());
			o.setStatus(OrganisationStatus.ACTIVE);
			return organisations.save(o);
		});
	}

	/** A location open Monday to Friday 09:00–12:00 and 14:00–17:00. */
	public Location location(Organisation o, String country, String postalCode, String city, double lat, double lon) {
		return tx.execute(t -> {
			Location l = new Location(null, o.getTerritoryId(), o.getId(), country, Instant.now());
			l.setName(city + " " + postalCode);
			l.setAddress("1 rue de test");
			l.setPostalCode(postalCode);
			l.setCity(city);
			l.setCoordinates(lat, lon);
			for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
					DayOfWeek.FRIDAY)) {
				l.getWeekly().add(new WeeklySlot(d, LocalTime.of(9, 0), LocalTime.of(12, 0)));
				l.getWeekly().add(new WeeklySlot(d, LocalTime.of(14, 0), LocalTime.of(17, 0)));
			}
			return locations.save(l);
		});
	}

	/** A published service of the organisation, at the given locations, customised by {@code edit}. */
	public Service service(Organisation o, String language, String name, Set<String> needs, List<Location> at,
			Consumer<Service> edit) {
		return tx.execute(t -> {
			Organisation org = organisations.findById(o.getId()).orElseThrow();
			Service s = new Service(null, org, LocalizedText.of(language, name), Instant.now());
			s.setNeeds(needs);
			s.setStatus(ServiceStatus.PUBLISHED, null);
			s.assure(null, "test", Instant.now());
			for (Location l : at) {
				s.getLocations().add(locations.findById(l.getId()).orElseThrow());
			}
			edit.accept(s);
			return services.save(s);
		});
	}

}
