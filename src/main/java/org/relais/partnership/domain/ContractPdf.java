package org.relais.partnership.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The partnership contract as a PDF (OpenPDF, Helvetica in Cp1252 like the other sheets of Relais), from a filled
 * template; and the signed copy: the contract's own pages unchanged, plus a last page stating the electronic
 * acceptance (name, date, address, the hash of the contract accepted).
 */
@Component
class ContractPdf {

	private final MessageSource messages;

	ContractPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] contract(String text, String reference, Locale locale) {
		Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 16);
		Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, "Cp1252", 11);
		Font body = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 10);
		Font small = FontFactory.getFont(FontFactory.HELVETICA, "Cp1252", 8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document doc = new Document(PageSize.A4, 56, 56, 48, 48);
		try {
			PdfWriter.getInstance(doc, out);
			doc.addTitle(messages.getMessage("partnership.pdf.title", new Object[] { reference }, locale));
			doc.open();
			for (String block : text.split("\\n\\s*\\n")) {
				String b = block.strip();
				if (b.isEmpty()) {
					continue;
				}
				Paragraph p;
				if (b.startsWith("## ")) {
					p = new Paragraph(b.substring(3), heading);
					p.setSpacingBefore(10);
				}
				else if (b.startsWith("# ")) {
					p = new Paragraph(b.substring(2), title);
					p.setAlignment(Element.ALIGN_CENTER);
					p.setSpacingAfter(8);
				}
				else {
					p = new Paragraph(b, body);
					p.setAlignment(Element.ALIGN_JUSTIFIED);
				}
				p.setSpacingAfter(Math.max(p.getSpacingAfter(), 4));
				doc.add(p);
			}
			Paragraph ref = new Paragraph(
					messages.getMessage("partnership.pdf.reference", new Object[] { reference }, locale), small);
			ref.setSpacingBefore(16);
			doc.add(ref);
			doc.close();
		}
		catch (DocumentException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	/** The contract's bytes with one more page carrying these lines (first line as its heading). */
	byte[] withAcceptancePage(byte[] contract, List<String> lines) {
		try {
			PdfReader reader = new PdfReader(contract);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PdfStamper stamper = new PdfStamper(reader, out);
			int page = reader.getNumberOfPages() + 1;
			stamper.insertPage(page, PageSize.A4);
			PdfContentByte canvas = stamper.getOverContent(page);
			BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, false);
			BaseFont regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false);
			ColumnText column = new ColumnText(canvas);
			column.setSimpleColumn(56, 56, PageSize.A4.getWidth() - 56, PageSize.A4.getHeight() - 56);
			for (int i = 0; i < lines.size(); i++) {
				Paragraph p = new Paragraph(new Phrase(lines.get(i), new Font(i == 0 ? bold : regular, i == 0 ? 14 : 10)));
				p.setSpacingAfter(8);
				column.addElement(p);
			}
			column.go();
			stamper.close();
			reader.close();
			return out.toByteArray();
		}
		catch (IOException | DocumentException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
