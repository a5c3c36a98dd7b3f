package org.relais.directory.search;

import java.time.DayOfWeek;
import java.util.LinkedHashSet;
import java.util.Set;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.IndexObjectFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaObjectField;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.relais.directory.domain.LocalizedText;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.WeeklySlot;

/**
 * How a service goes into the search index: its texts (and its organisation's name) analysed in each of the four
 * languages, its codes as facetable keywords, its locations as geo points and postal codes, its weekly slots as
 * nested (day, minute range) objects for "open now" and "open on a day", and what sorting by name or freshness
 * needs. Changes of the organisation or of a location reindex the services concerned explicitly
 * ({@link DirectoryIndex#reindexServicesOf}).
 */
public class ServiceIndexBinder implements TypeBinder {

	static final String[] LANGUAGES = { "fr", "de", "it", "en" };

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies()
			.use("name")
			.use("summary")
			.use("description")
			.use("needs")
			.use("serviceTypes")
			.use("publics")
			.use("minAge")
			.use("maxAge")
			.use("zoneWholeTerritory")
			.use("zoneAreas")
			.use("feesFree")
			.use("receptionModes")
			.use("languages")
			.use("accessibility")
			.use("status")
			.use("saturation")
			.use("verifyBy")
			.use("updatedAt");
		IndexSchemaElement schema = context.indexSchemaElement();
		IndexFieldTypeFactory f = context.typeFactory();
		Fields fields = new Fields();
		for (int i = 0; i < LANGUAGES.length; i++) {
			fields.text[i] = schema.field("text_" + LANGUAGES[i], f.asString().analyzer(LANGUAGES[i])).toReference();
			fields.names[i] = schema.field("name_" + LANGUAGES[i], f.asString().analyzer(LANGUAGES[i])).toReference();
		}
		fields.neutral = schema.field("text_neutral", f.asString().analyzer("neutral")).toReference();
		fields.sortName = schema.field("sort_name", f.asString().normalizer("sort").sortable(Sortable.YES)).toReference();
		fields.territory = schema.field("territory", f.asString()).multiValued().toReference();
		fields.need = keyword(schema, f, "need");
		fields.category = keyword(schema, f, "need_category");
		fields.publics = keyword(schema, f, "public");
		fields.type = keyword(schema, f, "service_type");
		fields.fees = keyword(schema, f, "fees");
		fields.reception = keyword(schema, f, "reception");
		fields.language = keyword(schema, f, "language");
		fields.accessibility = keyword(schema, f, "accessibility");
		fields.saturation = keyword(schema, f, "saturation");
		fields.status = schema.field("status", f.asString()).toReference();
		fields.orgStatus = schema.field("org_status", f.asString()).toReference();
		fields.organisation = schema.field("organisation", f.asString()).toReference();
		fields.zone = schema.field("zone", f.asString()).multiValued().toReference();
		fields.postalCode = schema.field("postal_code", f.asString()).multiValued().toReference();
		fields.minAge = schema.field("min_age", f.asInteger()).toReference();
		fields.maxAge = schema.field("max_age", f.asInteger()).toReference();
		fields.verifyBy = schema.field("verify_by", f.asLong().sortable(Sortable.YES)).toReference();
		fields.updatedAt = schema.field("updated_at", f.asLong().sortable(Sortable.YES)).toReference();
		fields.geo = schema.field("geo", f.asGeoPoint().sortable(Sortable.YES).projectable(Projectable.YES))
			.multiValued()
			.toReference();
		fields.serviceId = schema.field("service_id", f.asString().projectable(Projectable.YES)).toReference();
		IndexSchemaObjectField slot = schema.objectField("slot", ObjectStructure.NESTED).multiValued();
		fields.slotDay = slot.field("day", f.asInteger()).toReference();
		fields.slotFrom = slot.field("from", f.asInteger()).toReference();
		fields.slotTo = slot.field("to", f.asInteger()).toReference();
		fields.slot = slot.toReference();
		context.bridge(Service.class, new Bridge(fields));
	}

	private static IndexFieldReference<String> keyword(IndexSchemaElement schema, IndexFieldTypeFactory f,
			String name) {
		return schema.field(name, f.asString().aggregable(Aggregable.YES).searchable(Searchable.YES))
			.multiValued()
			.toReference();
	}

	static final class Fields {

		@SuppressWarnings("unchecked")
		final IndexFieldReference<String>[] text = new IndexFieldReference[4];

		@SuppressWarnings("unchecked")
		final IndexFieldReference<String>[] names = new IndexFieldReference[4];

		IndexFieldReference<String> neutral, sortName, territory, need, category, publics, type, fees, reception,
				language, accessibility, saturation, status, orgStatus, organisation, zone, postalCode, serviceId;

		IndexFieldReference<Integer> minAge, maxAge, slotDay, slotFrom, slotTo;

		IndexFieldReference<Long> verifyBy, updatedAt;

		IndexFieldReference<GeoPoint> geo;

		IndexObjectFieldReference slot;

	}

	static final class Bridge implements TypeBridge<Service> {

		private final Fields fields;

		Bridge(Fields fields) {
			this.fields = fields;
		}

		@Override
		public void write(DocumentElement doc, Service s, TypeBridgeWriteContext context) {
			LocalizedText orgName = s.getOrganisation().getName();
			String anyName = s.getName().get("fr", null);
			for (int i = 0; i < LANGUAGES.length; i++) {
				String l = LANGUAGES[i];
				String name = s.getName().exactly(l);
				String text = join(name, s.getSummary().exactly(l), s.getDescription().exactly(l), orgName.exactly(l));
				if (text != null) {
					doc.addValue(fields.text[i], text);
				}
				if (name != null) {
					doc.addValue(fields.names[i], name);
				}
			}
			doc.addValue(fields.neutral, join(anyName, orgName.get("fr", null)));
			doc.addValue(fields.sortName, anyName == null ? "" : anyName);
			doc.addValue(fields.serviceId, s.getId().toString());
			doc.addValue(fields.territory, s.getTerritoryId().toString());
			for (String t : s.getOrganisation().getWorkTerritories()) {
				doc.addValue(fields.territory, t);
			}
			Set<String> categories = new LinkedHashSet<>();
			for (String need : s.getNeeds()) {
				doc.addValue(fields.need, need);
				int cut = need.indexOf("--");
				categories.add(cut > 0 ? need.substring(0, cut) : need);
			}
			categories.forEach(c -> doc.addValue(fields.category, c));
			s.getPublics().forEach(v -> doc.addValue(fields.publics, v));
			s.getServiceTypes().forEach(v -> doc.addValue(fields.type, v));
			doc.addValue(fields.fees, s.getFeesFree() == null ? "unknown" : s.getFeesFree() ? "gratuit" : "payant");
			s.getReceptionModes().forEach(v -> doc.addValue(fields.reception, v));
			s.getLanguages().forEach(v -> doc.addValue(fields.language, v));
			s.getAccessibility().forEach(v -> doc.addValue(fields.accessibility, v));
			doc.addValue(fields.saturation, s.getSaturation().level().name());
			doc.addValue(fields.status, s.getStatus().name());
			doc.addValue(fields.orgStatus, s.getOrganisation().getStatus().name());
			doc.addValue(fields.organisation, s.getOrganisation().getId().toString());
			if (s.isZoneWholeTerritory()) {
				doc.addValue(fields.zone, "*");
			}
			s.getZoneAreas().forEach(v -> doc.addValue(fields.zone, v));
			doc.addValue(fields.minAge, s.getMinAge() == null ? 0 : s.getMinAge());
			doc.addValue(fields.maxAge, s.getMaxAge() == null ? 200 : s.getMaxAge());
			doc.addValue(fields.verifyBy, s.getVerifyBy() == null ? 0L : s.getVerifyBy().toEpochMilli());
			doc.addValue(fields.updatedAt, s.getUpdatedAt().toEpochMilli());
			for (Location l : s.getLocations()) {
				if (l.hasCoordinates()) {
					doc.addValue(fields.geo, GeoPoint.of(l.getLatitude(), l.getLongitude()));
				}
				if (l.getPostalCode() != null) {
					doc.addValue(fields.postalCode, l.getPostalCode());
				}
				for (WeeklySlot w : l.getWeekly()) {
					DocumentElement slot = doc.addObject(fields.slot);
					slot.addValue(fields.slotDay, w.day().getValue());
					slot.addValue(fields.slotFrom, minutes(w.opens()));
					slot.addValue(fields.slotTo, minutes(w.closes()));
				}
			}
		}

		private static int minutes(java.time.LocalTime t) {
			return t.getHour() * 60 + t.getMinute();
		}

		private static String join(String... parts) {
			StringBuilder b = new StringBuilder();
			for (String p : parts) {
				if (p != null && !p.isBlank()) {
					if (!b.isEmpty()) {
						b.append('\n');
					}
					b.append(p);
				}
			}
			return b.isEmpty() ? null : b.toString();
		}

	}

	static int day(DayOfWeek d) {
		return d.getValue();
	}

}
