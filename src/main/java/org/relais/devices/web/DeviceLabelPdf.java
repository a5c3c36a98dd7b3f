package org.relais.devices.web;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.relais.devices.stock.Device;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Printable labels for devices (Snipe-IT habit): the asset tag large, type, brand and model, serial, and a QR code
 * that opens the device's page for the staff. One label on its own small page (90 × 38 mm, a label printer's
 * roll), or a sheet of A4 with 3 × 8 labels of 70 × 37 mm (the common "24 per sheet" self-adhesive sheets).
 */
@Component
class DeviceLabelPdf {

	private static final float MM = 72f / 25.4f;

	/** Pixels per QR module in the embedded image, so that the code stays sharp when printed small. */
	private static final int SCALE = 4;

	private final MessageSource messages;

	private final String baseUrl;

	DeviceLabelPdf(MessageSource messages, @Value("${relais.base-url}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** What the QR code of a device says: the absolute address of its page for the staff. */
	String staffUrl(UUID deviceId) {
		return baseUrl + "/devices/" + deviceId;
	}

	byte[] single(Device device, Locale locale) {
		Document doc = new Document(new Rectangle(90 * MM, 38 * MM), 2 * MM, 2 * MM, 2 * MM, 2 * MM);
		return render(doc, List.of(device), locale, false);
	}

	byte[] sheet(List<Device> devices, Locale locale) {
		Document doc = new Document(PageSize.A4, 0, 0, 0.5f * MM, 0);
		return render(doc, devices, locale, true);
	}

	private byte[] render(Document doc, List<Device> devices, Locale locale, boolean sheet) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfWriter.getInstance(doc, out);
		doc.addTitle(messages.getMessage("devices.label.title", null, locale));
		doc.open();
		if (!sheet) {
			PdfPTable label = label(devices.get(0), locale, 32 * MM);
			label.setTotalWidth(86 * MM);
			label.setLockedWidth(true);
			doc.add(label);
		}
		else {
			float height = 37 * MM;
			PdfPTable grid = new PdfPTable(3);
			grid.setWidthPercentage(100);
			for (Device device : devices) {
				PdfPCell cell = new PdfPCell(label(device, locale, height - 2 * MM));
				cell.setFixedHeight(height);
				cell.setBorder(Rectangle.NO_BORDER);
				cell.setPadding(1 * MM);
				grid.addCell(cell);
			}
			grid.completeRow();
			doc.add(grid);
		}
		doc.close();
		return out.toByteArray();
	}

	/** One label: the QR code on the left, the words on the right. */
	private PdfPTable label(Device device, Locale locale, float height) {
		Font tag = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 15);
		Font body = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 7.5f);
		Font small = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 6.5f);
		PdfPTable table = new PdfPTable(new float[] { 1f, 1.7f });
		table.setWidthPercentage(100);
		Image qr = qr(staffUrl(device.getId()));
		qr.scaleToFit(height - 2 * MM, height - 2 * MM);
		PdfPCell code = new PdfPCell(qr, false);
		code.setBorder(Rectangle.NO_BORDER);
		code.setFixedHeight(height);
		code.setVerticalAlignment(Element.ALIGN_MIDDLE);
		code.setHorizontalAlignment(Element.ALIGN_CENTER);
		table.addCell(code);
		PdfPCell words = new PdfPCell();
		words.setBorder(Rectangle.NO_BORDER);
		words.setVerticalAlignment(Element.ALIGN_MIDDLE);
		words.addElement(new Paragraph(device.getAssetTag(), tag));
		words.addElement(new Paragraph(messages.getMessage("devices.type." + device.getDeviceType().name(), null,
				locale) + " · " + device.getBrand() + " " + device.getModel(), body));
		words.addElement(new Phrase(messages.getMessage("devices.label.serial", new Object[] { device.getSerialNumber() },
				locale), small));
		table.addCell(words);
		return table;
	}

	/** The QR code as a grey image, quiet zone included. */
	static Image qr(String text) {
		try {
			BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
			int w = m.getWidth() * SCALE;
			int h = m.getHeight() * SCALE;
			byte[] pixels = new byte[w * h];
			for (int y = 0; y < h; y++) {
				for (int x = 0; x < w; x++) {
					pixels[y * w + x] = (byte) (m.get(x / SCALE, y / SCALE) ? 0 : 255);
				}
			}
			return Image.getInstance(w, h, 1, 8, pixels);
		}
		catch (WriterException ex) {
			throw new IllegalStateException("QR code not encodable: " + text, ex);
		}
	}

}
