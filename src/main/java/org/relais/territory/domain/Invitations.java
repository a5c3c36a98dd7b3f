package org.relais.territory.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.relais.platform.AuditAction;
import org.relais.platform.AuditLog;
import org.relais.platform.Role;
import org.relais.shared.NotFoundException;
import org.relais.territory.InvitationAccepted;
import org.relais.territory.InvitationIssued;
import org.relais.territory.MembershipChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Territory admins invite people by email; the link lets them set a password, or adds roles to their account. */
@Service
public class Invitations {

	private final InvitationRepository invitations;

	private final UserAccountRepository users;

	private final MembershipRepository memberships;

	private final TerritoryRepository territories;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	private final Duration validity;

	private final String baseUrl;

	Invitations(InvitationRepository invitations, UserAccountRepository users, MembershipRepository memberships,
			TerritoryRepository territories, PasswordPolicy policy, PasswordEncoder encoder,
			ApplicationEventPublisher events, AuditLog audit, Clock clock,
			@Value("${relais.security.invitation-validity}") Duration validity,
			@Value("${relais.base-url}") String baseUrl) {
		this.invitations = invitations;
		this.users = users;
		this.memberships = memberships;
		this.territories = territories;
		this.policy = policy;
		this.encoder = encoder;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.validity = validity;
		this.baseUrl = baseUrl;
	}

	/** What the invitation page needs to know about a link. */
	public record InvitationView(UUID id, String email, String displayName, String territoryName, Set<Role> roles,
			boolean expired, boolean accepted, boolean existingAccount) {
	}

	/** Invites an email with territory roles; answers the invitation's id. */
	@Transactional
	public UUID invite(UUID territoryId, String email, String displayName, Set<Role> roles, String language,
			UUID invitedBy, String invitedByName) {
		String normalized = Accounts.normalizeEmail(email);
		Set<Role> granted = EnumSet.copyOf(roles);
		granted.retainAll(Role.TERRITORY_ROLES);
		if (granted.isEmpty()) {
			throw new InvalidInput("roles", "territory.invite.rolesRequired");
		}
		for (Invitation old : invitations.findByTerritoryIdAndEmailAndAcceptedAtIsNull(territoryId, normalized)) {
			old.expire(clock.instant());
		}
		return issue(territoryId, normalized, displayName.trim(), granted, language, invitedBy, invitedByName);
	}

	private UUID issue(UUID territoryId, String email, String displayName, Set<Role> roles, String language,
			UUID invitedBy, String invitedByName) {
		Territory territory = territories.findById(territoryId)
			.orElseThrow(() -> NotFoundException.of("territory", territoryId));
		String token = Secrets.token();
		var now = clock.instant();
		Invitation inv = invitations.save(new Invitation(territoryId, email, displayName, roles, language,
				Secrets.sha256(token), invitedBy, now, now.plus(validity)));
		events.publishEvent(new InvitationIssued(UUID.randomUUID(), inv.getId(), email, displayName, language,
				territory.name(language), invitedByName, baseUrl + "/invitations/" + token, inv.getExpiresAt()));
		audit.record(AuditAction.USER_INVITED, List.of(territoryId), null, email, roles.toString());
		return inv.getId();
	}

	@Transactional(readOnly = true)
	public Optional<InvitationView> view(String token) {
		return find(token).map(inv -> new InvitationView(inv.getId(), inv.getEmail(), inv.getDisplayName(),
				territories.findById(inv.getTerritoryId()).map(t -> t.name(inv.getLanguage())).orElse(""),
				inv.getRoles(), inv.isExpired(clock.instant()), inv.getAcceptedAt() != null,
				users.findByEmail(inv.getEmail()).isPresent()));
	}

	private Optional<Invitation> find(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return invitations.findByTokenHash(Secrets.sha256(token));
	}

	/**
	 * Accepts an invitation: a new account gets the password, an existing account gets the roles (its password is
	 * checked instead).
	 */
	@Transactional
	public UUID accept(String token, String password) {
		Invitation inv = find(token).orElseThrow(() -> NotFoundException.of("invitation", "token"));
		var now = clock.instant();
		if (inv.getAcceptedAt() != null || inv.isExpired(now)) {
			throw new InvalidInput("password", "territory.invitation.expired");
		}
		UserAccount user = users.findByEmail(inv.getEmail()).orElse(null);
		if (user == null) {
			policy.problem(password, inv.getEmail(), inv.getDisplayName())
				.ifPresent(key -> {
					throw new InvalidInput("password", key);
				});
			user = users.save(new UserAccount(inv.getEmail(), inv.getDisplayName(), encoder.encode(password),
					inv.getLanguage(), now));
		}
		else if (user.getPasswordHash() == null || !encoder.matches(password, user.getPasswordHash())) {
			throw new InvalidInput("password", "territory.invitation.wrongPassword");
		}
		for (Role role : inv.getRoles()) {
			UUID uid = user.getId();
			if (memberships.findByUserIdAndTerritoryId(uid, inv.getTerritoryId())
				.stream()
				.noneMatch(m -> m.getRole() == role)) {
				memberships.save(new Membership(uid, inv.getTerritoryId(), role, now));
			}
		}
		inv.accept(now);
		Territory territory = territories.findById(inv.getTerritoryId()).orElseThrow();
		events.publishEvent(new MembershipChanged(user.getId(), inv.getTerritoryId(), territory.name(user.getLanguage()),
				inv.getRoles().stream().map(Role::name).collect(java.util.stream.Collectors.toSet()), true));
		events.publishEvent(new InvitationAccepted(inv.getId(), user.getId(), inv.getTerritoryId(), inv.getEmail()));
		audit.record(AuditAction.INVITATION_ACCEPTED, List.of(inv.getTerritoryId()), inv.getEmail(), inv.getEmail(),
				inv.getRoles().toString());
		return user.getId();
	}

	/** An expired link asks for a new one: a fresh invitation goes to the same address, never elsewhere. */
	@Transactional
	public boolean renew(String token) {
		Invitation inv = find(token).orElse(null);
		if (inv == null || inv.getAcceptedAt() != null || !inv.isExpired(clock.instant())) {
			return false;
		}
		boolean newer = invitations.findByTerritoryIdAndEmailAndAcceptedAtIsNull(inv.getTerritoryId(), inv.getEmail())
			.stream()
			.anyMatch(other -> !other.getId().equals(inv.getId()) && !other.isExpired(clock.instant()));
		if (!newer) {
			issue(inv.getTerritoryId(), inv.getEmail(), inv.getDisplayName(), inv.getRoles(), inv.getLanguage(), null,
					null);
		}
		return true;
	}

	@Transactional(readOnly = true)
	public List<Invitation> pending(UUID territoryId) {
		return invitations.findByTerritoryIdAndAcceptedAtIsNullOrderByCreatedAtDesc(territoryId)
			.stream()
			.filter(i -> !i.isExpired(clock.instant()))
			.toList();
	}

}
