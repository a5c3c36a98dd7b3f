package org.relais.directory.partner;

import java.util.List;

/**
 * Legal identifiers of organisations: French SIRET (14 digits, Luhn; La Poste's establishments use the digit sum
 * instead) and RNA (W and 9 digits), Swiss UID (CHE-xxx.xxx.xxx, mod 11) and Belgian BCE/KBO number (10 digits,
 * mod 97). {@link #normalise} answers the stored form, or null when the number is not valid for its scheme.
 */
final class LegalIds {

	static final List<String> SCHEMES = List.of("SIRET", "RNA", "CHE", "BCE");

	private LegalIds() {
	}

	static String normalise(String scheme, String raw) {
		if (scheme == null || raw == null) {
			return null;
		}
		String compact = raw.replaceAll("[\\s.\\-]", "").toUpperCase(java.util.Locale.ROOT);
		return switch (scheme) {
			case "SIRET" -> compact.matches("\\d{14}") && siret(compact) ? compact : null;
			case "RNA" -> compact.matches("W\\d{9}") ? compact : null;
			case "CHE" -> compact.matches("CHE\\d{9}") && uid(compact.substring(3))
					? "CHE-" + compact.substring(3, 6) + "." + compact.substring(6, 9) + "." + compact.substring(9)
					: null;
			case "BCE" -> compact.matches("[01]\\d{9}") && bce(compact)
					? compact.substring(0, 4) + "." + compact.substring(4, 7) + "." + compact.substring(7) : null;
			default -> null;
		};
	}

	static boolean luhn(String digits) {
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (twice) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

	private static boolean siret(String digits) {
		if (digits.startsWith("356000000")) {
			int sum = digits.chars().map(c -> c - '0').sum();
			return sum % 5 == 0;
		}
		return luhn(digits);
	}

	private static boolean uid(String digits) {
		int[] weights = { 5, 4, 3, 2, 7, 6, 5, 4 };
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			sum += (digits.charAt(i) - '0') * weights[i];
		}
		int check = 11 - sum % 11;
		if (check == 11) {
			check = 0;
		}
		return check != 10 && check == digits.charAt(8) - '0';
	}

	private static boolean bce(String digits) {
		long base = Long.parseLong(digits.substring(0, 8));
		int check = Integer.parseInt(digits.substring(8));
		return 97 - base % 97 == check;
	}

}
