package org.relais.directory.web;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.jsoup.Jsoup;
import org.relais.directory.domain.ExceptionalHours;
import org.relais.directory.domain.Location;
import org.relais.directory.domain.Service;
import org.relais.directory.domain.Taxonomy;
import org.relais.directory.domain.WeeklySlot;
import org.relais.shared.Languages;
import org.relais.territory.TerritorySummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The printable one-page sheet of a service, in the reader's language (OpenPDF, Helvetica in Cp1252). */
@Component
class ServiceSheet {

	private final MessageSource messages;

	private final Taxonomy taxonomy;

	private final Clock clock;

	ServiceSheet(MessageSource messages, Taxonomy taxonomy, ObjectProvider<Clock> clock) {
		this.messages = messages;
		this.taxonomy = taxonomy;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	byte[] render(Service s, TerritorySummary territory, boolean professional, Locale locale) throws Exception {
		String lang = Languages.of(locale);
		String fallback = territory.defaultLanguage();
		ZoneId zone = ZoneId.of(territory.timeZone());
		DirectoryLabels labels = new DirectoryLabels(taxonomy, locale);
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 16);
		Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 10);
		Font body = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 9);
		Font small = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 7);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4, 40, 40, 36, 36);
		PdfWriter.getInstance(doc, out);
		doc.addTitle(s.getName().get(lang, fallback));
		doc.open();
		doc.add(new Paragraph(s.getName().get(lang, fallback), title));
		doc.add(new Paragraph(s.getOrganisation().getName().get(lang, fallback), heading));
		String summary = s.getSummary().get(lang, fallback);
		if (summary != null) {
			doc.add(new Paragraph(summary, body));
		}
		String description = s.getDescription().get(lang, fallback);
		if (description != null) {
			String text = Jsoup.parse(Markdown.toHtml(description)).text();
			doc.add(new Paragraph(text.length() > 900 ? text.substring(0, 899) + "…" : text, body));
		}
		section(doc, msg("directory.service.needs", locale), String.join(", ", labels.needs(s.getNeeds())), heading, body);
		if (!s.getPublics().isEmpty()) {
			section(doc, msg(s.isPublicsReserved() ? "directory.service.publicsReserved" : "directory.service.publicsPreferred", locale),
					String.join(", ", s.getPublics().stream().map(labels::audience).toList()), heading, body);
		}
		StringBuilder conditions = new StringBuilder();
		if (s.getMinAge() != null || s.getMaxAge() != null) {
			conditions.append(msg("directory.service.ages",
					locale, s.getMinAge() == null ? 0 : s.getMinAge(), s.getMaxAge() == null ? 130 : s.getMaxAge()))
				.append(". ");
		}
		if (s.getFeesFree() != null) {
			conditions.append(msg(s.getFeesFree() ? "directory.service.free" : "directory.service.paid", locale)).append(". ");
		}
		if (s.getFeesDetails() != null) {
			conditions.append(s.getFeesDetails()).append(". ");
		}
		List<String> prerequisites = labels.conditions(s.getPrerequisites(), s.getPrerequisitesOther(), false);
		if (!prerequisites.isEmpty()) {
			conditions.append(String.join(" ; ", prerequisites)).append('.');
		}
		if (!conditions.isEmpty()) {
			section(doc, msg("directory.service.conditions", locale), conditions.toString().strip(), heading, body);
		}
		List<String> documents = labels.conditions(s.getDocuments(), s.getDocumentsOther(), true);
		if (!documents.isEmpty()) {
			section(doc, msg("directory.service.documents", locale), String.join(" ; ", documents) + ".", heading,
					body);
		}
		for (Location l : s.getLocations()) {
			StringBuilder b = new StringBuilder();
			b.append(l.getName() == null ? "" : l.getName() + " — ");
			b.append(l.getAddress() == null ? "" : l.getAddress() + ", ");
			b.append(l.getPostalCode() == null ? "" : l.getPostalCode() + " ").append(l.getCity() == null ? "" : l.getCity());
			for (WeeklySlot w : l.getWeekly()) {
				b.append("\n").append(w.day().getDisplayName(TextStyle.FULL, locale)).append(" ")
					.append(w.opens()).append("–").append(w.closes());
			}
			for (ExceptionalHours e : l.getExceptions()) {
				if (!e.validTo().isBefore(LocalDate.now(clock.withZone(zone)))) {
					b.append("\n").append(date.format(e.validFrom())).append(" – ").append(date.format(e.validTo())).append(": ")
						.append(e.closed() ? msg("directory.service.closed", locale) : e.opens() + "–" + e.closes());
				}
			}
			if (l.getTemporaryMessage() != null) {
				b.append("\n").append(l.getTemporaryMessage());
			}
			section(doc, msg("directory.service.location", locale), b.toString(), heading, body);
		}
		StringBuilder contact = new StringBuilder();
		if (s.getPhone() != null) {
			contact.append(s.getPhone()).append("  ");
		}
		if (s.getEmail() != null) {
			contact.append(s.getEmail()).append("  ");
		}
		if (s.getMobilisationLink() != null) {
			contact.append(s.getMobilisationLink());
		}
		if ((professional || s.isContactPublic()) && s.getContactName() != null) {
			contact.append("\n").append(s.getContactName()).append(" ")
				.append(s.getContactPhone() == null ? "" : s.getContactPhone()).append(" ")
				.append(s.getContactEmail() == null ? "" : s.getContactEmail());
		}
		if (!contact.isEmpty()) {
			section(doc, msg("directory.service.contact", locale), contact.toString().strip(), heading, body);
		}
		section(doc, msg("directory.service.saturation", locale),
				msg("directory.saturation." + s.getSaturation().level().name(), locale), heading, body);
		Paragraph foot = new Paragraph(msg("directory.service.sheetFooter", locale,
				s.getAssuredAt() == null ? "—" : date.format(s.getAssuredAt().atZone(zone)),
				date.format(clock.instant().atZone(zone))), small);
		foot.setAlignment(Element.ALIGN_RIGHT);
		foot.setSpacingBefore(12);
		doc.add(foot);
		doc.close();
		return out.toByteArray();
	}

	private static void section(Document doc, String title, String text, Font heading, Font body) throws Exception {
		Paragraph h = new Paragraph(title, heading);
		h.setSpacingBefore(6);
		doc.add(h);
		doc.add(new Paragraph(text, body));
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}


}
