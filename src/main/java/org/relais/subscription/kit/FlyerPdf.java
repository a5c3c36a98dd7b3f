package org.relais.subscription.kit;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import org.relais.territory.TerritorySummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable flyer of a territory's mutual aid, A4 or A5, in one of its languages: the two questions in big
 * type, the desk's phone number in large type, what volunteers do, "free for inhabitants, volunteers and
 * associations", and the territory's Relais address with its QR code. Everything scales with the page.
 */
@Component
public class FlyerPdf {

	/** The paper sizes offered. */
	public enum Format {

		A4(PageSize.A4), A5(PageSize.A5);

		private final Rectangle size;

		Format(Rectangle size) {
			this.size = size;
		}

		public Rectangle size() {
			return size;
		}

		/** The format of a parameter ("A4", "a5"), or null. */
		public static Format parse(String s) {
			for (Format f : values()) {
				if (f.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
					return f;
				}
			}
			return null;
		}

	}

	/** What volunteers do, in the flyer's order: keys {@code kit.flyer.offer.<code>}. */
	static final List<String> OFFERS = List.of("visits", "walks", "accompaniment", "shopping", "phone", "digital");

	/** Pixels per QR module in the embedded image: sharp when printed. */
	private static final int PIXELS_PER_MODULE = 8;

	private static final Color ACCENT = new Color(0x1d, 0x5c, 0x96);

	private final MessageSource messages;

	FlyerPdf(MessageSource messages) {
		this.messages = messages;
	}

	/** The flyer; without a kit (no desk phone number yet) it carries everything but the number. */
	public byte[] render(TerritorySummary territory, CommunicationKit kit, String url, Format format,
			String language) {
		Locale locale = Locale.forLanguageTag(language);
		float k = format.size().getWidth() / PageSize.A4.getWidth();
		float margin = 48 * k;
		Document doc = new Document(format.size(), margin, margin, margin, margin);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfWriter.getInstance(doc, out);
		doc.addTitle(text("kit.flyer.pdfTitle", locale, territory.name(language)));
		doc.open();
		Font huge = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 34 * k, Font.NORMAL, ACCENT);
		Font phone = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 40 * k);
		Font lead = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 16 * k);
		Font body = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 14 * k);
		Font strong = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 14 * k);
		doc.add(centred(text("kit.flyer.needHelp", locale), huge, 0));
		doc.add(centred(text("kit.flyer.wantToHelp", locale), huge, 4 * k));
		doc.add(centred(territory.name(language), lead, 10 * k));
		String tagline = kit == null ? null : kit.tagline(language);
		if (tagline != null) {
			doc.add(centred(tagline, lead, 4 * k));
		}
		if (kit != null) {
			doc.add(centred(text("kit.flyer.callDesk", locale), strong, 22 * k));
			doc.add(centred(kit.getDeskPhone(), phone, 4 * k));
		}
		doc.add(centred(text("kit.flyer.offersLead", locale), strong, 20 * k));
		for (String offer : OFFERS) {
			doc.add(centred("• " + text("kit.flyer.offer." + offer, locale), body, 2 * k));
		}
		doc.add(centred(text("kit.flyer.free", locale), strong, 16 * k));
		Image qr = qr(url);
		float side = 150 * k;
		qr.scaleAbsolute(side, side);
		qr.setAlignment(Element.ALIGN_CENTER);
		qr.setAlt(text("kit.flyer.qrAlt", locale));
		doc.add(centred(text("kit.flyer.scan", locale), body, 16 * k));
		doc.add(qr);
		doc.add(centred(url, strong, 2 * k));
		doc.close();
		return out.toByteArray();
	}

	private static Paragraph centred(String s, Font font, float before) {
		Paragraph p = new Paragraph(s, font);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setSpacingBefore(before);
		return p;
	}

	/** The URL's QR code as an 8-bit grey image, with a quiet zone of 4 modules. */
	static Image qr(String url) {
		BitMatrix modules;
		try {
			modules = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("no QR code for " + url, ex);
		}
		int side = modules.getWidth() * PIXELS_PER_MODULE;
		byte[] grey = new byte[side * side];
		for (int row = 0; row < side; row++) {
			for (int col = 0; col < side; col++) {
				boolean dark = modules.get(col / PIXELS_PER_MODULE, row / PIXELS_PER_MODULE);
				grey[row * side + col] = dark ? (byte) 0x00 : (byte) 0xFF;
			}
		}
		return Image.getInstance(side, side, 1, 8, grey);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale).replace('\u202F', '\u00A0');
	}

}
