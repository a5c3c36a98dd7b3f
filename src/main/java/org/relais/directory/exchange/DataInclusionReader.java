package org.relais.directory.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * data·inclusion v1: one object {@code {"structures": […], "services": […]}} whose items follow the schema's
 * structure.json and service.json. Structures become organisations, with their address as a location; services
 * keep their codes (thematiques, publics, types, frais, modes…: Relais' own), their zone of eligibility and their
 * {@code horaires_accueil} (OpenStreetMap opening hours) at their address, or at their structure's.
 */
final class DataInclusionReader implements RecordReader {

	private final JsonMapper json = JsonMapper.builder().build();

	@Override
	public void read(InputStream in, Context context, Consumer<ImportRecord> sink) throws IOException {
		JsonNode root;
		try {
			root = json.readTree(in);
		}
		catch (JacksonException ex) {
			throw new UnreadableFileException("directory.imports.error.badJson", ex.getOriginalMessage());
		}
		if (root == null || !root.isObject() || !root.path("structures").isArray() && !root.path("services").isArray()) {
			throw new UnreadableFileException("directory.imports.error.notDataInclusion");
		}
		int position = 0;
		Map<String, Drafts.Location> structurePlaces = new HashMap<>();
		for (JsonNode n : root.path("structures")) {
			ImportRecord r = ImportRecord.organisation(++position, structure(n, context, structurePlaces));
			String hours = HsdsReader.text(n, "horaires_accueil");
			Drafts.Location place = structurePlaces.get(r.organisation.externalId);
			if (hours != null && place != null) {
				try {
					OpeningHours.Parsed parsed = OpeningHours.parse(hours);
					place.weekly = parsed.slots();
					place.closedOnHolidays = parsed.closedOnHolidays();
				}
				catch (IllegalArgumentException ex) {
					r.warning("directory.imports.warning.hoursUnread", hours);
				}
			}
			sink.accept(r);
		}
		for (JsonNode n : root.path("services")) {
			List<ImportMessage> warnings = new ArrayList<>();
			Drafts.Service s = service(n, context, structurePlaces, warnings);
			ImportRecord r = ImportRecord.service(++position, s, null);
			r.warnings.addAll(warnings);
			sink.accept(r);
		}
	}

	private Drafts.Organisation structure(JsonNode n, Context context, Map<String, Drafts.Location> places) {
		Drafts.Organisation o = new Drafts.Organisation();
		o.source = ExchangeSources.DATA_INCLUSION;
		o.externalId = HsdsReader.text(n, "id");
		o.name.put("fr", HsdsReader.text(n, "nom"));
		o.description.put("fr", HsdsReader.text(n, "description"));
		String siret = HsdsReader.text(n, "siret");
		o.legalId = siret;
		o.legalIdScheme = siret == null ? null : "SIRET";
		o.website = HsdsReader.text(n, "site_web");
		o.email = HsdsReader.text(n, "courriel");
		o.phone = HsdsReader.text(n, "telephone");
		Drafts.Location place = place(n, "structure:" + o.externalId, context);
		if (place != null) {
			o.locations.add(place);
			places.put(o.externalId, place);
		}
		return o;
	}

	/** The address of a structure or service as a location, or null when it has none. */
	private Drafts.Location place(JsonNode n, String externalId, Context context) {
		String address = HsdsReader.text(n, "adresse");
		String commune = HsdsReader.text(n, "commune");
		boolean coordinates = n.path("latitude").isNumber() && n.path("longitude").isNumber();
		if (address == null && commune == null && !coordinates) {
			return null;
		}
		Drafts.Location l = new Drafts.Location();
		l.source = ExchangeSources.DATA_INCLUSION;
		l.externalId = externalId;
		String complement = HsdsReader.text(n, "complement_adresse");
		l.address = address == null ? complement : complement == null ? address : address + ", " + complement;
		l.postalCode = HsdsReader.text(n, "code_postal");
		l.city = commune;
		l.areaCode = HsdsReader.text(n, "code_insee");
		l.country = "FR";
		if (coordinates) {
			l.latitude = n.get("latitude").asDouble();
			l.longitude = n.get("longitude").asDouble();
		}
		l.name = HsdsReader.text(n, "nom");
		return l;
	}

	private Drafts.Service service(JsonNode n, Context context, Map<String, Drafts.Location> structurePlaces,
			List<ImportMessage> warnings) {
		Drafts.Service s = new Drafts.Service();
		s.source = ExchangeSources.DATA_INCLUSION;
		s.externalId = HsdsReader.text(n, "id");
		s.organisationSource = ExchangeSources.DATA_INCLUSION;
		s.organisationExternalId = HsdsReader.text(n, "structure_id");
		s.name.put("fr", HsdsReader.text(n, "nom"));
		s.description.put("fr", HsdsReader.text(n, "description"));
		codes(n, "thematiques", s.needs);
		codes(n, "publics", s.publics);
		codes(n, "modes_accueil", s.receptionModes);
		codes(n, "modes_mobilisation", s.mobilisation);
		codes(n, "mobilisable_par", s.mobilisers);
		String type = HsdsReader.text(n, "type");
		if (type != null) {
			s.serviceTypes.add(type);
		}
		String frais = HsdsReader.text(n, "frais");
		if (frais != null) {
			switch (frais) {
				case "gratuit" -> s.feesFree = true;
				case "payant" -> s.feesFree = false;
				default -> s.terms.add(new Drafts.Term("frais", frais, null));
			}
		}
		s.feesDetails = HsdsReader.text(n, "frais_precisions");
		s.prerequisitesOther = HsdsReader.text(n, "conditions_acces");
		String publicsDetails = HsdsReader.text(n, "publics_precisions");
		if (publicsDetails != null) {
			s.prerequisitesOther = s.prerequisitesOther == null ? publicsDetails
					: s.prerequisitesOther + "\n" + publicsDetails;
		}
		s.mobilisationLink = HsdsReader.text(n, "lien_mobilisation");
		s.email = HsdsReader.text(n, "courriel");
		s.phone = HsdsReader.text(n, "telephone");
		s.contactName = HsdsReader.text(n, "contact_nom_prenom");
		if (n.path("zone_eligibilite").isArray()) {
			List<String> zone = new ArrayList<>();
			n.get("zone_eligibilite").forEach(z -> zone.add(z.asString()));
			s.zoneCodes = zone;
		}
		String date = HsdsReader.text(n, "date_maj");
		if (date != null) {
			try {
				s.assuredOn = LocalDate.parse(date);
				s.assuredBy = "data·inclusion";
			}
			catch (DateTimeParseException ex) {
				warnings.add(ImportMessage.of("directory.imports.warning.badDate", "date_maj", date));
			}
		}
		Drafts.Location place = place(n, "service:" + s.externalId, context);
		if (place == null && structurePlaces.containsKey(s.organisationExternalId)
				&& (s.receptionModes.isEmpty() || s.receptionModes.contains("en-presentiel"))) {
			Drafts.Location shared = structurePlaces.get(s.organisationExternalId);
			place = shared;
		}
		String hours = HsdsReader.text(n, "horaires_accueil");
		if (hours != null) {
			try {
				OpeningHours.Parsed parsed = OpeningHours.parse(hours);
				if (place == null) {
					warnings.add(ImportMessage.of("directory.imports.warning.hoursWithoutPlace", hours));
				}
				else {
					if (place == structurePlaces.get(s.organisationExternalId)) {
						place = copy(place, "service:" + s.externalId);
					}
					place.weekly = parsed.slots();
					place.closedOnHolidays = parsed.closedOnHolidays();
				}
			}
			catch (IllegalArgumentException ex) {
				warnings.add(ImportMessage.of("directory.imports.warning.hoursUnread", hours));
			}
		}
		if (place != null) {
			s.locations.add(place);
		}
		return s;
	}

	/** A service's own copy of its structure's place, when the service has hours of its own there. */
	private static Drafts.Location copy(Drafts.Location p, String externalId) {
		Drafts.Location l = new Drafts.Location();
		l.source = p.source;
		l.externalId = externalId;
		l.name = p.name;
		l.address = p.address;
		l.postalCode = p.postalCode;
		l.city = p.city;
		l.areaCode = p.areaCode;
		l.country = p.country;
		l.latitude = p.latitude;
		l.longitude = p.longitude;
		return l;
	}

	private static void codes(JsonNode n, String field, Collection<String> into) {
		for (JsonNode v : n.path(field)) {
			if (v.isString() && !v.asString().isBlank()) {
				into.add(v.asString().strip());
			}
		}
	}

}
