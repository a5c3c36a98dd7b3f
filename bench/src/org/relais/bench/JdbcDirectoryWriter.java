package org.relais.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.relais.bench.DirectoryGenerator.Loc;
import org.relais.bench.DirectoryGenerator.Org;
import org.relais.bench.DirectoryGenerator.Slot;
import org.relais.bench.DirectoryGenerator.Svc;

/**
 * Writes generated organisations straight into the directory tables of V1_4_0__directory.sql with JDBC batches
 * (one transaction per {@value #CHUNK} organisations): much faster than JPA for millions of rows, and the search
 * index is then built by the application's own mass indexer. Codes go in as {@code |a|b|} like CodeSetConverter
 * writes them. Locations shared by several services of an organisation are written once.
 */
final class JdbcDirectoryWriter implements AutoCloseable {

	static final String SOURCE = "relais-bench";

	private static final int CHUNK = 500;

	private final Connection connection;

	private final PreparedStatement org;

	private final PreparedStatement location;

	private final PreparedStatement slot;

	private final PreparedStatement service;

	private final PreparedStatement serviceLocation;

	private int pending;

	long organisations;

	long locations;

	long slots;

	long services;

	JdbcDirectoryWriter(DataSource dataSource) throws SQLException {
		connection = dataSource.getConnection();
		connection.setAutoCommit(false);
		org = connection.prepareStatement("insert into dir_organisation (id, territory_id, name_fr, name_de, "
				+ "description_fr, description_de, legal_id, legal_id_scheme, kind, website, email, phone, status, "
				+ "source, external_id, created_at, updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
		location = connection.prepareStatement("insert into dir_location (id, territory_id, organisation_id, name, "
				+ "address, postal_code, city, area_code, country, latitude, longitude, access_notes, closed_on_holidays, "
				+ "source, external_id, updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
		slot = connection.prepareStatement("insert into dir_location_slot (location_id, position, day_of_week, opens_at, "
				+ "closes_at) values (?,?,?,?,?)");
		service = connection.prepareStatement("insert into dir_service (id, territory_id, organisation_id, name_fr, "
				+ "name_de, name_en, summary_fr, summary_de, summary_en, description_fr, description_de, needs, "
				+ "service_types, publics, publics_reserved, min_age, max_age, zone_whole_territory, zone_areas, "
				+ "fees_free, fees_details, mobilisation, mobilisers, email, phone, reception_modes, languages, "
				+ "accessibility, contact_public, status, closed_until, saturation_level, places_available, "
				+ "places_maximum, places_unit, saturation_set_by_name, saturation_set_at, verification_months, "
				+ "assured_at, assured_by_name, verify_by, source, external_id, created_at, updated_at, version) "
				+ "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,false,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
		serviceLocation = connection
			.prepareStatement("insert into dir_service_location (service_id, location_id) values (?,?)");
	}

	void write(Org o) {
		try {
			add(o);
			if (++pending >= CHUNK) {
				flush();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot write organisation " + o.index(), ex);
		}
	}

	private void add(Org o) throws SQLException {
		boolean de = o.territory().language().equals("de");
		UUID territory = o.territory().id();
		int i = 1;
		org.setObject(i++, o.id());
		org.setObject(i++, territory);
		org.setString(i++, de ? null : o.name());
		org.setString(i++, de ? o.name() : null);
		org.setString(i++, de ? null : o.description());
		org.setString(i++, de ? o.description() : null);
		org.setString(i++, o.legalId());
		org.setString(i++, o.legalScheme());
		org.setString(i++, o.kind());
		org.setString(i++, o.website());
		org.setString(i++, o.email());
		org.setString(i++, o.phone());
		org.setString(i++, o.status());
		org.setString(i++, SOURCE);
		org.setString(i++, "org-" + o.index());
		org.setObject(i++, time(o.createdAt()));
		org.setObject(i++, time(o.createdAt()));
		org.addBatch();
		organisations++;
		int n = 0;
		for (Loc l : o.locations()) {
			i = 1;
			location.setObject(i++, l.id());
			location.setObject(i++, territory);
			location.setObject(i++, o.id());
			location.setString(i++, l.name());
			location.setString(i++, l.address());
			location.setString(i++, l.postalCode());
			location.setString(i++, l.city());
			location.setString(i++, l.areaCode());
			location.setString(i++, l.country());
			location.setDouble(i++, l.latitude());
			location.setDouble(i++, l.longitude());
			location.setString(i++, l.accessNotes());
			location.setBoolean(i++, l.closedOnHolidays());
			location.setString(i++, SOURCE);
			location.setString(i++, "loc-" + o.index() + "-" + n++);
			location.setObject(i++, time(o.createdAt()));
			location.addBatch();
			locations++;
			int position = 0;
			for (Slot s : l.slots()) {
				slot.setObject(1, l.id());
				slot.setInt(2, position++);
				slot.setString(3, s.day().name());
				slot.setObject(4, s.opens());
				slot.setObject(5, s.closes());
				slot.addBatch();
				slots++;
			}
		}
		for (Svc s : o.services()) {
			boolean sde = s.language().equals("de");
			i = 1;
			service.setObject(i++, s.id());
			service.setObject(i++, territory);
			service.setObject(i++, o.id());
			service.setString(i++, sde ? null : s.name());
			service.setString(i++, sde ? s.name() : null);
			service.setString(i++, s.nameEn());
			service.setString(i++, sde ? null : s.summary());
			service.setString(i++, sde ? s.summary() : null);
			service.setString(i++, s.summaryEn());
			service.setString(i++, sde ? null : s.description());
			service.setString(i++, sde ? s.description() : null);
			service.setString(i++, codes(s.needs()));
			service.setString(i++, codes(s.types()));
			service.setString(i++, codes(s.publics()));
			service.setBoolean(i++, s.publicsReserved());
			setInteger(service, i++, s.minAge());
			setInteger(service, i++, s.maxAge());
			service.setBoolean(i++, s.wholeTerritory());
			service.setString(i++, codes(s.zoneAreas()));
			if (s.feesFree() == null) {
				service.setNull(i++, Types.BOOLEAN);
			}
			else {
				service.setBoolean(i++, s.feesFree());
			}
			service.setString(i++, s.feesDetails());
			service.setString(i++, codes(s.mobilisation()));
			service.setString(i++, codes(s.mobilisers()));
			service.setString(i++, s.email());
			service.setString(i++, s.phone());
			service.setString(i++, codes(s.reception()));
			service.setString(i++, codes(s.languages()));
			service.setString(i++, codes(s.accessibility()));
			service.setString(i++, s.status());
			service.setObject(i++, s.status().equals("TEMPORARILY_CLOSED")
					? LocalDate.ofInstant(s.assuredAt(), ZoneOffset.UTC).plusDays(60) : null, Types.DATE);
			service.setString(i++, s.saturation());
			setInteger(service, i++, s.placesAvailable());
			setInteger(service, i++, s.placesMaximum());
			service.setString(i++, s.placesUnit());
			service.setString(i++, "Relais bench");
			service.setObject(i++, time(s.updatedAt()));
			service.setInt(i++, s.verificationMonths());
			service.setObject(i++, time(s.assuredAt()));
			service.setString(i++, "Relais bench");
			service.setObject(i++, time(s.verifyBy()));
			service.setString(i++, SOURCE);
			service.setString(i++, "svc-" + s.index());
			service.setObject(i++, time(s.createdAt()));
			service.setObject(i++, time(s.updatedAt()));
			service.addBatch();
			services++;
			for (Loc l : s.locations()) {
				serviceLocation.setObject(1, s.id());
				serviceLocation.setObject(2, l.id());
				serviceLocation.addBatch();
			}
		}
	}

	void flush() throws SQLException {
		org.executeBatch();
		location.executeBatch();
		slot.executeBatch();
		service.executeBatch();
		serviceLocation.executeBatch();
		connection.commit();
		pending = 0;
	}

	@Override
	public void close() throws SQLException {
		try {
			flush();
		}
		finally {
			connection.close();
		}
	}

	private static void setInteger(PreparedStatement st, int i, Integer value) throws SQLException {
		if (value == null) {
			st.setNull(i, Types.INTEGER);
		}
		else {
			st.setInt(i, value);
		}
	}

	private static OffsetDateTime time(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static String codes(Set<String> codes) {
		if (codes == null || codes.isEmpty()) {
			return null;
		}
		return codes.stream().sorted().collect(Collectors.joining("|", "|", "|"));
	}

}
