package org.relais.territory.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.shared.NotFoundException;
import org.relais.territory.PasswordResetRequested;
import org.relais.territory.SecurityNotice;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password reset by email. The answer never tells whether an address has an account. */
@Service
public class PasswordResets {

	static final Duration VALIDITY = Duration.ofHours(1);

	static final Duration RESEND_DELAY = Duration.ofMinutes(2);

	private final PasswordResetRepository resets;

	private final UserAccountRepository users;

	private final Accounts accounts;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	private final String baseUrl;

	PasswordResets(PasswordResetRepository resets, UserAccountRepository users, Accounts accounts,
			PasswordPolicy policy, PasswordEncoder encoder, ApplicationEventPublisher events, AuditLog audit,
			Clock clock, @Value("${relais.base-url}") String baseUrl) {
		this.resets = resets;
		this.users = users;
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@Transactional
	public void request(String email) {
		users.findByEmail(Accounts.normalizeEmail(email))
			.filter(UserAccount::isEnabled)
			// one mail per account every two minutes: the form cannot be used to flood a mailbox
			.filter(user -> !resets.existsByUserIdAndCreatedAtAfter(user.getId(), clock.instant().minus(RESEND_DELAY)))
			.ifPresent(user -> {
			String token = Secrets.token();
			var now = clock.instant();
			resets.save(new PasswordReset(user.getId(), Secrets.sha256(token), now, now.plus(VALIDITY)));
			events.publishEvent(new PasswordResetRequested(UUID.randomUUID(), user.getId(), user.getEmail(),
					user.getDisplayName(), user.getLanguage(), baseUrl + "/password/reset/" + token,
					now.plus(VALIDITY)));
			audit.record(AuditAction.PASSWORD_RESET_REQUESTED, accounts.territoryIds(user.getId()), user.getEmail(),
					user.getEmail(), null);
		});
	}

	@Transactional(readOnly = true)
	public boolean isUsable(String token) {
		return find(token).map(r -> r.isUsable(clock.instant())).orElse(false);
	}

	@Transactional
	public void reset(String token, String password) {
		PasswordReset reset = find(token).filter(r -> r.isUsable(clock.instant()))
			.orElseThrow(() -> NotFoundException.of("reset", "token"));
		UserAccount user = users.findById(reset.getUserId()).orElseThrow();
		policy.problem(password, user.getEmail(), user.getDisplayName()).ifPresent(key -> {
			throw new InvalidInput("password", key);
		});
		user.changePassword(encoder.encode(password));
		reset.use(clock.instant());
		events.publishEvent(new SecurityNotice(UUID.randomUUID(), user.getId(), user.getEmail(), user.getDisplayName(),
				user.getLanguage(), "PASSWORD_CHANGED"));
		audit.record(AuditAction.PASSWORD_RESET, accounts.territoryIds(user.getId()), user.getEmail(),
				user.getEmail(), null);
	}

	private Optional<PasswordReset> find(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return resets.findByTokenHash(Secrets.sha256(token));
	}

}
