package org.relais.devices.web;

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
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.relais.devices.stock.Device;
import org.relais.devices.stock.Donation;
import org.relais.devices.stock.ErasureMethod;
import org.relais.devices.stock.ErasureRecord;
import org.relais.territory.TerritorySummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The documents the programme gives a donor, in the donor's language: the donation receipt (its devices with their
 * asset tags and serials) and the data erasure certificate of a device. OpenPDF, Helvetica in Cp1252.
 */
@Component
class StockDocumentsPdf {

	private final MessageSource messages;

	private final Clock clock;

	StockDocumentsPdf(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	byte[] receipt(Donation donation, List<Device> devices, TerritorySummary territory, Locale locale) {
		Page page = new Page(territory, locale);
		String title = msg("devices.donation.receipt.title", locale);
		page.open(title, msg("devices.donation.receipt.number", locale, donation.getReference()));
		PdfPTable facts = page.facts();
		page.fact(facts, msg("devices.donation.receivedOn", locale), page.date.format(donation.getReceivedOn()));
		page.fact(facts, msg("devices.donation.donor", locale), donation.getDonorName() + " ("
				+ msg("devices.donation.kind." + donation.getDonorKind().name(), locale) + ")");
		page.add(facts);
		page.text(msg("devices.donation.receipt.thanks", locale, devices.size()));
		if (!devices.isEmpty()) {
			PdfPTable table = new PdfPTable(new float[] { 1.2f, 1f, 2.2f, 1.6f });
			table.setWidthPercentage(100);
			table.setSpacingBefore(8);
			table.setHeaderRows(1);
			for (String head : List.of("devices.stock.assetTag", "devices.stock.type", "devices.stock.model",
					"devices.stock.serial")) {
				page.cell(table, msg(head, locale), page.heading);
			}
			for (Device d : devices) {
				page.cell(table, d.getAssetTag(), page.body);
				page.cell(table, msg("devices.type." + d.getDeviceType().name(), locale), page.body);
				page.cell(table, d.getBrand() + " " + d.getModel(), page.body);
				page.cell(table, d.getSerialNumber(), page.body);
			}
			page.add(table);
		}
		page.text(msg("devices.donation.receipt.erasure", locale));
		return page.close();
	}

	byte[] certificate(Device device, ErasureRecord erasure, Donation donation, TerritorySummary territory,
			Locale locale) {
		Page page = new Page(territory, locale);
		page.open(msg("devices.erasure.certificate.title", locale),
				msg("devices.erasure.certificate.number", locale, erasure.getCertificateNumber()));
		page.text(msg("devices.erasure.certificate.statement", locale, territory.name(page.language)));
		PdfPTable facts = page.facts();
		page.fact(facts, msg("devices.stock.assetTag", locale), device.getAssetTag());
		page.fact(facts, msg("devices.erasure.certificate.device", locale),
				msg("devices.type." + device.getDeviceType().name(), locale) + " · " + device.getBrand() + " "
						+ device.getModel());
		page.fact(facts, msg("devices.stock.serial", locale), device.getSerialNumber());
		if (donation != null) {
			page.fact(facts, msg("devices.donation.donor", locale),
					donation.getDonorName() + " (" + donation.getReference() + ")");
		}
		String method = msg("devices.erasure.method." + erasure.getMethod().name(), locale);
		if (erasure.getMethod() == ErasureMethod.OVERWRITE && erasure.getPasses() != null) {
			method = method + " · " + msg("devices.erasure.passesCount", locale, erasure.getPasses());
		}
		page.fact(facts, msg("devices.erasure.method", locale), method);
		page.fact(facts, msg("devices.erasure.tool", locale), erasure.getTool());
		page.fact(facts, msg("devices.erasure.erasedOn", locale), page.date.format(erasure.getErasedOn()));
		page.fact(facts, msg("devices.erasure.operator", locale), erasure.getOperatorName());
		page.fact(facts, msg("devices.erasure.verified", locale), erasure.isVerified()
				? msg("devices.erasure.verifiedBy", locale, erasure.getVerifiedBy())
				: msg("devices.erasure.notVerified", locale));
		page.add(facts);
		return page.close();
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** One A4 document with the programme's heading and an "issued on" footer. */
	private final class Page {

		final Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 16);

		final Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 9);

		final Font body = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 9);

		final Font small = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 7);

		final DateTimeFormatter date;

		final String language;

		private final TerritorySummary territory;

		private final Locale locale;

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		private final Document doc = new Document(PageSize.A4, 50, 50, 46, 46);

		Page(TerritorySummary territory, Locale locale) {
			this.territory = territory;
			this.locale = locale;
			this.language = locale.getLanguage();
			this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
			PdfWriter.getInstance(doc, out);
		}

		void open(String heading, String number) {
			doc.addTitle(heading);
			doc.open();
			add(new Paragraph(msg("devices.stock.documents.issuer", locale, territory.name(language)), small));
			Paragraph t = new Paragraph(heading, title);
			t.setSpacingBefore(6);
			add(t);
			Paragraph n = new Paragraph(number, this.heading);
			n.setSpacingAfter(10);
			add(n);
		}

		PdfPTable facts() {
			PdfPTable table = new PdfPTable(new float[] { 1f, 2.4f });
			table.setWidthPercentage(100);
			table.setSpacingBefore(6);
			table.setSpacingAfter(6);
			return table;
		}

		void fact(PdfPTable table, String label, String value) {
			cell(table, label, heading);
			cell(table, value, body);
		}

		void cell(PdfPTable table, String text, Font font) {
			PdfPCell cell = new PdfPCell(new Phrase(text, font));
			cell.setBorder(Rectangle.BOTTOM);
			cell.setBorderColor(java.awt.Color.LIGHT_GRAY);
			cell.setPadding(4);
			table.addCell(cell);
		}

		void text(String text) {
			Paragraph p = new Paragraph(text, body);
			p.setSpacingBefore(6);
			add(p);
		}

		void add(Element element) {
			doc.add(element);
		}

		byte[] close() {
			Paragraph foot = new Paragraph(msg("devices.stock.documents.issuedOn", locale,
					date.format(clock.instant().atZone(ZoneId.of(territory.timeZone())))), small);
			foot.setAlignment(Element.ALIGN_RIGHT);
			foot.setSpacingBefore(14);
			add(foot);
			doc.close();
			return out.toByteArray();
		}

	}

}
