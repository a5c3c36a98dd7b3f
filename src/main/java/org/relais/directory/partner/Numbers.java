package org.relais.directory.partner;

/** Whole numbers typed in forms: blank means none. */
final class Numbers {

	private Numbers() {
	}

	/** @throws NumberFormatException when the text is not a whole number */
	static Integer optionalInt(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Integer.valueOf(text.strip());
	}

	/** @throws NumberFormatException when the text is not a number */
	static Double optionalDouble(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		double d = Double.parseDouble(text.strip().replace(',', '.'));
		if (Double.isNaN(d) || Double.isInfinite(d)) {
			throw new NumberFormatException(text);
		}
		return d;
	}

}
