package org.relais.territory.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.shared.NotFoundException;
import org.relais.territory.SecurityNotice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: created from the account page or {@code POST /api/v1/tokens}, listed and revocable. */
@Service
public class ApiTokens {

	public static final String PREFIX = "rls_";

	private final ApiTokenRepository tokens;

	private final UserAccountRepository users;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	private final Duration validity;

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository users, ApplicationEventPublisher events,
			AuditLog audit, Clock clock, @Value("${relais.security.api-token-validity}") Duration validity) {
		this.tokens = tokens;
		this.users = users;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.validity = validity;
	}

	/** A token as listed on the account page (never its value). */
	public record TokenView(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
			Instant lastUsedAt, Instant revokedAt, boolean active) {
	}

	/** A token just created: the raw value is shown once. */
	public record NewToken(UUID id, String token, Instant expiresAt) {
	}

	@Transactional
	public NewToken create(UUID userId, String name) {
		UserAccount user = users.findById(userId).orElseThrow(() -> NotFoundException.of("user", userId));
		String raw = PREFIX + Secrets.token();
		var now = clock.instant();
		ApiToken token = tokens.save(new ApiToken(userId, name, Secrets.sha256(raw), raw.substring(0, 10), now,
				now.plus(validity)));
		audit.record(AuditAction.API_TOKEN_CREATED, List.of(), user.getEmail(), name, token.getPrefix());
		events.publishEvent(new SecurityNotice(UUID.randomUUID(), userId, user.getEmail(), user.getDisplayName(),
				user.getLanguage(), "API_TOKEN_CREATED"));
		return new NewToken(token.getId(), raw, token.getExpiresAt());
	}

	@Transactional(readOnly = true)
	public List<TokenView> list(UUID userId) {
		var now = clock.instant();
		return tokens.findByUserIdOrderByCreatedAtDesc(userId)
			.stream()
			.map(t -> new TokenView(t.getId(), t.getName(), t.getPrefix(), t.getCreatedAt(), t.getExpiresAt(),
					t.getLastUsedAt(), t.getRevokedAt(), t.isActive(now)))
			.toList();
	}

	/** Whether a raw token is the one stored under this id. */
	@Transactional(readOnly = true)
	public boolean matches(UUID tokenId, String raw) {
		return tokens.findById(tokenId).map(t -> t.getPrefix() != null && tokens.findByTokenHash(Secrets.sha256(raw))
			.map(found -> found.getId().equals(tokenId))
			.orElse(false)).orElse(false);
	}

	@Transactional
	public void revoke(UUID userId, UUID tokenId) {
		ApiToken token = tokens.findById(tokenId)
			.filter(t -> t.getUserId().equals(userId))
			.orElseThrow(() -> NotFoundException.of("token", tokenId));
		token.revoke(clock.instant());
		audit.record(AuditAction.API_TOKEN_REVOKED, List.of(), null, token.getName(), token.getPrefix());
	}

}
