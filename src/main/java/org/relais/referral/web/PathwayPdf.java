package org.relais.referral.web;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.relais.people.BeneficiaryRecord;
import org.relais.referral.PathwayEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The pathway as a PDF the person can take (right of access), in the language they read. */
@Component
class PathwayPdf {

	private final MessageSource messages;

	private final Clock clock;

	PathwayPdf(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	byte[] render(BeneficiaryRecord person, List<PathwayEntry> entries, ZoneId zone, Locale locale) throws Exception {
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone);
		Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 16);
		Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 10);
		Font body = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 9);
		Font small = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 7);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4, 40, 40, 36, 36);
		PdfWriter.getInstance(doc, out);
		String name = PathwayView.name(person);
		doc.addTitle(msg("referral.pathway.pdf.title", locale, name));
		doc.open();
		doc.add(new Paragraph(msg("referral.pathway.pdf.title", locale, name), title));
		Paragraph intro = new Paragraph(msg("referral.pathway.pdf.intro", locale), body);
		intro.setSpacingAfter(10);
		doc.add(intro);
		if (entries.isEmpty()) {
			doc.add(new Paragraph(msg("referral.pathway.empty", locale), body));
		}
		for (PathwayEntry e : entries) {
			Paragraph line = new Paragraph(date.format(e.at()) + " — "
					+ messages.getMessage(e.titleKey(), e.titleArgs().toArray(), e.titleKey(), locale), heading);
			line.setSpacingBefore(6);
			doc.add(line);
			if (e.detailKey() != null) {
				doc.add(new Paragraph(messages.getMessage(e.detailKey(), null, e.detailKey(), locale), body));
			}
			if (e.text() != null && !e.text().isBlank()) {
				doc.add(new Paragraph(e.text(), body));
			}
		}
		Paragraph foot = new Paragraph(msg("referral.pathway.pdf.footer", locale, date.format(clock.instant())), small);
		foot.setAlignment(Element.ALIGN_RIGHT);
		foot.setSpacingBefore(12);
		doc.add(foot);
		doc.close();
		return out.toByteArray();
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
