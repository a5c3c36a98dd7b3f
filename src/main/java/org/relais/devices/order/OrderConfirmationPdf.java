package org.relais.devices.order;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.relais.devices.request.DeviceRequest;
import org.relais.devices.settings.DeviceProgramme;
import org.relais.directory.DirectoryCatalog;
import org.relais.directory.OrganisationContact;
import org.relais.shared.Languages;
import org.relais.territory.TerritoryCatalog;
import org.relais.territory.TerritorySummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The order confirmation, in the partner organisation's language (else the territory's): reference, organisation,
 * delivery address, the line, unit price and total, financing, and the next shipment cut-off it may leave with.
 */
@Component
public class OrderConfirmationPdf {

	private final MessageSource messages;

	private final DirectoryCatalog directory;

	private final TerritoryCatalog territories;

	private final DeviceProgramme programme;

	OrderConfirmationPdf(MessageSource messages, DirectoryCatalog directory, TerritoryCatalog territories,
			DeviceProgramme programme) {
		this.messages = messages;
		this.directory = directory;
		this.territories = territories;
		this.programme = programme;
	}

	/** The language the confirmation is written in. */
	public Locale locale(DeviceOrder order) {
		String language = directory.organisationContact(order.getPartnerOrganisationId())
			.map(OrganisationContact::language)
			.filter(Languages::isSupported)
			.orElseGet(() -> territories.find(order.getTerritoryId())
				.map(TerritorySummary::defaultLanguage)
				.orElse(Languages.DEFAULT));
		return Languages.locale(language);
	}

	public byte[] render(DeviceRequest request, DeviceOrder order) {
		Locale locale = locale(order);
		ZoneId zone = programme.zone(order.getTerritoryId());
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		NumberFormat money = NumberFormat.getNumberInstance(locale);
		money.setMinimumFractionDigits(2);
		money.setMaximumFractionDigits(2);
		String organisation = directory.organisationContact(order.getPartnerOrganisationId())
			.map(OrganisationContact::name)
			.orElse("");
		LocalDate cutoff = programme.settings(order.getTerritoryId()).nextCutoff(programme.today(order.getTerritoryId()));
		Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 16);
		Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 10);
		Font body = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 10);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4, 40, 40, 36, 36);
		PdfWriter.getInstance(doc, out);
		doc.addTitle(msg("devices.order.pdf.title", locale, request.getReference()));
		doc.open();
		doc.add(new Paragraph(msg("devices.order.pdf.title", locale, request.getReference()), title));
		doc.add(new Paragraph(msg("devices.order.pdf.date", locale,
				date.format(order.getOrderedAt().atZone(zone).toLocalDate())), body));
		doc.add(new Paragraph(" ", body));
		doc.add(new Paragraph(msg("devices.order.pdf.organisation", locale), heading));
		doc.add(new Paragraph(organisation, body));
		doc.add(new Paragraph(msg("devices.order.pdf.delivery", locale), heading));
		doc.add(new Paragraph(order.getDeliveryAddress(), body));
		doc.add(new Paragraph(" ", body));
		PdfPTable table = new PdfPTable(new float[] { 4, 1, 2, 2 });
		table.setWidthPercentage(100);
		for (String h : new String[] { "devices.order.pdf.item", "devices.order.pdf.quantity",
				"devices.order.pdf.unitPrice", "devices.order.pdf.lineTotal" }) {
			table.addCell(new Paragraph(msg(h, locale), heading));
		}
		StringBuilder item = new StringBuilder(msg("devices.type." + order.getDeviceType().name(), locale));
		if (order.getKeyboardLayout() != null) {
			item.append(" — ")
				.append(msg("devices.order.pdf.layout", locale,
						msg("devices.layout." + order.getKeyboardLayout().name(), locale)));
		}
		if (!DeviceOrders.accessories(order).isEmpty()) {
			item.append("\n")
				.append(msg("devices.order.pdf.accessories", locale, DeviceOrders.accessories(order)
					.stream()
					.map(a -> msg("devices.order.accessory." + a, locale))
					.collect(Collectors.joining(", "))));
		}
		table.addCell(new Paragraph(item.toString(), body));
		table.addCell(new Paragraph(String.valueOf(order.getQuantity()), body));
		table.addCell(new Paragraph(amount(money, order.getUnitPrice(), order.getCurrency()), body));
		table.addCell(new Paragraph(amount(money, order.getUnitPrice().multiply(BigDecimal.valueOf(order.getQuantity())),
				order.getCurrency()), body));
		doc.add(table);
		doc.add(new Paragraph(" ", body));
		doc.add(new Paragraph(msg("devices.order.pdf.financing", locale,
				msg("devices.financing." + order.getFinancing().name(), locale)), body));
		doc.add(new Paragraph(msg("devices.order.pdf.total", locale,
				amount(money, order.total(), order.getCurrency())), heading));
		doc.add(new Paragraph(" ", body));
		doc.add(new Paragraph(msg("devices.order.pdf.cutoff", locale, date.format(cutoff)), body));
		doc.add(new Paragraph(msg("devices.order.pdf.stock", locale), body));
		doc.close();
		return out.toByteArray();
	}

	private static String amount(NumberFormat money, BigDecimal value, String currency) {
		return currency + " " + money.format(value);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
