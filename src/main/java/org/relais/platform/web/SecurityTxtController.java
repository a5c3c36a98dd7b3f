package org.relais.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** RFC 9116 {@code /.well-known/security.txt}: where to report a vulnerability. */
@Controller
class SecurityTxtController {

	private final String contact;

	private final String baseUrl;

	private final Clock clock;

	SecurityTxtController(@Value("${relais.security-contact:mailto:security@relais.invalid}") String contact,
			@Value("${relais.base-url}") String baseUrl, Clock clock) {
		this.contact = contact;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	@GetMapping("/.well-known/security.txt")
	ResponseEntity<String> securityTxt() {
		String expires = DateTimeFormatter.ISO_INSTANT
			.format(clock.instant().plus(Duration.ofDays(180)).truncatedTo(java.time.temporal.ChronoUnit.DAYS));
		String body = "Contact: " + contact + "\nExpires: " + expires + "\nPreferred-Languages: fr, de, it, en\n"
				+ "Canonical: " + baseUrl + "/.well-known/security.txt\n";
		return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)).body(body);
	}

}
