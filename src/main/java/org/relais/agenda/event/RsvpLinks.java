package org.relais.agenda.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.relais.agenda.EventInvitationsIssued;
import org.relais.agenda.EventRsvpLinkIssued;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The personal answer links of invitees ({@code /e/{token}}): a random token per attendee, made with the
 * invitation in its transaction; only its SHA-256 is kept, the raw link travels once in
 * {@link EventRsvpLinkIssued} to the mail. The link is the permission to answer for that attendee, with or
 * without an account.
 */
@Component
public class RsvpLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AttendeeRepository attendees;

	private final ApplicationEventPublisher publisher;

	private final String baseUrl;

	RsvpLinks(AttendeeRepository attendees, ApplicationEventPublisher publisher,
			@Value("${relais.base-url}") String baseUrl) {
		this.attendees = attendees;
		this.publisher = publisher;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Runs in the invitation's transaction: each new attendee gets a link, and its mail is published. */
	@EventListener
	void on(EventInvitationsIssued issued) {
		for (UUID id : issued.attendeeIds()) {
			Attendee a = attendees.findById(id).orElse(null);
			if (a == null) {
				continue;
			}
			String token = newToken();
			a.setRsvpTokenHash(hash(token));
			publisher.publishEvent(new EventRsvpLinkIssued(UUID.randomUUID(), issued.territoryId(), issued.eventId(),
					a.getId(), baseUrl + "/e/" + token));
		}
	}

	/** The attendee a token belongs to; empty for an unknown or malformed token. */
	public Optional<Attendee> attendee(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		return attendees.findByRsvpTokenHash(hash(token));
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
