package org.relais.territory.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.shared.NotFoundException;
import org.relais.territory.SecurityNotice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Enrolment and removal of the authenticator app, and the recovery codes that stand in for it. */
@Service
public class TwoFactor {

	public static final int RECOVERY_CODES = 10;

	private static final char[] CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private final UserAccountRepository users;

	private final RecoveryCodeRepository codes;

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	TwoFactor(UserAccountRepository users, RecoveryCodeRepository codes, Accounts accounts, PasswordEncoder encoder,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.users = users;
		this.codes = codes;
		this.accounts = accounts;
		this.encoder = encoder;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** The state of enrolment shown on the account page. */
	public record Enrolment(boolean enabled, String secret, String otpauthUri, String qrSvg, long recoveryCodesLeft) {

		/** The QR code as an image data URI (allowed by the Content-Security-Policy's img-src). */
		public String qrDataUri() {
			return qrSvg == null ? null : "data:image/svg+xml;base64,"
					+ java.util.Base64.getEncoder().encodeToString(qrSvg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}

	}

	/** The secret to scan: kept until confirmed, a new one made when none is pending. */
	@Transactional
	public Enrolment enrolment(UUID userId) {
		UserAccount user = user(userId);
		if (user.isTotpEnabled()) {
			return new Enrolment(true, null, null, null, codes.countByUserIdAndUsedAtIsNull(userId));
		}
		if (user.getTotpSecret() == null) {
			user.startTotpEnrolment(Totp.newSecret());
		}
		String uri = Totp.uri("Relais", user.getEmail(), user.getTotpSecret());
		return new Enrolment(false, user.getTotpSecret(), uri, Totp.qrSvg(uri), 0);
	}

	/** Confirms enrolment with a first code from the app; returns the recovery codes, shown once. */
	@Transactional
	public List<String> confirm(UUID userId, String code) {
		UserAccount user = user(userId);
		if (user.isTotpEnabled() || user.getTotpSecret() == null) {
			throw new InvalidInput("code", "territory.twoFactor.noPendingEnrolment");
		}
		var step = Totp.match(user.getTotpSecret(), code == null ? "" : code.replaceAll("\\s", ""), clock.millis(),
				null);
		if (step.isEmpty()) {
			throw new InvalidInput("code", "territory.twoFactor.codeInvalid");
		}
		user.enableTotp(step.getAsLong());
		audit.record(AuditAction.TWO_FACTOR_ENABLED, accounts.territoryIds(userId), user.getEmail(), user.getEmail(),
				null);
		events.publishEvent(new SecurityNotice(UUID.randomUUID(), userId, user.getEmail(), user.getDisplayName(),
				user.getLanguage(), "TWO_FACTOR_ENABLED"));
		return newRecoveryCodes(userId);
	}

	@Transactional
	public List<String> regenerateRecoveryCodes(UUID userId, String password) {
		UserAccount user = user(userId);
		checkPassword(user, password);
		if (!user.isTotpEnabled()) {
			throw new InvalidInput("password", "territory.twoFactor.noPendingEnrolment");
		}
		return newRecoveryCodes(userId);
	}

	/** Removes the second factor; refused where the user's roles require one. */
	@Transactional
	public void disable(UUID userId, String password, boolean required) {
		UserAccount user = user(userId);
		checkPassword(user, password);
		if (required) {
			throw new InvalidInput("password", "territory.twoFactor.requiredForRole");
		}
		user.disableTotp();
		codes.deleteByUserId(userId);
		audit.record(AuditAction.TWO_FACTOR_DISABLED, accounts.territoryIds(userId), user.getEmail(),
				user.getEmail(), null);
		events.publishEvent(new SecurityNotice(UUID.randomUUID(), userId, user.getEmail(), user.getDisplayName(),
				user.getLanguage(), "TWO_FACTOR_DISABLED"));
	}

	private void checkPassword(UserAccount user, String password) {
		if (password == null || user.getPasswordHash() == null || !encoder.matches(password, user.getPasswordHash())) {
			throw new InvalidInput("password", "territory.account.wrongPassword");
		}
	}

	private List<String> newRecoveryCodes(UUID userId) {
		codes.deleteByUserId(userId);
		List<String> plain = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder sb = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				sb.append(CODE_ALPHABET[Secrets.randomInt(CODE_ALPHABET.length)]);
			}
			String code = sb.toString();
			codes.save(new RecoveryCode(userId, Secrets.sha256(code)));
			plain.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return plain;
	}

	private UserAccount user(UUID userId) {
		return users.findById(userId).orElseThrow(() -> NotFoundException.of("user", userId));
	}

	static String normalize(String code) {
		return code.replace("-", "").toLowerCase(Locale.ROOT);
	}

}
