package org.relais.territory.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/** RFC 6238 time-based one-time passwords (HMAC-SHA1, 30 s, 6 digits), as every authenticator app reads them. */
public final class Totp {

	static final int PERIOD_SECONDS = 30;

	private Totp() {
	}

	public static String newSecret() {
		return Secrets.base32(Secrets.randomBytes(20));
	}

	public static String code(String secret, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(Secrets.base32Decode(secret), "HmacSHA1"));
			byte[] hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0xf;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format("%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static long step(long epochMillis) {
		return Math.floorDiv(epochMillis / 1000, PERIOD_SECONDS);
	}

	/**
	 * The time step a code matches, one step of clock drift allowed either way, never at or before
	 * {@code lastUsedStep} (a code is used once).
	 */
	public static OptionalLong match(String secret, String code, long nowMillis, Long lastUsedStep) {
		if (secret == null || code == null || !code.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long now = step(nowMillis);
		for (long s = now - 1; s <= now + 1; s++) {
			if ((lastUsedStep == null || s > lastUsedStep)
					&& java.security.MessageDigest.isEqual(code(secret, s).getBytes(), code.getBytes())) {
				return OptionalLong.of(s);
			}
		}
		return OptionalLong.empty();
	}

	public static String uri(String issuer, String account, String secret) {
		String label = URLEncoder.encode(issuer + ":" + account, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
				+ URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
				+ "&algorithm=SHA1&digits=6&period=" + PERIOD_SECONDS;
	}

	/** The otpauth URI as an SVG QR code (one path), for an {@code <img>} data URI. */
	public static String qrSvg(String text) {
		try {
			BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					java.util.Map.of(EncodeHintType.MARGIN, 4));
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < m.getHeight(); y++) {
				for (int x = 0; x < m.getWidth(); x++) {
					if (m.get(x, y)) {
						path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
					}
				}
			}
			return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
					+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
					+ "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
