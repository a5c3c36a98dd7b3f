package org.relais.devices.shipment;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
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
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.relais.devices.shipment.ShipmentViews.DeviceLine;
import org.relais.devices.shipment.ShipmentViews.OrderView;
import org.relais.devices.shipment.ShipmentViews.ParcelView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The packing list and delivery note of a parcel, in the partner organisation's language: sender territory,
 * recipient and address, cut-off and tracking number, each order (request reference, what was ordered) with its
 * devices (asset tag, kind, brand and model, serial, keyboard, grade), and a line for the recipient's signature.
 * Nothing about the people: orders are named by their request reference.
 */
@Component
class DeliveryNotePdf {

	private final MessageSource messages;

	DeliveryNotePdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(ParcelView parcel, String territoryName, ZoneId zone, Locale locale) {
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 16);
		Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 10);
		Font body = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 9);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4, 40, 40, 36, 36);
		PdfWriter.getInstance(doc, out);
		doc.addTitle(msg("devices.parcel.note.title", locale));
		doc.open();
		doc.add(new Paragraph(msg("devices.parcel.note.title", locale), title));
		doc.add(new Paragraph(msg("devices.parcel.note.from", locale, territoryName), body));
		doc.add(new Paragraph(msg("devices.parcel.note.to", locale, parcel.organisationName()), heading));
		doc.add(new Paragraph(parcel.deliveryAddress(), body));
		if (parcel.cutoffDate() != null) {
			doc.add(new Paragraph(msg("devices.parcel.note.cutoff", locale, date.format(parcel.cutoffDate())), body));
		}
		if (parcel.trackingNumber() != null) {
			doc.add(new Paragraph(msg("devices.parcel.note.tracking", locale, parcel.trackingNumber()), body));
		}
		if (parcel.shippedAt() != null) {
			doc.add(new Paragraph(msg("devices.parcel.note.shippedOn", locale,
					date.format(parcel.shippedAt().atZone(zone).toLocalDate())), body));
		}
		Paragraph count = new Paragraph(msg("devices.parcel.note.count", locale, parcel.devices(),
				parcel.orders().size()), body);
		count.setSpacingAfter(8);
		doc.add(count);
		for (OrderView order : parcel.orders()) {
			String what = msg("devices.type." + order.type().name(), locale)
					+ (order.layout() == null ? "" : " · " + msg("devices.layout." + order.layout().name(), locale));
			Paragraph line = new Paragraph(msg("devices.parcel.note.order", locale, order.reference(),
					order.quantity(), what), heading);
			line.setSpacingBefore(6);
			doc.add(line);
			if (order.accessories() != null && !order.accessories().isBlank()) {
				doc.add(new Paragraph(msg("devices.parcel.note.accessories", locale, order.accessories()), body));
			}
			PdfPTable table = new PdfPTable(new float[] { 2.2f, 3.5f, 2.8f, 2.6f, 0.9f });
			table.setWidthPercentage(100);
			table.setSpacingBefore(4);
			for (String key : new String[] { "devices.parcel.note.assetTag", "devices.parcel.note.device",
					"devices.parcel.note.serial", "devices.parcel.note.keyboard", "devices.parcel.note.grade" }) {
				PdfPCell cell = new PdfPCell(new Phrase(msg(key, locale), heading));
				cell.setGrayFill(0.9f);
				table.addCell(cell);
			}
			for (DeviceLine d : order.devices()) {
				table.addCell(new Phrase(d.assetTag(), body));
				table.addCell(new Phrase(msg("devices.type." + d.type().name(), locale) + " " + d.brand() + " "
						+ d.model(), body));
				table.addCell(new Phrase(d.serialNumber(), body));
				table.addCell(new Phrase(d.layout() == null ? "–" : msg("devices.layout." + d.layout().name(), locale),
						body));
				table.addCell(new Phrase(d.grade() == null ? "–" : d.grade().name(), body));
			}
			doc.add(table);
		}
		Paragraph sign = new Paragraph(msg("devices.parcel.note.signature", locale), body);
		sign.setSpacingBefore(24);
		doc.add(sign);
		Paragraph lineForSignature = new Paragraph("______________________________", body);
		lineForSignature.setAlignment(Element.ALIGN_LEFT);
		lineForSignature.setSpacingBefore(18);
		doc.add(lineForSignature);
		doc.close();
		return out.toByteArray();
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
