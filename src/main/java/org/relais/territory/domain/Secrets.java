package org.relais.territory.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random tokens and their digests. Tokens carry 256 bits of entropy, so a plain SHA-256 is a safe store. */
public final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

	private Secrets() {
	}

	public static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static byte[] randomBytes(int n) {
		byte[] bytes = new byte[n];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	public static int randomInt(int bound) {
		return RANDOM.nextInt(bound);
	}

	public static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String base32(byte[] data) {
		StringBuilder sb = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : data) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				sb.append(BASE32[(buffer >> (bits - 5)) & 31]);
				bits -= 5;
			}
		}
		if (bits > 0) {
			sb.append(BASE32[(buffer << (5 - bits)) & 31]);
		}
		return sb.toString();
	}

	public static byte[] base32Decode(String text) {
		String s = text.replace("=", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : s.toCharArray()) {
			int v = c >= 'A' && c <= 'Z' ? c - 'A' : (c >= '2' && c <= '7' ? c - '2' + 26 : -1);
			if (v < 0) {
				throw new IllegalArgumentException("not base32");
			}
			buffer = (buffer << 5) | v;
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

}
