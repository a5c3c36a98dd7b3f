package org.relais.territory.domain;

import java.util.UUID;

import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.shared.Languages;
import org.relais.shared.NotFoundException;
import org.relais.territory.SecurityNotice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own account: name, language, password. */
@Service
public class Profiles {

	private final UserAccountRepository users;

	private final Accounts accounts;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	Profiles(UserAccountRepository users, Accounts accounts, PasswordPolicy policy, PasswordEncoder encoder,
			ApplicationEventPublisher events, AuditLog audit) {
		this.users = users;
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.events = events;
		this.audit = audit;
	}

	@Transactional
	public void changeProfile(UUID userId, String displayName, String language) {
		if (!Languages.isSupported(language)) {
			throw new InvalidInput("language", "territory.account.languageInvalid");
		}
		user(userId).changeProfile(displayName.trim(), language);
	}

	@Transactional
	public void changePassword(UUID userId, String currentPassword, String newPassword) {
		UserAccount user = user(userId);
		if (currentPassword == null || user.getPasswordHash() == null
				|| !encoder.matches(currentPassword, user.getPasswordHash())) {
			throw new InvalidInput("currentPassword", "territory.account.wrongPassword");
		}
		policy.problem(newPassword, user.getEmail(), user.getDisplayName()).ifPresent(key -> {
			throw new InvalidInput("newPassword", key);
		});
		user.changePassword(encoder.encode(newPassword));
		audit.record(AuditAction.PASSWORD_CHANGED, accounts.territoryIds(userId), user.getEmail(), user.getEmail(),
				null);
		events.publishEvent(new SecurityNotice(UUID.randomUUID(), userId, user.getEmail(), user.getDisplayName(),
				user.getLanguage(), "PASSWORD_CHANGED"));
	}

	private UserAccount user(UUID userId) {
		return users.findById(userId).orElseThrow(() -> NotFoundException.of("user", userId));
	}

}
