package org.relais.subscription.billing;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.relais.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A subscription invoice as a one-page A4 PDF in the territory's default language: the issuer (the platform
 * operator), the territory as customer, one line "subscription, period: population × rate", the total and the
 * due date.
 */
@Component
public class InvoicePdf {

	private final MessageSource messages;

	private final String issuer;

	InvoicePdf(MessageSource messages, @Value("${relais.subscription.issuer-name:Relais}") String issuer) {
		this.messages = messages;
		this.issuer = issuer;
	}

	public byte[] render(SubscriptionInvoice invoice, TerritorySubscription subscription, TerritorySummary territory) {
		Locale locale = Locale.forLanguageTag(territory.defaultLanguage());
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 20);
		Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 11);
		Font body = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 11);
		Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfWriter.getInstance(doc, out);
		String heading = text("subscription.invoice.pdf.title", locale, invoice.getNumber());
		doc.addTitle(heading);
		doc.addCreator(issuer);
		doc.open();
		doc.add(new Paragraph(heading, title));
		doc.add(new Paragraph(" ", body));
		PdfPTable parties = new PdfPTable(2);
		parties.setWidthPercentage(100);
		parties.addCell(block(text("subscription.invoice.pdf.issuer", locale), issuer, bold, body));
		parties.addCell(block(text("subscription.invoice.pdf.customer", locale), territory.name(locale.getLanguage()),
				bold, body));
		doc.add(parties);
		doc.add(new Paragraph(" ", body));
		doc.add(new Paragraph(text("subscription.invoice.pdf.issuedOn", locale, dates.format(invoice.getIssuedOn())),
				body));
		doc.add(new Paragraph(" ", body));
		String period = text("subscription.period.range", locale, dates.format(subscription.getPeriodStart()),
				dates.format(subscription.getPeriodEnd()));
		PdfPTable lines = new PdfPTable(new float[] { 4f, 1.4f });
		lines.setWidthPercentage(100);
		lines.addCell(cell(text("subscription.invoice.pdf.description", locale), bold, Element.ALIGN_LEFT));
		lines.addCell(cell(text("subscription.invoice.pdf.amount", locale), bold, Element.ALIGN_RIGHT));
		lines.addCell(cell(text("subscription.invoice.pdf.line", locale, period,
				Pricing.formatCount(subscription.getPopulation(), locale),
				Pricing.formatRate(subscription.getRate(), subscription.getCurrency(), locale)), body,
				Element.ALIGN_LEFT));
		String amount = pdfSafe(Pricing.format(invoice.getAmount(), invoice.getCurrency(), locale));
		lines.addCell(cell(amount, body, Element.ALIGN_RIGHT));
		lines.addCell(cell(text("subscription.invoice.pdf.total", locale), bold, Element.ALIGN_RIGHT));
		lines.addCell(cell(amount, bold, Element.ALIGN_RIGHT));
		doc.add(lines);
		doc.add(new Paragraph(" ", body));
		doc.add(new Paragraph(text("subscription.invoice.pdf.due", locale, dates.format(invoice.getDueOn())), bold));
		LocalDate paid = invoice.getPaidOn();
		if (paid != null) {
			doc.add(new Paragraph(text("subscription.invoice.pdf.paid", locale, dates.format(paid)), body));
		}
		doc.add(new Paragraph(" ", body));
		doc.add(new Paragraph(text("subscription.invoice.pdf.free", locale), body));
		doc.close();
		return out.toByteArray();
	}

	private PdfPCell block(String label, String value, Font bold, Font body) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.addElement(new Paragraph(label, bold));
		cell.addElement(new Paragraph(value, body));
		return cell;
	}

	private static PdfPCell cell(String text, Font font, int align) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(align);
		cell.setPadding(6);
		return cell;
	}

	/** A message; the narrow no-break space of French numbers is not in the PDF's Cp1252 font: a no-break space. */
	private String text(String key, Locale locale, Object... args) {
		return pdfSafe(messages.getMessage(key, args, locale));
	}

	static String pdfSafe(String s) {
		return s.replace('\u202F', '\u00A0');
	}

}
