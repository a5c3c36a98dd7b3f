package org.relais.referral.partner;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.relais.referral.LiaisonAnswer;
import org.relais.referral.ReferralSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable liaison form of a referral (OpenPDF, Helvetica in Cp1252, like the directory's service sheet), in
 * the receiving organisation's language: the service, the person's shared fields, the reason, how to reach the
 * person, the liaison form's answers, where the referral stands, who sent it and when the person consented.
 */
@Component
class LiaisonSheet {

	private final MessageSource messages;

	LiaisonSheet(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(LiaisonContent c, Locale locale, ZoneId zone) {
		ReferralSummary s = c.referral().summary();
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone);
		Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 16);
		Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 10);
		Font body = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 10);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4, 48, 48, 40, 40);
		try {
			PdfWriter.getInstance(doc, out);
			String name = s.serviceName(locale.getLanguage());
			doc.addTitle(msg("referral.pdf.title", locale, name));
			doc.open();
			doc.add(new Paragraph(msg("referral.pdf.title", locale, name), title));
			doc.add(new Paragraph(s.organisationName(), heading));
			doc.add(new Paragraph(msg("referral.pdf.sent", locale, s.senderName(), dates.format(s.sentAt())), body));
			doc.add(new Paragraph(msg("referral.pdf.status", locale, label("referral.status." + s.status(), locale)),
					body));
			if (s.refusalReason() != null) {
				line(doc, msg("referral.pdf.refusal", locale), label("referral.refusal." + s.refusalReason(), locale),
						heading, body, locale);
			}
			if (s.outcome() != null) {
				line(doc, msg("referral.pdf.outcome", locale), label("referral.outcome." + s.outcome(), locale),
						heading, body, locale);
			}
			section(doc, msg("referral.pdf.person", locale), heading);
			if (c.personGone()) {
				doc.add(new Paragraph(msg("referral.pdf.personGone", locale), body));
			}
			for (LiaisonContent.Field f : c.fields()) {
				line(doc, label("referral.referral.field." + f.field(), locale), f.value(), heading, body, locale);
			}
			section(doc, msg("referral.pdf.referral", locale), heading);
			line(doc, msg("referral.pdf.reason", locale), c.referral().reason(), heading, body, locale);
			if (c.referral().preferredContact() != null) {
				line(doc, msg("referral.pdf.contact", locale),
						label("referral.referral.contact." + c.referral().preferredContact(), locale), heading, body, locale);
			}
			line(doc, msg("referral.pdf.availability", locale), c.referral().availability(), heading, body, locale);
			if (!c.referral().answers().isEmpty()) {
				section(doc, msg("referral.pdf.answers", locale), heading);
				for (LiaisonAnswer a : c.referral().answers()) {
					line(doc, a.label(), answer(a, locale), heading, body, locale);
				}
			}
			section(doc, msg("referral.pdf.consent", locale), heading);
			doc.add(new Paragraph(c.consentGivenAt() == null ? msg("referral.pdf.consentUnknown", locale)
					: msg("referral.pdf.consentGiven", locale, dates.format(c.consentGivenAt())), body));
			doc.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private String answer(LiaisonAnswer a, Locale locale) {
		if ("YES_NO".equals(a.type()) && ("true".equals(a.value()) || "false".equals(a.value()))) {
			return msg("referral.pdf." + ("true".equals(a.value()) ? "yes" : "no"), locale);
		}
		return a.value();
	}

	private static void section(Document doc, String text, Font heading) throws DocumentException {
		Paragraph p = new Paragraph(text.toUpperCase(Locale.ROOT), heading);
		p.setSpacingBefore(12);
		doc.add(p);
	}

	private void line(Document doc, String label, String value, Font heading, Font body, Locale locale)
			throws DocumentException {
		if (value == null || value.isBlank()) {
			return;
		}
		Paragraph p = new Paragraph();
		p.add(new com.lowagie.text.Chunk(msg("referral.pdf.label", locale, label) + " ", heading));
		p.add(new com.lowagie.text.Chunk(value, body));
		doc.add(p);
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
