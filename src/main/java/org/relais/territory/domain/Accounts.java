package org.relais.territory.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.platform.AccountDirectory;
import org.relais.platform.AccountPreferences;
import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.platform.RelaisPrincipal;
import org.relais.platform.Role;
import org.relais.platform.TerritoryMembership;
import org.relais.shared.Languages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users as the security layer sees them: principals, API tokens, sessions, second factors. */
@Service
public class Accounts implements AccountDirectory, AccountPreferences {

	private final UserAccountRepository users;

	private final MembershipRepository memberships;

	private final TerritoryRepository territories;

	private final ApiTokenRepository tokens;

	private final RecoveryCodeRepository recoveryCodes;

	private final AuditLog audit;

	private final Clock clock;

	Accounts(UserAccountRepository users, MembershipRepository memberships, TerritoryRepository territories,
			ApiTokenRepository tokens, RecoveryCodeRepository recoveryCodes, AuditLog audit, Clock clock) {
		this.users = users;
		this.memberships = memberships;
		this.territories = territories;
		this.tokens = tokens;
		this.recoveryCodes = recoveryCodes;
		this.audit = audit;
		this.clock = clock;
	}

	public static String normalizeEmail(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RelaisPrincipal> findByEmail(String email) {
		return users.findByEmail(normalizeEmail(email)).map(this::principal);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RelaisPrincipal> findById(UUID userId) {
		return users.findById(userId).map(this::principal);
	}

	@Override
	@Transactional
	public Optional<RelaisPrincipal> findByApiToken(String rawToken) {
		return tokens.findByTokenHash(Secrets.sha256(rawToken))
			.filter(t -> t.isActive(clock.instant()))
			.flatMap(t -> {
				t.used(clock.instant());
				return users.findById(t.getUserId());
			})
			.filter(UserAccount::isEnabled)
			.map(this::principal);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isSessionValid(UUID userId, long securityStamp) {
		return users.findById(userId).map(u -> u.isEnabled() && u.getSecurityStamp() == securityStamp).orElse(false);
	}

	@Override
	@Transactional(readOnly = true)
	public List<UUID> territoriesOf(String email) {
		return users.findByEmail(normalizeEmail(email))
			.map(u -> memberships.findByUserId(u.getId()).stream().map(Membership::getTerritoryId).distinct().toList())
			.orElse(List.of());
	}

	@Override
	@Transactional
	public boolean verifySecondFactor(UUID userId, String code) {
		UserAccount user = users.findById(userId).orElse(null);
		if (user == null || !user.isTotpEnabled()) {
			return false;
		}
		var step = Totp.match(user.getTotpSecret(), code, clock.millis(), user.getTotpLastStep());
		if (step.isPresent()) {
			user.useTotpStep(step.getAsLong());
			return true;
		}
		String normalized = code.replace("-", "").toLowerCase(Locale.ROOT);
		for (RecoveryCode rc : recoveryCodes.findByUserIdAndCodeHash(userId, Secrets.sha256(normalized))) {
			if (!rc.isUsed()) {
				rc.use(clock.instant());
				audit.record(AuditAction.RECOVERY_CODE_USED, territoryIds(userId), user.getEmail(), user.getEmail(),
						recoveryCodes.countByUserIdAndUsedAtIsNull(userId) - 1 + " left");
				return true;
			}
		}
		return false;
	}

	@Override
	@Transactional
	public void recordSignIn(UUID userId) {
		users.findById(userId).ifPresent(u -> u.signedIn(clock.instant()));
	}

	@Override
	@Transactional
	public void changeLanguage(UUID userId, String language) {
		if (Languages.isSupported(language)) {
			users.findById(userId).ifPresent(u -> u.changeLanguage(language));
		}
	}

	List<UUID> territoryIds(UUID userId) {
		return memberships.findByUserId(userId).stream().map(Membership::getTerritoryId).distinct().toList();
	}

	RelaisPrincipal principal(UserAccount user) {
		Map<UUID, Set<Role>> roles = new LinkedHashMap<>();
		for (Membership m : memberships.findByUserId(user.getId())) {
			roles.computeIfAbsent(m.getTerritoryId(), k -> EnumSet.noneOf(Role.class)).add(m.getRole());
		}
		List<TerritoryMembership> list = new ArrayList<>();
		for (Territory t : territories.findAllById(roles.keySet())) {
			list.add(new TerritoryMembership(t.getId(), t.getSlug(), t.name(user.getLanguage()), roles.get(t.getId()),
					t.isStaffTwoFactorRequired(), t.toSummary().timeZone()));
		}
		list.sort(java.util.Comparator.comparing(TerritoryMembership::name));
		return new RelaisPrincipal(user.getId(), user.getEmail(), user.getDisplayName(), user.getPasswordHash(),
				user.isEnabled(), user.isPlatformAdmin(), user.getLanguage(), user.isTotpEnabled(),
				user.getSecurityStamp(), list, null);
	}

}
