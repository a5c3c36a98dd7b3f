package org.relais.people.admin;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.relais.people.BeneficiaryRecord;
import org.relais.people.ConsentSummary;
import org.relais.people.PersonalDataSection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Everything held on a person (right of access): the record, the consents and the sections other modules
 * contribute through {@link PersonalDataSection}. The same sections make the JSON and the PDF.
 */
@Component
class PersonalDataExport {

	/** A titled section: a message key and its rows. */
	record Section(String key, List<Map<String, Object>> rows) {
	}

	private final ObjectProvider<PersonalDataSection> contributed;

	private final MessageSource messages;

	PersonalDataExport(ObjectProvider<PersonalDataSection> contributed, MessageSource messages) {
		this.contributed = contributed;
		this.messages = messages;
	}

	List<Section> sections(BeneficiaryRecord r, List<ConsentSummary> consents) {
		List<Section> sections = new ArrayList<>();
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", r.id().toString());
		record.put("firstName", r.firstName());
		record.put("lastName", r.lastName());
		record.put("pseudonym", r.pseudonym());
		record.put("birthDate", r.birthDate() == null ? null : r.birthDate().toString());
		record.put("birthYear", r.birthYear());
		record.put("postalCode", r.postalCode());
		record.put("communeCode", r.communeCode());
		record.put("phone", r.phone());
		record.put("email", r.email());
		record.put("languages", String.join(",", r.languages().stream().sorted().toList()));
		record.put("contactPreference", r.contactPreference().name());
		record.put("situations", String.join(",", r.situations().stream().sorted().toList()));
		record.put("maxDistanceKm", r.maxDistanceKm());
		record.put("remoteOk", r.remoteOk());
		record.put("notes", r.notes());
		record.put("createdAt", r.createdAt().toString());
		record.put("lastActivityAt", r.lastActivityAt().toString());
		sections.add(new Section("people.export.record", List.of(record)));
		List<Map<String, Object>> consentRows = new ArrayList<>();
		for (ConsentSummary c : consents) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("purpose", c.purpose());
			row.put("method", c.method().name());
			row.put("givenAt", c.givenAt().toString());
			row.put("withdrawnAt", c.withdrawnAt() == null ? null : c.withdrawnAt().toString());
			consentRows.add(row);
		}
		sections.add(new Section("people.export.consents", consentRows));
		contributed.orderedStream()
			.forEach(s -> sections.add(new Section(s.key(), s.rows(r.territoryId(), r.id()))));
		return sections;
	}

	Map<String, Object> json(List<Section> sections, UUID territoryId, java.time.Instant at) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("territoryId", territoryId.toString());
		out.put("exportedAt", at.toString());
		Map<String, Object> bySection = new LinkedHashMap<>();
		for (Section s : sections) {
			bySection.put(s.key(), s.rows());
		}
		out.put("sections", bySection);
		return out;
	}

	byte[] pdf(List<Section> sections, String name, java.time.Instant at, Locale locale) {
		Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 16);
		Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 11);
		Font body = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 9);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4, 40, 40, 36, 36);
		PdfWriter.getInstance(doc, out);
		doc.addTitle(msg("people.export.title", locale, name));
		doc.open();
		doc.add(new Paragraph(msg("people.export.title", locale, name), title));
		doc.add(new Paragraph(msg("people.export.generated", locale,
				DateTimeFormatter.ISO_LOCAL_DATE.format(at.atOffset(ZoneOffset.UTC))), body));
		for (Section s : sections) {
			Paragraph h = new Paragraph(msg(s.key(), locale), heading);
			h.setSpacingBefore(12);
			doc.add(h);
			if (s.rows().isEmpty()) {
				doc.add(new Paragraph(msg("people.export.empty", locale), body));
			}
			for (Map<String, Object> row : s.rows()) {
				StringBuilder b = new StringBuilder();
				row.forEach((k, v) -> {
					if (v != null && !v.toString().isEmpty()) {
						b.append(messages.getMessage("people.export.field." + k, null, k, locale)).append(": ").append(v).append('\n');
					}
				});
				Paragraph p = new Paragraph(b.toString().strip(), body);
				p.setSpacingBefore(4);
				doc.add(p);
			}
		}
		doc.close();
		return out.toByteArray();
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
