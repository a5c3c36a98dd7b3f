package org.relais.directory.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: fields quoted when they hold the separator, a quote or a line break; quotes doubled. Reads one
 * row at a time; the separator ({@code ,} or {@code ;}, as spreadsheets in French write it) is taken from the
 * header line. A UTF-8 byte order mark is skipped.
 */
final class Csv {

	private final Reader in;

	private char separator = ',';

	private int pushed = -2;

	private Csv(Reader in) {
		this.in = in;
	}

	/** A reader whose first row is the header; the separator is guessed from it. */
	static Csv reader(Reader in) {
		return new Csv(in);
	}

	/** The header row: its separator is the one of {@code ;} and {@code ,} it holds more of. */
	List<String> header() throws IOException {
		StringBuilder line = new StringBuilder();
		int c = read();
		if (c == 0xFEFF) {
			c = read();
		}
		while (c != -1 && c != '\n') {
			line.append((char) c);
			c = read();
		}
		String h = line.toString();
		long semicolons = h.chars().filter(ch -> ch == ';').count();
		long commas = h.chars().filter(ch -> ch == ',').count();
		separator = semicolons > commas ? ';' : ',';
		List<String> fields = new ArrayList<>();
		Csv sub = new Csv(new java.io.StringReader(h.endsWith("\r") ? h.substring(0, h.length() - 1) : h));
		sub.separator = separator;
		List<String> row = sub.row();
		if (row != null) {
			for (String f : row) {
				fields.add(f.strip());
			}
		}
		return fields;
	}

	/** The next row, or null at the end. */
	List<String> row() throws IOException {
		int c = read();
		while (c == '\r' || c == '\n') {
			c = read();
		}
		if (c == -1) {
			return null;
		}
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean inQuotes = false;
		while (true) {
			if (inQuotes) {
				if (c == -1) {
					throw new IOException("unterminated quoted field");
				}
				if (c == '"') {
					int next = read();
					if (next == '"') {
						field.append('"');
					}
					else {
						inQuotes = false;
						c = next;
						continue;
					}
				}
				else {
					field.append((char) c);
				}
			}
			else if (c == '"' && field.isEmpty() && !quoted) {
				inQuotes = true;
				quoted = true;
			}
			else if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
				quoted = false;
			}
			else if (c == '\n' || c == -1) {
				fields.add(quoted ? field.toString() : stripCr(field));
				return fields;
			}
			else {
				field.append((char) c);
			}
			c = read();
		}
	}

	private static String stripCr(StringBuilder field) {
		int n = field.length();
		return n > 0 && field.charAt(n - 1) == '\r' ? field.substring(0, n - 1) : field.toString();
	}

	private int read() throws IOException {
		if (pushed != -2) {
			int c = pushed;
			pushed = -2;
			return c;
		}
		return in.read();
	}

	/** Writes one row with {@code ,}, quoting where needed, ending with CRLF. */
	static void write(Writer out, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			String f = fields.get(i) == null ? "" : fields.get(i);
			if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0
					|| f.indexOf(';') >= 0 || (!f.isEmpty() && (Character.isWhitespace(f.charAt(0))
							|| Character.isWhitespace(f.charAt(f.length() - 1))))) {
				out.write('"');
				out.write(f.replace("\"", "\"\""));
				out.write('"');
			}
			else {
				out.write(f);
			}
		}
		out.write("\r\n");
	}

}
