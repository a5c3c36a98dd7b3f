package org.relais.directory.exchange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reader makes of a file: plain values, not yet checked. Texts are keyed by language; a language absent
 * from a map keeps the stored text, a blank one clears it.
 */
final class Drafts {

	private Drafts() {
	}

	/** An organisation as read. */
	static final class Organisation {

		String source;

		String externalId;

		Map<String, String> name = new LinkedHashMap<>();

		Map<String, String> description = new LinkedHashMap<>();

		String legalId;

		String legalIdScheme;

		String kind;

		String website;

		String email;

		String phone;

		/** Locations of the organisation not tied to one of its services in the file. */
		List<Location> locations = new ArrayList<>();

	}

	/** A weekly opening slot as read (may close before it opens: that is checked later). */
	record Slot(DayOfWeek day, LocalTime opens, LocalTime closes) {
	}

	/** An exception to the weekly hours as read. */
	record Exception(LocalDate from, LocalDate to, boolean closed, LocalTime opens, LocalTime closes, String note) {
	}

	/** A location as read. */
	static final class Location {

		String source;

		String externalId;

		String name;

		String address;

		String postalCode;

		String city;

		String areaCode;

		String country;

		Double latitude;

		Double longitude;

		String accessNotes;

		/** Null: the file does not say. */
		Boolean closedOnHolidays;

		/** Null: the file says nothing about hours (stored hours are kept). */
		List<Slot> weekly;

		List<Exception> exceptions;

	}

	/** A service as read. */
	static final class Service {

		String source;

		String externalId;

		String organisationSource;

		String organisationExternalId;

		Map<String, String> name = new LinkedHashMap<>();

		Map<String, String> summary = new LinkedHashMap<>();

		Map<String, String> description = new LinkedHashMap<>();

		Set<String> needs = new LinkedHashSet<>();

		Set<String> serviceTypes = new LinkedHashSet<>();

		Set<String> publics = new LinkedHashSet<>();

		Boolean publicsReserved;

		Integer minAge;

		Integer maxAge;

		/** Zone codes as read (INSEE commune/EPCI/département, BFS…, {@code france}); null: whole territory. */
		List<String> zoneCodes;

		Boolean feesFree;

		String feesDetails;

		/** Codes of the global list of access conditions; null: the file does not say (stored ones are kept). */
		Set<String> prerequisites;

		String prerequisitesOther;

		/** Codes of the global list of documents to bring; null: the file does not say. */
		Set<String> documents;

		String documentsOther;

		Set<String> mobilisation = new LinkedHashSet<>();

		Set<String> mobilisers = new LinkedHashSet<>();

		String mobilisationLink;

		String email;

		String phone;

		Set<String> receptionModes = new LinkedHashSet<>();

		Set<String> languages = new LinkedHashSet<>();

		Set<String> accessibility = new LinkedHashSet<>();

		String contactName;

		String contactEmail;

		String contactPhone;

		Boolean contactPublic;

		/** {@code active}, {@code inactive}, {@code defunct}, {@code temporarily closed}, or a Relais status. */
		String status;

		LocalDate assuredOn;

		String assuredBy;

		List<Location> locations = new ArrayList<>();

		/** HSDS taxonomy terms, mapped onto the vocabularies by their code or name when they match one. */
		List<Term> terms = new ArrayList<>();

	}

	/** A taxonomy term of an HSDS file: its taxonomy's name, its code and its name. */
	record Term(String taxonomy, String code, String name) {
	}

}
